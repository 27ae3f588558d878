using System.Globalization;
using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Headings as Markdig's <c>HeadingRenderer</c> writes them (their ids from the auto-identifiers,
/// prefixed in the print edition). A heading's text is not running text: no citation or index links.
/// </summary>
public sealed class StandardHeadingRenderer : EditionObjectRenderer<HeadingBlock>
{
    private static readonly string[] Names = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(EditionHtmlRenderer renderer, HeadingBlock obj)
    {
        var name = obj.Level is >= 1 and <= 6 ? Names[obj.Level - 1] : "h" + obj.Level.ToString(CultureInfo.InvariantCulture);
        renderer.WriteStartTag(name);
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.EnterNonRunningText();
        renderer.WriteInlines(obj.Inline);
        renderer.LeaveNonRunningText();
        renderer.Write("</").Write(name).WriteLine('>');
        renderer.EnsureLine();
    }
}
