using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Model;

namespace KzEdition.Modules;

/// <summary>
/// Makes the edition's articles from the articles of all segments: merges the witnesses of one
/// article found in several sources, applies the editors' decisions (titles, authors, order …)
/// and makes slugs unique. Reads <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.Segment"/> and <see cref="EditionKeys.WitnessSignature"/>
/// of each segment, the Sources pipeline's cleaned sources and segments (to check the editors' splits
/// and joins point at real places), and the editorial decisions; writes one document an article,
/// sourced at its primary witness's file, with <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.Title"/>
/// and <see cref="EditionKeys.Lang"/>. Reports every merge and supplied title.
/// </summary>
public sealed class AssembleArticles(string sourcesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.Segment, EditionKeys.WitnessSignature, EditionKeys.WitnessPairs)
        .From(sourcesPipeline, EditionKeys.CleanedSource, EditionKeys.Segments)
        .Using(EditionResources.Editorial);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var editorial = context.Get(EditionResources.Editorial);
        var sources = context.OutputsOf(sourcesPipeline);
        var cleaned = sources.Select(d => d.Get(EditionKeys.CleanedSource)).ToList();
        var allSegments = sources.SelectMany(d => d.Get(EditionKeys.Segments)).ToList();
        var placeErrors = EditorialApplier.CheckPlaces(editorial, cleaned, allSegments).ToList();
        if (placeErrors.Count > 0)
        {
            throw new BuildException(placeErrors);
        }

        var built = inputs.Select(d => new CleanedArticle(d.Get(EditionKeys.Article), d.Get(EditionKeys.Segment))).ToList();
        var signatures = inputs.Select(d => d.Get(EditionKeys.WitnessSignature)).ToList();
        var pairs = inputs.SelectMany(d => d.Get(EditionKeys.WitnessPairs)).ToImmutableArray();
        var decided = EditorialApplier.Apply(editorial, WitnessMerger.Merge(built, signatures, pairs, context.Report), context.Report);
        var pathOf = cleaned.GroupBy(c => c.Source.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Source.Path, StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<Document>(decided.Length);
        foreach (var merged in decided)
        {
            var article = merged with { Slug = Unique(merged.Slug, slugs) };
            var primary = article.Witnesses[0];
            var path = pathOf[primary.Source];
            if (article.TitleSource == TitleSource.Derived)
            {
                context.Report(Diagnostic.Warning($"no title in the source; derived «{article.Title}» from the opening words (give one in input/editorial/)", path, primary.FirstLine));
            }

            articles.Add(Document.Create(path, null).With(EditionKeys.Article, article).With(EditionKeys.Title, article.DisplayTitle).With(EditionKeys.Lang, article.Lang));
        }

        return articles.MoveToImmutable();
    }

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
