using KzEdition.Markdown.Rendering;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Definition lists as Markdig 1.6.0's <c>HtmlDefinitionListRenderer</c> writes them.</summary>
public sealed class StandardDefinitionListRenderer : EditionObjectRenderer<DefinitionList>
{
    protected override void Write(EditionHtmlRenderer renderer, DefinitionList list)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("dl");
        renderer.WriteAttributesOf(list);
        renderer.WriteLine('>');
        foreach (var block in list)
        {
            var item = (DefinitionItem)block;
            var definitionOpen = false;
            var definitions = 0;
            var lastWasSimpleParagraph = false;
            for (var i = 0; i < item.Count; i++)
            {
                var termOrContent = item[i];
                if (termOrContent is DefinitionTerm term)
                {
                    if (definitionOpen)
                    {
                        if (!lastWasSimpleParagraph)
                        {
                            renderer.EnsureLine();
                        }

                        renderer.WriteLine("</dd>");
                        lastWasSimpleParagraph = false;
                        definitionOpen = false;
                        definitions = 0;
                    }

                    renderer.WriteStartTag("dt");
                    renderer.WriteAttributesOf(term);
                    renderer.Write('>');
                    renderer.WriteInlines(term.Inline);
                    renderer.WriteLine("</dt>");
                }
                else
                {
                    if (!definitionOpen)
                    {
                        renderer.WriteStartTag("dd");
                        renderer.WriteAttributesOf(item);
                        renderer.Write('>');
                        definitions = 0;
                        definitionOpen = true;
                    }

                    var next = i + 1 < item.Count ? item[i + 1] : null;
                    var simpleParagraph = (next is null || next is DefinitionItem) && definitions == 0 && termOrContent is ParagraphBlock;
                    // Markdig 1.6.0 sets this either way (its later sources keep an outer implicit paragraph).
                    var implicitParagraph = renderer.ImplicitParagraph;
                    renderer.ImplicitParagraph = simpleParagraph;
                    if (simpleParagraph)
                    {
                        lastWasSimpleParagraph = true;
                    }

                    renderer.Write(termOrContent);
                    renderer.ImplicitParagraph = implicitParagraph;
                    definitions++;
                }
            }

            if (definitionOpen)
            {
                if (!lastWasSimpleParagraph)
                {
                    renderer.EnsureLine();
                }

                renderer.WriteLine("</dd>");
            }
        }

        renderer.EnsureLine();
        renderer.WriteLine("</dl>");
    }
}
