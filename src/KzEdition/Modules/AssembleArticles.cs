using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Cleaning;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Reading;

namespace KzEdition.Modules;

/// <summary>
/// Makes the edition's articles from the cleaned sources: builds each segment into an article,
/// merges the witnesses of one article found in several sources, applies the editors' decisions
/// and makes slugs unique. Reads the Sources pipeline's <see cref="Keys.CleanedSource"/> and
/// <see cref="Keys.Segments"/>; writes one document an article with <see cref="Keys.Article"/>.
/// Reports every cut, merge and supplied title to the build report.
/// </summary>
public sealed class AssembleArticles(string editionLang, EditorialDecisions editorial) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var sources = context.OutputsOf(PipelineNames.Sources);
        var cleaned = sources.Select(d => d.Get<CleanedSource>(Keys.CleanedSource)).ToList();
        var allSegments = sources.SelectMany(d => d.Get<ImmutableArray<ArticleSegment>>(Keys.Segments)).ToList();
        var placeErrors = EditorialApplier.CheckPlaces(editorial, cleaned, allSegments).ToList();
        if (placeErrors.Count > 0)
        {
            throw new BuildException(placeErrors);
        }

        var caseEvidence = CaseEvidence.From(cleaned.Select(c => c.Source.Text));
        var wordEvidence = sources.IsEmpty ? WordEvidence.Empty : sources[0].Get<WordEvidence>(Keys.WordEvidence);
        var built = new List<CleanedArticle>();
        foreach (var document in sources)
        {
            var source = document.Get<CleanedSource>(Keys.CleanedSource);
            var segments = document.Get<ImmutableArray<ArticleSegment>>(Keys.Segments);
            ReportSource(source, segments, context);
            foreach (var segment in segments)
            {
                var article = ArticleBuilder.Build(segment, caseEvidence, wordEvidence, editionLang);
                article = article with { Notes = [.. article.Notes, .. FootnotesOf(source, segment, segments)] };
                built.Add(new CleanedArticle(article, segment));
            }
        }

        var decided = EditorialApplier.Apply(editorial, WitnessMerger.Merge(built, context.Report), context.Report);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<Document>();
        foreach (var merged in decided)
        {
            var article = merged with { Slug = Unique(merged.Slug, slugs) };
            var primary = article.Witnesses[0];
            var path = sources.First(d => d.Get<SourceText>(Keys.SourceText).FileName == primary.Source).Source;
            if (article.TitleSource == TitleSource.Derived)
            {
                context.Report(Diagnostic.Warning($"no title in the source; derived «{article.Title}» from the opening words (give one in input/editorial/)", path, primary.FirstLine));
            }

            articles.Add(Document.Create(path, null, "").With(Keys.Article, article).With(Keys.Title, article.DisplayTitle).With(Keys.Lang, article.Lang));
        }

        return Task.FromResult(articles.ToImmutable());
    }

    private static void ReportSource(CleanedSource source, ImmutableArray<ArticleSegment> segments, IExecutionContext context)
    {
        var path = source.Source.Path;
        context.Report(Diagnostic.Info($"layout: {SourceLayouts.Describe(source.Layout)}; {source.Blocks.Length} blocks", path));
        foreach (var removed in source.Furniture)
        {
            context.Report(Diagnostic.Info($"removed {removed.Reason}: «{removed.Text}»", path, removed.Line));
        }

        foreach (var decision in source.Decisions)
        {
            context.Report(decision);
        }

        if (segments.IsEmpty)
        {
            context.Report(Diagnostic.Warning("holds no text; no article made from it", path));
        }

        foreach (var segment in segments)
        {
            context.Report(Diagnostic.Info($"article {segment.Ordinal}: lines {segment.FirstLine}–{segment.LastLine}, starts at {segment.Reason}", path, segment.FirstLine));
        }
    }

    /// <summary>A footnote moved out of the running text belongs to the article whose lines surround it (or precede it).</summary>
    private static IEnumerable<EditorialNote> FootnotesOf(CleanedSource source, ArticleSegment segment, ImmutableArray<ArticleSegment> all) =>
        source.Notes.Where(n => all.LastOrDefault(s => s.FirstLine <= n.Line) is { } owner ? owner == segment : segment.Ordinal == 1);

    private static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
