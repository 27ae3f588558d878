using System.Collections.Immutable;
using System.Globalization;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes the models of the print edition's parts that need every article, <c>print/index.html</c>:
/// the indices' rows (<see cref="EditionKeys.PrintIndexRow"/>, a document each, whose entries' models are made
/// row by row and gathered into the indices' fragment, <c>partials/print-indices</c>, by <see cref="MakePrintIndexFragments"/>)
/// and the frame around the parts (<c>print</c>: title page, contents, colophon), in which the fragments'
/// places are marked; and gives each article (whose fragment is <c>partials/print-article</c>) and the
/// indices what their fragment shares with the other parts (<see cref="EditionKeys.PrintSharedVariables"/>).
/// It runs before any article's print body is rendered: the body, the fragment's model (<see cref="MakePrintArticleModel"/>,
/// <see cref="MakePrintPartModel"/>) and its rendering are then one pass over the documents, and a build
/// does not hold every body at once. Each part is rendered on its own, and again only when what it shows
/// changed; <see cref="JoinPrintEdition"/> puts them together. A theme without a <c>print</c> layout gets
/// no print edition. Reads <see cref="EditionKeys.Article"/>, each article's <see cref="EditionKeys.PrintContentsEntry"/>
/// and the SiteModel pipeline's model; writes <see cref="EditionKeys.Layout"/>, <see cref="EditionKeys.PrintSharedVariables"/>
/// and, for the frame, <see cref="EditionKeys.PageModel"/>.
/// </summary>
public sealed class MakePrintModels(string siteModelPipeline) : AllDocumentsModule
{
    /// <summary>One article of the print edition.</summary>
    public const string ArticlePartial = "partials/print-article";

    /// <summary>The print edition's indices.</summary>
    public const string IndicesPartial = "partials/print-indices";

    /// <summary>One entry of the print edition's indices, rendered on its own (<c>entry.html</c>).</summary>
    public const string IndexEntryPartial = "partials/print-index-entry";

    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.PrintContentsEntry)
        .From(siteModelPipeline, EditionKeys.SiteModel)
        .Using(EditionResources.Settings, EditionResources.Theme)
        .NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var theme = context.Get(EditionResources.Theme);
        if (!theme.HasLayout(RenderPage.PrintLayout))
        {
            return [];
        }

        var settings = context.Get(EditionResources.Settings);
        var shared = context.OutputsOf(siteModelPipeline)[0].Get(EditionKeys.SiteModel);
        var site = TemplateModel.Site(settings);

        // The about page's text in the colophon: its ids in their own space, its links (to the report) as text.
        site["about_html"] = RawHtml.From(shared.About?.RenderHtml(BodyRenderOptions.Print("about") with { Numbered = false }));
        var page = new ScriptObject
        {
            ["lang"] = settings.Lang,
            ["root"] = SitePaths.RootPrefix(SitePaths.PrintEdition),
            ["path"] = SitePaths.PrintEdition,
            ["layout"] = RenderPage.PrintLayout,
        };
        ScriptObject Variables() => new() { ["site"] = site, ["ui"] = shared.Ui, ["page"] = page };

        var parts = ImmutableArray.CreateBuilder<Document>();
        var frameArticles = new List<ScriptObject>();
        var sharedByParts = Variables();
        for (var i = 0; i < inputs.Length; i++)
        {
            // The fragment's model is made once its body is rendered (MakePrintPartModel), one article at a time.
            parts.Add(inputs[i]
                .Without(EditionKeys.PrintContentsEntry)
                .With(EditionKeys.Layout, ArticlePartial)
                .With(EditionKeys.PrintSharedVariables, sharedByParts));
            frameArticles.Add(inputs[i].Get(EditionKeys.PrintContentsEntry));
        }

        // Each row of the indices a document of its own, before the indices' fragment: its entry's model is
        // made and remembered row by row (MakePrintIndexEntryModel), and gathered (MakePrintIndexFragments).
        var index = shared.Index;
        parts.AddRange(PrintTemplateModel.Rows(index).Select(row => Document.Create($"{SitePaths.PrintEdition}#{row.Name}", null).With(EditionKeys.PrintIndexRow, row)));
        parts.Add(Document.Create(null, null).With(EditionKeys.Layout, IndicesPartial).With(EditionKeys.PrintSharedVariables, Variables()));

        var frame = Variables();
        frame["articles"] = new EntryArray(frameArticles);
        frame["indices"] = new ScriptArray(index.KindsWithRows(PrintTemplateModel.Kinds).Select(k => new ScriptObject { ["name"] = SitePaths.IndexName(k), ["id"] = PrintTemplateModel.IndexId(k) }));
        frame["indices_html"] = new RawHtml(Marker(inputs.Length));
        frame["sources"] = PrintTemplateModel.Sources(inputs.Select((d, i) => (d.Get(EditionKeys.Article), i + 1)));
        parts.Add(Document.Create(null, SitePaths.PrintEdition).With(EditionKeys.Layout, RenderPage.PrintLayout).With(EditionKeys.InSitemap, false).With(EditionKeys.PageModel, new PageModel(frame)));
        return parts.ToImmutable();
    }

    /// <summary>An article as the print edition shows it (its number, and the id its fragment is found by).</summary>
    internal static ScriptObject ArticleModel(Model.Article article, int number)
    {
        var model = TemplateModel.Article(article, number);
        model["print_id"] = PrintTemplateModel.ArticleId(article);
        return model;
    }

    /// <summary>The mark of fragment <paramref name="fragment"/> (from 0) in the frame.</summary>
    internal static string Marker(int fragment) => FragmentMarks.Of(fragment.ToString(CultureInfo.InvariantCulture));
}
