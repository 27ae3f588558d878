using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Text;

namespace KzEdition.Templating;

/// <summary>
/// Writes a rendered page's Kazakh text in the 2021 Latin alphabet (<see cref="KazakhLatin"/>):
/// every text node, and the <c>title</c>, <c>aria-label</c> and <c>alt</c> attributes, whose language
/// is Kazakh; parts marked in another language, code and URLs stay as they are. The page's language
/// becomes <c>kk-Latn</c>. (Interim: through a parse of the page.)
/// </summary>
public static class LatinPage
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] TranslatedAttributes = ["title", "aria-label", "alt"];

    public static string Transliterate(string html)
    {
        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            if (!IsKazakh(element) || element.LocalName is "code" or "script" or "style")
            {
                continue;
            }

            foreach (var text in element.ChildNodes.OfType<IText>())
            {
                text.Data = KazakhLatin.Transliterate(text.Data);
            }

            foreach (var name in TranslatedAttributes.Where(element.HasAttribute))
            {
                element.SetAttribute(name, KazakhLatin.Transliterate(element.GetAttribute(name)!));
            }
        }

        document.DocumentElement.SetAttribute("lang", "kk-Latn");
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    private static bool IsKazakh(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("lang") is { } lang)
            {
                return lang == "kk" || lang.StartsWith("kk-", StringComparison.Ordinal);
            }
        }

        return false;
    }
}
