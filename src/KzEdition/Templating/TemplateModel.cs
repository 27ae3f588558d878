using KzEdition.Configuration;
using KzEdition.Model;
using KzEdition.Site;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// Turns the edition's model into the variables templates see, with snake_case names.
/// URLs in it are relative to the site root; templates prefix them with <c>page.root</c>.
/// </summary>
public static class TemplateModel
{
    public static ScriptObject Site(EditionSettings settings) => new()
    {
        ["title"] = settings.Title,
        ["subtitle"] = settings.Subtitle,
        ["editors"] = new ScriptArray(settings.Editors),
        ["lang"] = settings.Lang,
        ["publisher"] = settings.Publisher,
        ["place"] = settings.Place,
        ["edition"] = settings.EditionStatement,
        ["year"] = settings.Year,
        ["date"] = settings.Date,
        ["licence"] = settings.Licence,
        ["base_url"] = settings.BaseUrl,
        ["page_size"] = settings.PageSize,
    };

    /// <summary>The interface strings in the edition's language, as templates see them (<c>ui.contents</c>).</summary>
    public static ScriptObject Strings(IReadOnlyDictionary<string, string> strings)
    {
        var ui = new ScriptObject();
        foreach (var (key, text) in strings)
        {
            ui[key] = text;
        }

        return ui;
    }

    /// <summary>How to cite the article: the page's "Cite this" and the meta tags of its head.</summary>
    public static ScriptObject Citation(Citing.ArticleCitation citation)
    {
        // The print edition writes the article's pages between head and tail once they are laid out.
        var (gostHead, gostTail) = citation.GostAroundPages();
        var (apaHead, apaTail) = citation.ApaAroundPages();
        return new()
        {
            ["gost"] = gostHead + gostTail,
            ["apa"] = apaHead + apaTail,
            ["gost_head"] = gostHead,
            ["gost_tail"] = gostTail,
            ["apa_head"] = apaHead,
            ["apa_tail"] = apaTail,
            ["url"] = citation.Url,
            ["pdf_url"] = citation.PdfUrl,
            ["description"] = citation.Description(),
            ["og_locale"] = citation.OpenGraphLocale,
            ["json_ld"] = new RawHtml(citation.JsonLd()), // made safe for a script element by JsonLd itself
            ["highwire"] = new ScriptArray(citation.HighwireTags().Select(t => new ScriptObject { ["name"] = t.Name, ["content"] = t.Content })),
        };
    }

    public static ScriptObject Article(Article article, int number, string? bodyHtml = null)
    {
        var model = new ScriptObject
        {
            ["number"] = number,
            ["id"] = article.Id,
            ["slug"] = article.Slug,
            ["url"] = SitePaths.ArticlePage(article.Slug),
            ["markdown_url"] = SitePaths.ArticleMarkdown(article.Slug),
            ["latin_url"] = SitePaths.LatinArticlePage(article.Slug),
            ["bibtex_url"] = SitePaths.ArticleBibTex(article.Slug),
            ["ris_url"] = SitePaths.ArticleRis(article.Slug),
            ["title"] = article.Title,
            ["display_title"] = article.DisplayTitle,
            ["title_source"] = article.TitleSource.ToString().ToLowerInvariant(),
            ["title_supplied"] = article.TitleSource != TitleSource.Source,
            ["lang"] = article.Lang,
            ["authors"] = new ScriptArray(article.Authors),
            ["affiliations"] = new ScriptArray(article.Affiliations),
            ["status"] = article.Status.ToString().ToLowerInvariant(),
            ["is_fragment"] = article.Status == ArticleStatus.Fragment,
            ["witnesses"] = new ScriptArray(article.Witnesses.Select(w => new ScriptObject
            {
                ["source"] = w.Source,
                ["first_line"] = w.FirstLine,
                ["last_line"] = w.LastLine,
                ["primary"] = w.Primary,
            })),
            ["abstract"] = article.Abstract,
            ["keywords"] = new ScriptArray(article.Keywords),
            ["notes"] = new ScriptArray(article.Notes.Select(n => new ScriptObject
            {
                ["kind"] = n.Kind,
                ["text"] = n.Text,
                ["source"] = n.Source,
                ["line"] = n.Line,
                ["lemma"] = n.Lemma ?? "",
            })),
            ["references"] = new ScriptArray(article.References),
            ["paragraphs"] = article.ParagraphCount,
            ["words"] = article.WordCount,
            ["body_html"] = bodyHtml is null ? null : new RawHtml(bodyHtml),
            ["pdf_url"] = null,
        };
        return model;
    }
}
