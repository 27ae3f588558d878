using KzEdition.Markdown.Extensions.StandardHtml;
using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.ParagraphNumbers;

/// <summary>
/// Writes a numbered paragraph with its id and, before its text, its number as a link to itself:
/// <c>&lt;p id="p12"&gt;&lt;a class="pnum" href="#p12" title="¶ 12"&gt;12&lt;/a&gt; …</c>.
/// Other paragraphs, and every paragraph of a rendering without numbers (a page, not an article), are written as <see cref="StandardParagraphRenderer"/> writes them.
/// </summary>
public sealed class HtmlNumberedParagraphRenderer : StandardParagraphRenderer
{
    /// <summary>
    /// The class the print edition gives a paragraph that opens the text or follows a heading
    /// (<c>after-heading</c>): print.css sets it without first-line indent. A class made here, not
    /// a selector such as <c>h2 + p</c>: Paged.js rewrites selectors with <c>+</c> into weaker ones.
    /// </summary>
    public const string AfterHeading = "after-heading";

    protected override void WriteAttributes(EditionHtmlRenderer renderer, ParagraphBlock paragraph) =>
        renderer.WriteAttributesOf(
            paragraph,
            id: renderer.Options.Numbered ? ParagraphNumber.Of(paragraph)?.Id : null,
            addedClass: renderer.Options.PrintPrefix is not null && OpensASection(paragraph) ? AfterHeading : null);

    /// <summary>Whether the paragraph is the body's first block that is shown, or comes right after a heading.</summary>
    private static bool OpensASection(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument document)
        {
            return false;
        }

        for (var i = document.IndexOf(paragraph) - 1; i >= 0; i--)
        {
            if (document[i] is Markdig.Extensions.Yaml.YamlFrontMatterBlock or LinkReferenceDefinitionGroup)
            {
                continue; // not shown
            }

            return document[i] is HeadingBlock;
        }

        return true;
    }

    protected override void WriteOpening(EditionHtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (!renderer.Options.Numbered || ParagraphNumber.Of(paragraph) is not { } number)
        {
            return;
        }

        renderer.WriteStartTag("a");
        renderer.WriteAttribute("class", "pnum");
        renderer.WriteAttribute("href", renderer.FollowLink("#" + number.Id) ?? "");
        renderer.WriteAttribute("title", "¶ " + number.Text);
        renderer.Write('>');
        renderer.WriteText(number.Text);
        renderer.Write("</a>");
        // In print no space follows: the print edition keeps the spaces of paragraphs (so that
        // the PDF's tags keep the space where a line broke), and this one would indent the first
        // line; the number stands in the margin there.
        if (renderer.Options.PrintPrefix is null)
        {
            renderer.WriteText(" ");
        }
    }
}
