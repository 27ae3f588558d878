using AngleSharp.Dom;


namespace KzEdition.Printing;

/// <summary>
/// An article's body made ready for the one-document print edition, where every article shares
/// one id space: each id gets the article's prefix and a double hyphen (<c>p12</c> →
/// <c>a-slug--p12</c>; slugs never hold "--", so two articles' ids cannot meet), links within the
/// article follow (<c>#ref-3</c> → <c>#a-slug--ref-3</c>), and links out of it (an editor's link in
/// a hand-corrected text; the index cross-links come later and are not in these bodies) and empty
/// fragments lose their element and keep their text. The text itself is unchanged.
/// </summary>
public static class PrintBody
{
    public static string Rewrite(string bodyHtml, string prefix)
    {
        var document = Markdown.ArticleBody.Parse(bodyHtml);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            element.Id = $"{prefix}--{element.Id}";
        }

        foreach (var link in body.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (href.Length > 1 && href.StartsWith('#'))
            {
                link.SetAttribute("href", $"#{prefix}--{href[1..]}");
            }
            else
            {
                Unwrap(link);
            }
        }

        return body.InnerHtml;
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        parent.RemoveChild(element);
    }
}
