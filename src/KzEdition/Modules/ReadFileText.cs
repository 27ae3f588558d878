using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Reads a listed file as strict UTF-8 text (a page, an editor's corrected article): a regular file within the size bound (<see cref="Reading.InputFile"/>), decoded by <see cref="Reading.Utf8TextFile"/>. Reads <see cref="EditionKeys.FileStamp"/>; writes <see cref="EditionKeys.FileText"/>.</summary>
public sealed class ReadFileText : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var file = input.Get(EditionKeys.FileStamp);
        return [input.With(EditionKeys.FileText, Reading.Utf8TextFile.Read(file.Path, file.Display))];
    }
}
