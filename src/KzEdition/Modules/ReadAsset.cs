using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Reads a theme asset as bytes, to be written as it is under <c>assets/</c>. Reads <see cref="EditionKeys.FileStamp"/>; writes <see cref="Keys.Bytes"/>.</summary>
public sealed class ReadAsset : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var file = input.Get(EditionKeys.FileStamp);
        return [input.WithDestination($"assets/{file.Relative}").With(Keys.Bytes, (ReadOnlyMemory<byte>)File.ReadAllBytes(file.Path))];
    }
}
