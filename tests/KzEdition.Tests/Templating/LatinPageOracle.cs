using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using KzEdition.Text;

namespace KzEdition.Tests.Templating;

/// <summary>
/// The Latin page as TransliteratePage made it before <see cref="KzEdition.Templating.LatinPageWriter"/>:
/// the whole page parsed with AngleSharp, the Kazakh text nodes and attributes of the tree changed,
/// the tree serialized. Kept as it was (only split, so that the changed tree can be compared before
/// it is serialized) as the oracle the writer is compared with.
/// </summary>
internal static class LatinPageOracle
{
    private static readonly string[] TranslatedAttributes = ["title", "aria-label", "alt", "placeholder"];

    /// <summary>The Latin page as TransliteratePage wrote it.</summary>
    public static string Transliterate(string html)
    {
        var document = TransliteratedTree(html);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    /// <summary>
    /// The changed tree itself, serialized: what the writer's page, parsed (<see cref="Dom"/>), must
    /// equal. Not <see cref="Transliterate"/> parsed again: its serialization moves whitespace, and
    /// the newline it adds after &lt;/html&gt; would land in the body a second time.
    /// </summary>
    public static string TransliteratedDom(string html) => TransliteratedTree(html).ToHtml(HtmlMarkupFormatter.Instance);

    /// <summary>A page as a DOM sees it: parsed by AngleSharp and serialized again, doctype and comments outside the root included.</summary>
    public static string Dom(string html) => new HtmlParser().ParseDocument(html).ToHtml(HtmlMarkupFormatter.Instance);

    private static IDocument TransliteratedTree(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
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
        return document;
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
