using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using KzEdition.Building;
using KzEdition.Configuration;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes <c>edition.json</c> from the Articles pipeline's documents (reads <see cref="Keys.Article"/>)
/// and the Indices pipeline's <see cref="EditionIndex"/> (each index: name, URL, number of entries).
/// Runs in PostProcess. Kazakh letters are written as they are, not as \u escapes.
/// </summary>
/// <param name="print">Whether the theme makes a print edition.</param>
/// <param name="pdf">Whether the build makes PDFs (the <c>pdf</c> command).</param>
public sealed class GenerateManifest(EditionSettings settings, bool print = false, bool pdf = false) : IModule
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var articles = context.OutputsOf(PipelineNames.Articles).Select(d => d.Get<Article>(Keys.Article)).ToList();
        var index = BuildEditionIndex.Of(context) ?? EditionIndex.Empty;
        var indices = index.KindsWithRows()
            .Select(k => new ManifestIndex(SitePaths.IndexName(k), SitePaths.PrettyUrl(SitePaths.IndexPage(k)), index.Rows(k).Count()))
            .Concat(index.Timeline.IsEmpty ? [] : [new ManifestIndex("timeline", SitePaths.PrettyUrl(SitePaths.Timeline), index.Timeline.Length)]);
        var manifest = new EditionManifest(
            settings.Title, settings.Subtitle, settings.Lang, settings.BaseUrl, settings.Editors, settings.Publisher,
            settings.Year, settings.Date, settings.Licence, [], [.. indices])
        {
            Print = print ? SitePaths.PrettyUrl(SitePaths.PrintEdition) : null,
            Pdf = print && pdf ? SitePaths.PrintPdf(settings.Slug) : null,
        };
        var document = Document.Create(null, SitePaths.Manifest, "").With(Keys.ContentParts, Parts(manifest, articles));
        return Task.FromResult(ImmutableArray.Create(document));
    }

    /// <summary>
    /// The manifest as <see cref="JsonSerializer"/> writes it whole, in parts: the rest of it, and
    /// each article's entry, written once an article object (a preview rebuild writes the manifest
    /// again, and serializing a thousand articles every time cost milliseconds and megabytes).
    /// </summary>
    private ContentParts Parts(EditionManifest manifest, List<Article> articles)
    {
        var whole = JsonSerializer.Serialize(manifest, Json) + "\n";
        if (articles.Count == 0)
        {
            return new ContentParts([whole]);
        }

        // The articles' place: an empty array, as the serializer writes it, at the first level.
        const string Empty = "\n  \"articles\": []";
        var at = whole.IndexOf(Empty, StringComparison.Ordinal);
        var parts = ImmutableArray.CreateBuilder<string>((articles.Count * 2) + 1);
        parts.Add(whole[..at] + "\n  \"articles\": [\n");
        for (var i = 0; i < articles.Count; i++)
        {
            parts.Add(Written.GetValue(articles[i], _ => new ArticleJson()).Text(articles[i], pdf));
            parts.Add(i < articles.Count - 1 ? ",\n" : "\n  ]" + whole[(at + Empty.Length)..]);
        }

        return new ContentParts(parts.MoveToImmutable());
    }

    /// <summary>Each article's entry as written, made once an article object.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, ArticleJson> Written = new();

    /// <summary>An article's entry as written inside the manifest's list (indented two levels), with and without its PDF.</summary>
    private sealed class ArticleJson
    {
        private string? _plain;
        private string? _withPdf;

        public string Text(Article article, bool pdf) => pdf
            ? _withPdf ??= Indented(Describe(article) with { Pdf = SitePaths.ArticlePdf(article.Slug) })
            : _plain ??= Indented(Describe(article));

        private static string Indented(ManifestArticle entry) =>
            "    " + JsonSerializer.Serialize(entry, Json).Replace("\n", "\n    ", StringComparison.Ordinal);
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
