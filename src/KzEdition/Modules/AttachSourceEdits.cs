using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Gives each source the editors' splits, joins and paragraph breaks of it (<c>input/editorial/articles.yml</c>), so
/// that cutting a source into articles reads its own decisions only. Reads <see cref="EditionKeys.FileStamp"/>
/// (the file's name) and the editorial decisions; writes <see cref="EditionKeys.SourceEdits"/>.
/// </summary>
public sealed class AttachSourceEdits : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp).Using(EditionResources.Editorial);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var name = Path.GetFileName(input.Get(EditionKeys.FileStamp).Path);
        var editorial = context.Get(EditionResources.Editorial);
        var edits = new SourceEdits([.. editorial.SplitLinesOf(name).Order()], [.. editorial.JoinLinesOf(name).Order()])
        {
            ParagraphStarts = [.. editorial.ParagraphStarts.Where(p => p.Source == name).Select(p => p.Start)],
        };
        return [input.With(EditionKeys.SourceEdits, edits.IsEmpty ? SourceEdits.None : edits)];
    }
}
