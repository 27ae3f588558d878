using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Engine;
using Document = KzEdition.Engine.Document;
using KzEdition.Text;

namespace KzEdition.Modules;

/// <summary>
/// Writes a rendered page's Kazakh text in the 2021 Latin alphabet (<see cref="KazakhLatin"/>):
/// every text node, and the <c>title</c>, <c>aria-label</c> and <c>content</c> of meta description,
/// whose language is Kazakh; parts marked in another language (a Russian quotation), code and
/// URLs stay as they are. The page's language becomes <c>kk-Latn</c>. Only documents with
/// <see cref="Keys.Script"/> <c>latn</c> are changed.
/// </summary>
public sealed class TransliteratePage : PerDocumentModule
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] TranslatedAttributes = ["title", "aria-label", "alt"];

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault<string>(Keys.Script) != "latn")
        {
            return Task.FromResult<IEnumerable<Document>>([input]);
        }

        var document = Parser.ParseDocument(input.Content);
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
        var html = "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
        return Task.FromResult<IEnumerable<Document>>([input.WithContent(html)]);
    }

    /// <summary>The language of an element is that of its nearest ancestor-or-self with a lang attribute (HTML 3.2.6.2).</summary>
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
