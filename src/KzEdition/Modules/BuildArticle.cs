using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Model;

namespace KzEdition.Modules;

/// <summary>
/// Makes an article of a segment (<see cref="ArticleBuilder"/>): head, body, references, status,
/// language, with the footnotes the cleaner moved out of its lines. Reads <see cref="EditionKeys.Segment"/>,
/// <see cref="EditionKeys.Segments"/> (to place the source's footnotes), the edition's language and,
/// by queries, the corpus's <see cref="EditionKeys.CaseEvidence"/> and <see cref="EditionKeys.WordEvidence"/>;
/// writes <see cref="EditionKeys.Article"/>.
/// </summary>
public sealed class BuildArticle : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Segment, EditionKeys.Segments)
        .Observing(EditionKeys.CaseEvidence, EditionKeys.WordEvidence)
        .Using(EditionResources.Settings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var segment = input.Get(EditionKeys.Segment);
        var article = ArticleBuilder.Build(segment, input.Get(EditionKeys.CaseEvidence), input.Get(EditionKeys.WordEvidence), context.Get(EditionResources.Settings).Lang);
        article = article with { Notes = [.. article.Notes, .. FootnotesOf(segment.Source, segment, input.Get(EditionKeys.Segments))] };
        return [input.With(EditionKeys.Article, article)];
    }

    /// <summary>A footnote moved out of the running text belongs to the article whose lines surround it (or precede it).</summary>
    private static IEnumerable<EditorialNote> FootnotesOf(CleanedSource source, ArticleSegment segment, ImmutableArray<ArticleSegment> all) =>
        source.Notes.Where(n => all.LastOrDefault(s => s.FirstLine <= n.Line) is { } owner ? owner == segment : segment.Ordinal == 1);
}
