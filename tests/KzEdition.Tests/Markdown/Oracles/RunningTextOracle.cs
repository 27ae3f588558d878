using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KzEdition.Tests.Markdown.Oracles;

/// <summary>
/// Test-only copy of <c>Modules/RunningText</c> as it was before article bodies were rendered from
/// the syntax tree: the body's running text as AngleSharp sees it. An oracle for the new renderer.
/// </summary>
public static class RunningTextOracle
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string bodyHtml) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");

    /// <summary>The text nodes that may take new elements, in reading order.</summary>
    public static List<IText> Nodes(IDocument document) =>
        [.. document.Body!.GetDescendants().OfType<IText>().Where(t => t.ParentElement?.Closest("a, abbr, code, h1, h2, h3, h4, h5, h6") is null)];

    /// <summary>Replaces each span of the node's text with the element made of it; the text between spans stays as text.</summary>
    public static void Wrap(IDocument document, IText text, IEnumerable<(int Start, int Length)> spans, Func<string, int, IElement> make)
    {
        var parent = text.Parent!;
        var position = 0;
        var index = 0;
        foreach (var (start, length) in spans)
        {
            parent.InsertBefore(document.CreateTextNode(text.Data[position..start]), text);
            parent.InsertBefore(make(text.Data.Substring(start, length), index++), text);
            position = start + length;
        }

        parent.InsertBefore(document.CreateTextNode(text.Data[position..]), text);
        parent.RemoveChild(text);
    }
}
