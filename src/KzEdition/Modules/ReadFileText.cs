using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Reads a listed file as strict UTF-8 text (a page, an editor's corrected article: <see cref="Reading.Utf8TextFile"/>). Reads <see cref="EditionKeys.FileStamp"/>; writes <see cref="EditionKeys.FileText"/>.</summary>
public sealed class ReadFileText : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var file = input.Get(EditionKeys.FileStamp);
        try
        {
            return [input.With(EditionKeys.FileText, Reading.Utf8TextFile.Read(file.Path, file.Display))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BuildException(Diagnostic.Error($"cannot read the file: {ex.Message}", file.Display));
        }
    }
}
