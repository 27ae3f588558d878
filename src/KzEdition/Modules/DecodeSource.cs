using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Modules;

/// <summary>
/// Reads a source file and decodes it (<see cref="SourceReader"/>: encoding, line ends, Unicode
/// normalisation). Reads <see cref="EditionKeys.FileStamp"/>; writes <see cref="EditionKeys.SourceText"/>.
/// Refuses unreadable or binary files, naming each.
/// </summary>
public sealed class DecodeSource : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var file = input.Get(EditionKeys.FileStamp);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BuildException(Diagnostic.Error($"cannot read the source file: {ex.Message}", file.Display));
        }

        return [input.With(EditionKeys.SourceText, SourceReader.Decode(bytes, file.Display))];
    }
}
