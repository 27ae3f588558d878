using System.Text.Encodings.Web;
using System.Text.Json;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// An article's entry of <c>edition.json</c>, as written inside the manifest's list (indented two
/// levels): made once an article, so that the manifest of a thousand articles is joined, not
/// serialized again, when one changes. Reads <see cref="EditionKeys.Article"/> and whether the build
/// makes PDFs; writes <see cref="EditionKeys.ManifestEntry"/>.
/// </summary>
public sealed class DescribeArticle : PerDocumentModule
{
    /// <summary>As the manifest is written: camelCase, indented by two, Kazakh letters as they are (not \u escapes).</summary>
    internal static readonly ManifestJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article).Using(EditionResources.Options);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var article = input.Get(EditionKeys.Article);
        var entry = Describe(article);
        if (context.Get(EditionResources.Options).Pdf)
        {
            entry = entry with { Pdf = SitePaths.ArticlePdf(article.Slug) };
        }

        return [input.With(EditionKeys.ManifestEntry, "    " + JsonSerializer.Serialize(entry, Json.ManifestArticle).Replace("\n", "\n    ", StringComparison.Ordinal))];
    }

    private static ManifestArticle Describe(Article a) => new(
        a.Id,
        a.Slug,
        SitePaths.ArticleUrl(a.Slug),
        SitePaths.ArticleMarkdown(a.Slug),
        a.Title,
        a.TitleSource.ToString().ToLowerInvariant(),
        a.Lang,
        a.Authors,
        a.Affiliations,
        a.Status.ToString().ToLowerInvariant(),
        [.. a.Witnesses.Select(w => new ManifestWitness(w.Source, w.FirstLine, w.LastLine, w.Primary))],
        a.Abstract,
        a.Keywords,
        a.ParagraphCount,
        a.WordCount,
        a.Citations,
        a.References.Length,
        a.TableCount,
        [.. a.Notes.Select(n => new ManifestNote(n.Kind, n.Text, n.Lemma, n.Source, n.Line == 0 ? null : n.Line))]);
}
