using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Paragraphs as Markdig's <c>ParagraphRenderer</c> writes them (no <c>&lt;p&gt;</c> where a tight
/// list or a table cell makes the paragraph implicit). Open for a feature that adds to a paragraph
/// (its number: <c>ParagraphNumbers</c>).
/// </summary>
public class StandardParagraphRenderer : EditionObjectRenderer<ParagraphBlock>
{
    protected sealed override void Write(EditionHtmlRenderer renderer, ParagraphBlock obj)
    {
        if (!renderer.ImplicitParagraph)
        {
            if (!renderer.IsFirstInContainer)
            {
                renderer.EnsureLine();
            }

            renderer.WriteStartTag("p");
            WriteAttributes(renderer, obj);
            renderer.Write('>');
            WriteOpening(renderer, obj);
        }

        // A paragraph of the print edition keeps its spaces (EditionHtmlRenderer.LineBreaksAsSpaces).
        var keepsSpaces = !renderer.ImplicitParagraph && renderer.Options.PrintPrefix is not null;
        renderer.LineBreaksAsSpaces = keepsSpaces;
        try
        {
            renderer.WriteInlines(obj.Inline);
        }
        finally
        {
            renderer.LineBreaksAsSpaces = false;
        }

        if (!renderer.ImplicitParagraph)
        {
            renderer.WriteLine("</p>");
            renderer.EnsureLine();
        }
    }

    /// <summary>Writes the attributes of the <c>&lt;p&gt;</c>.</summary>
    protected virtual void WriteAttributes(EditionHtmlRenderer renderer, ParagraphBlock paragraph) => renderer.WriteAttributesOf(paragraph);

    /// <summary>Writes what comes before the paragraph's text, inside it.</summary>
    protected virtual void WriteOpening(EditionHtmlRenderer renderer, ParagraphBlock paragraph)
    {
    }
}
