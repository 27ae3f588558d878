using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Lists as Markdig's <c>ListRenderer</c> writes them, attributes serialized as the HTML standard does.</summary>
public sealed class StandardListRenderer : EditionObjectRenderer<ListBlock>
{
    protected override void Write(EditionHtmlRenderer renderer, ListBlock listBlock)
    {
        renderer.EnsureLine();
        if (listBlock.IsOrdered)
        {
            renderer.WriteStartTag("ol");
            if (listBlock.BulletType != '1')
            {
                renderer.WriteAttribute("type", [listBlock.BulletType]);
            }

            if (listBlock.OrderedStart is not null && listBlock.OrderedStart != "1")
            {
                renderer.WriteAttribute("start", listBlock.OrderedStart);
            }
        }
        else
        {
            renderer.WriteStartTag("ul");
        }

        renderer.WriteAttributesOf(listBlock);
        renderer.WriteLine('>');
        foreach (var block in listBlock)
        {
            var item = (ListItemBlock)block;
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = !listBlock.IsLoose;
            renderer.EnsureLine();
            renderer.WriteStartTag("li");
            renderer.WriteAttributesOf(item);
            renderer.Write('>');
            renderer.WriteChildren(item);
            renderer.WriteLine("</li>");
            renderer.EnsureLine();
            renderer.ImplicitParagraph = implicitParagraph;
        }

        renderer.WriteLine(listBlock.IsOrdered ? "</ol>" : "</ul>");
        renderer.EnsureLine();
    }
}
