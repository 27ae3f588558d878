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
        var articles = context.OutputsOf(PipelineNames.Articles).Select(d => Described.GetValue(d.Get<Article>(Keys.Article), Describe))
            .Select(a => pdf ? a with { Pdf = SitePaths.ArticlePdf(a.Slug) } : a);
        var index = context.OutputsOf(PipelineNames.Indices).FirstOrDefault()?.GetOrDefault<EditionIndex>(Keys.EditionIndex) ?? EditionIndex.Empty;
        var indices = index.KindsWithRows()
            .Select(k => new ManifestIndex(SitePaths.IndexName(k), SitePaths.PrettyUrl(SitePaths.IndexPage(k)), index.Rows(k).Count()))
            .Concat(index.Timeline.IsEmpty ? [] : [new ManifestIndex("timeline", SitePaths.PrettyUrl(SitePaths.Timeline), index.Timeline.Length)]);
        var manifest = new EditionManifest(
            settings.Title, settings.Subtitle, settings.Lang, settings.BaseUrl, settings.Editors, settings.Publisher,
            settings.Year, settings.Date, settings.Licence, [.. articles], [.. indices])
        {
            Print = print ? SitePaths.PrettyUrl(SitePaths.PrintEdition) : null,
            Pdf = print && pdf ? SitePaths.PrintPdf(settings.Slug) : null,
        };
        var json = JsonSerializer.Serialize(manifest, Json) + "\n";
        return Task.FromResult(ImmutableArray.Create(Document.Create(null, SitePaths.Manifest, json)));
    }

    /// <summary>Each article's entry, made once an article object (a preview rebuild writes the manifest again).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, ManifestArticle> Described = new();

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
