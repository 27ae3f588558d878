using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Reading;
using KzEdition.Text;

namespace KzEdition.Modules;

/// <summary>
/// Cleans every source and assembles its articles. Reads <see cref="Keys.SourceText"/>; writes
/// <see cref="Keys.Article"/> on one document an article, and reports the layout, the furniture
/// removed and the decisions taken to the build report. Slugs are made unique across the edition.
/// </summary>
public sealed class CleanSources(string editionLang, EditorialDecisions editorial) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var evidence = WordEvidence.From(inputs.Select(d => d.Get<SourceText>(Keys.SourceText).Text));
        var cleaned = new CleanedSource[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            try
            {
                cleaned[i] = SourceCleaner.Clean(inputs[i].Get<SourceText>(Keys.SourceText), evidence);
            }
            catch (Exception ex) when (ex is not BuildException)
            {
                throw new DocumentException(inputs[i], ex);
            }
        });

        var caseEvidence = CaseEvidence.From(inputs.Select(d => d.Get<SourceText>(Keys.SourceText).Text));
        var built = new List<CleanedArticle>();
        var allSegments = new List<ArticleSegment>();
        foreach (var source in cleaned)
        {
            var path = source.Source.Path;
            context.Report(Diagnostic.Info($"layout: {Describe(source.Layout)}; {source.Blocks.Length} blocks", path));
            foreach (var removed in source.Furniture)
            {
                context.Report(Diagnostic.Info($"removed {removed.Reason}: «{removed.Text}»", path, removed.Line));
            }

            foreach (var decision in source.Decisions)
            {
                context.Report(decision);
            }

            var segments = ArticleSegmenter.Segment(source, editorial.SplitLinesOf(source.Source.FileName), editorial.JoinLinesOf(source.Source.FileName));
            allSegments.AddRange(segments);
            if (segments.IsEmpty)
            {
                context.Report(Diagnostic.Warning("holds no text; no article made from it", path));
                continue;
            }

            foreach (var segment in segments)
            {
                context.Report(Diagnostic.Info($"article {segment.Ordinal}: lines {segment.FirstLine}–{segment.LastLine}, starts at {segment.Reason}", path, segment.FirstLine));
                var article = ArticleBuilder.Build(segment, caseEvidence, evidence, editionLang);
                article = article with { Notes = [.. article.Notes, .. FootnotesOf(source, segment, segments)] };
                built.Add(new CleanedArticle(article, segment));
            }
        }

        var placeErrors = EditorialApplier.CheckPlaces(editorial, cleaned, allSegments).ToList();
        if (placeErrors.Count > 0)
        {
            throw new BuildException(placeErrors);
        }

        var decided = EditorialApplier.Apply(editorial, WitnessMerger.Merge(built, context.Report), context.Report);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<Document>();
        foreach (var merged in decided)
        {
            var article = merged with { Slug = Unique(merged.Slug, slugs) };
            var primary = article.Witnesses[0];
            var path = inputs.First(d => d.Get<SourceText>(Keys.SourceText).FileName == primary.Source).Source;
            if (article.TitleSource == TitleSource.Derived)
            {
                context.Report(Diagnostic.Warning($"no title in the source; derived «{article.Title}» from the opening words (give one in input/editorial/)", path, primary.FirstLine));
            }

            articles.Add(Document.Create(path, null, "").With(Keys.Article, article).With(Keys.Title, article.DisplayTitle).With(Keys.Lang, article.Lang));
        }

        return Task.FromResult(articles.ToImmutable());
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

    private static string Describe(SourceLayout layout) => layout switch
    {
        SourceLayout.SentencePerLine => "one sentence a line, '..' between paragraphs",
        SourceLayout.HardWrapped => "hard-wrapped lines (PDF extraction)",
        SourceLayout.ParagraphPerLine => "one paragraph a line",
        SourceLayout.SingleLongLine => "one very long line (web copy)",
        _ => "empty",
    };
}
