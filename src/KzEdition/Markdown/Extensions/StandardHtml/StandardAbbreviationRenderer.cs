using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Abbreviations;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Abbreviations (<c>*[НАТО]: …</c>) as Markdig's <c>HtmlAbbreviationRenderer</c> writes them,
/// the label as escaped text (Markdig writes it as it stands, markup and all).
/// </summary>
public sealed class StandardAbbreviationRenderer : EditionObjectRenderer<AbbreviationInline>
{
    protected override void Write(EditionHtmlRenderer renderer, AbbreviationInline obj)
    {
        var abbreviation = obj.Abbreviation;
        renderer.WriteStartTag("abbr");
        renderer.WriteAttributesOf(obj);
        renderer.WriteAttribute("title", abbreviation.Text.AsSpan());
        renderer.Write('>');
        renderer.WriteText(abbreviation.Label);
        renderer.Write("</abbr>");
    }
}
