using AngleSharp.Dom;

namespace KzEdition.Tests.Markdown.Oracles;

/// <summary>Test-only copy of the AngleSharp <c>Printing/PrintBody</c>: ids prefixed, links within the article followed, others unwrapped; and the running text set by <c>PrintTypography</c>.</summary>
public static class PrintBodyOracle
{
    public static string Rewrite(string bodyHtml, string prefix)
    {
        var document = RunningTextOracle.Parse(bodyHtml);
        var body = document.Body!;
        // First (a soft break is a space before the spaces of print are set): a paragraph of print
        // keeps its spaces (print.css: pre-wrap), so its text has no line feed (a soft break is a
        // space, a hard break a <br> alone) and no space after its number (it would indent the
        // first line).
        foreach (var text in body.QuerySelectorAll("p").SelectMany(p => p.Descendants().OfType<IText>()).ToList())
        {
            if (text.PreviousSibling is IElement { ClassName: "pnum" } && text.Data.StartsWith(' '))
            {
                text.Data = text.Data[1..];
            }

            if (text.PreviousSibling is IElement { LocalName: "br" } && text.Data.StartsWith('\n'))
            {
                text.Data = text.Data[1..];
            }

            text.Data = text.Data.Replace('\n', ' ');
        }

        // The running text (as it was before links were unwrapped) set as print needs it.
        // The space after a paragraph's number is no running text: it is written with the number.
        // In a <p> that space is gone already (above): a space there now is the paragraph's own
        // (a line feed typed as &#10;), running text like any other.
        foreach (var text in RunningTextOracle.Nodes(document))
        {
            var afterNumber = text.PreviousSibling is IElement { ClassName: "pnum" } && text.Parent is not IElement { LocalName: "p" } && text.Data.StartsWith(' ');
            text.Data = afterNumber ? " " + KzEdition.Text.PrintTypography.Apply(text.Data[1..]) : KzEdition.Text.PrintTypography.Apply(text.Data);
        }

        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            element.Id = $"{prefix}--{element.Id}";
        }

        // A paragraph that opens the text or follows a heading is marked for print.css (no first-line indent).
        foreach (var paragraph in body.Children.Where(e => e.LocalName == "p"))
        {
            if (paragraph.PreviousElementSibling is null or { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" })
            {
                paragraph.ClassList.Add("after-heading");
            }
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
