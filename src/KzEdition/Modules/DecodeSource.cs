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
        // A regular file of at most InputFile.MaxBytes: a symbolic link to /etc/passwd is not published, a FIFO does not hang the build.
        var bytes = InputFile.ReadAllBytes(file.Path, file.Display);
        return [input.With(EditionKeys.SourceText, SourceReader.Decode(bytes, file.Display))];
    }
}
