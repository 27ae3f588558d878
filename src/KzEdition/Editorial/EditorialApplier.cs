using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Text;

namespace KzEdition.Editorial;

/// <summary>
/// Applies the editors' decisions to the articles the cleaner made. A decision that matches no
/// article (a mistyped id, a line outside every article) is an error at its place in the file:
/// a silently ignored decision is a decision lost.
/// </summary>
public static class EditorialApplier
{
    /// <summary>Checks that every split and join points at a real place; returns the errors.</summary>
    public static IEnumerable<Diagnostic> CheckPlaces(EditorialDecisions decisions, IReadOnlyList<CleanedSource> sources, IReadOnlyList<ArticleSegment> segments)
    {
        foreach (var (source, start) in decisions.ParagraphStarts.Where(p => !sources.Any(s => s.Source.FileName == p.Source)))
        {
            yield return Diagnostic.Error($"paragraph break: no source named '{source}' in input/sources/", start.File, start.Line, start.Column);
        }

        foreach (var (at, where) in decisions.Splits)
        {
            var source = sources.FirstOrDefault(s => s.Source.FileName == at.Source);
            if (source is null)
            {
                yield return where.Error($"split: no source named '{at.Source}' in input/sources/");
            }
            else if (!source.Blocks.Any(b => b.FirstLine == at.Line))
            {
                var near = source.Blocks.Where(b => b.Kind != BlockKind.Boundary).MinBy(b => Math.Abs(b.FirstLine - at.Line));
                yield return where.Error($"split: no paragraph of {at.Source} starts at line {at.Line}" + (near is null ? "" : $"; the nearest starts at line {near.FirstLine}"));
            }
        }

        foreach (var (at, where) in decisions.Joins)
        {
            if (!segments.Any(s => s.Source.Source.FileName == at.Source && s.FirstLine == at.Line && s.Ordinal > 1) &&
                !sources.Any(s => s.Source.FileName == at.Source && s.Blocks.Any(b => b.FirstLine == at.Line)))
            {
                yield return where.Error($"join: no article of {at.Source} starts at line {at.Line}");
            }
        }
    }

    public static ImmutableArray<Article> Apply(EditorialDecisions decisions, ImmutableArray<Article> articles, Action<Diagnostic> report)
    {
        var errors = new List<Diagnostic>();
        var result = articles.ToArray();
        foreach (var decision in decisions.Articles)
        {
            var index = Array.FindIndex(result, a => Matches(decision, a));
            if (index < 0)
            {
                errors.Add(decision.Where.Error(decision.Id is not null
                    ? $"no article has the id '{decision.Id}' (see edition.json for the ids)"
                    : $"no article comes from {decision.At!.Source} at line {decision.At.Line}"));
                continue;
            }

            var article = result[index];
            if (decision.Title is { } title)
            {
                article = article with { Title = title, TitleSource = TitleSource.Editorial, Slug = Slugifier.Slugify(title) };
            }

            article = article with
            {
                Slug = decision.Slug ?? article.Slug,
                Authors = decision.Authors ?? article.Authors,
                Lang = decision.Lang ?? article.Lang,
                Status = decision.Status switch { "complete" => ArticleStatus.Complete, "fragment" => ArticleStatus.Fragment, _ => article.Status },
            };
            result[index] = article;
            report(Diagnostic.Info($"editorial decision applied to {article.Id}", decision.Where.File, decision.Where.Line, decision.Where.Column));
        }

        var ordered = new List<Article>();
        foreach (var (id, where) in decisions.Order)
        {
            var article = result.FirstOrDefault(a => a.Id == id);
            if (article is null)
            {
                errors.Add(where.Error($"order: no article has the id '{id}'"));
            }
            else if (!ordered.Contains(article))
            {
                ordered.Add(article);
            }
        }

        if (errors.Count > 0)
        {
            throw new BuildException(errors);
        }

        return [.. ordered, .. result.Where(a => !ordered.Contains(a))];
    }

    private static bool Matches(ArticleDecision decision, Article article) =>
        decision.Id is not null
            ? article.Id == decision.Id
            : article.Witnesses.Any(w => w.Source == decision.At!.Source && w.FirstLine <= decision.At.Line && decision.At.Line <= w.LastLine);
}
