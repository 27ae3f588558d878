using KzEdition.Markdown.Rendering;
using Markdig;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Footers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Makes an <see cref="EditionHtmlRenderer"/> write HTML as the HTML standard serializes it: each of
/// Markdig's HTML renderers (core and the advanced extensions') is replaced by a twin that writes
/// the same elements with text and attributes escaped by the standard (<see cref="HtmlSerialization"/>),
/// void elements without " /", and inline content as the DOM's text nodes
/// (<see cref="EditionHtmlRenderer.WriteInlines"/>). Other renderers (a plain <c>HtmlRenderer</c>
/// for the edition's own pages) are left as Markdig made them.
/// </summary>
/// <remarks>
/// Add it last: its setup finds the renderers of the extensions before it by their type and takes
/// over their settings (the emphasis tags of the extras, the diagram languages of code blocks,
/// the media-link writer of images, the alert titles).
/// </remarks>
public sealed class StandardHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not EditionHtmlRenderer edition)
        {
            return;
        }

        var renderers = edition.ObjectRenderers;
        Replace<CodeBlockRenderer, CodeBlock>(renderers, old => new StandardCodeBlockRenderer(old));
        Replace<ListRenderer, ListBlock>(renderers, _ => new StandardListRenderer());
        Replace<HeadingRenderer, HeadingBlock>(renderers, _ => new StandardHeadingRenderer());
        Replace<ParagraphRenderer, ParagraphBlock>(renderers, _ => new StandardParagraphRenderer());
        Replace<QuoteBlockRenderer, QuoteBlock>(renderers, _ => new StandardQuoteBlockRenderer());
        Replace<ThematicBreakRenderer, ThematicBreakBlock>(renderers, _ => new StandardThematicBreakRenderer());
        Replace<AutolinkInlineRenderer, Markdig.Syntax.Inlines.AutolinkInline>(renderers, old => new StandardAutolinkRenderer(old.Rel));
        Replace<CodeInlineRenderer, Markdig.Syntax.Inlines.CodeInline>(renderers, _ => new StandardCodeInlineRenderer());
        Replace<EmphasisInlineRenderer, Markdig.Syntax.Inlines.EmphasisInline>(renderers, old => new StandardEmphasisRenderer(old.GetTag));
        Replace<LinkInlineRenderer, Markdig.Syntax.Inlines.LinkInline>(renderers, old => new StandardLinkRenderer(old.Rel));
        Replace<HtmlTableRenderer, Table>(renderers, _ => new StandardTableRenderer());
        Replace<HtmlCustomContainerRenderer, CustomContainer>(renderers, _ => new StandardCustomContainerRenderer());
        Replace<HtmlCustomContainerInlineRenderer, CustomContainerInline>(renderers, _ => new StandardCustomContainerInlineRenderer());
        Replace<HtmlAbbreviationRenderer, AbbreviationInline>(renderers, _ => new StandardAbbreviationRenderer());
        Replace<HtmlMathInlineRenderer, MathInline>(renderers, _ => new StandardMathInlineRenderer());
        Replace<HtmlMathBlockRenderer, MathBlock>(renderers, _ => new StandardMathBlockRenderer());
        Replace<HtmlTaskListRenderer, TaskList>(renderers, _ => new StandardTaskListRenderer());
        Replace<AlertBlockRenderer, AlertBlock>(renderers, old => new StandardAlertBlockRenderer(old.RenderKind));
        Replace<HtmlFootnoteGroupRenderer, FootnoteGroup>(renderers, old => new StandardFootnoteGroupRenderer(old.GroupClass));
        Replace<HtmlFootnoteLinkRenderer, FootnoteLink>(renderers, old => new StandardFootnoteLinkRenderer(old.FootnoteLinkClass, old.FootnoteBackLinkClass, old.BackLinkString));
        Replace<HtmlFigureRenderer, Figure>(renderers, _ => new StandardFigureRenderer());
        Replace<HtmlFigureCaptionRenderer, FigureCaption>(renderers, _ => new StandardFigureCaptionRenderer());
        Replace<HtmlFooterBlockRenderer, FooterBlock>(renderers, _ => new StandardFooterRenderer());
        Replace<HtmlDefinitionListRenderer, DefinitionList>(renderers, _ => new StandardDefinitionListRenderer());

        // Literals, entities, line breaks and unmatched delimiters keep Markdig's renderers: they
        // are written as text nodes by WriteInlines, which every inline container's renderer here uses.
    }

    /// <summary>Puts <paramref name="make"/>'s renderer in the place of Markdig's, with the writers other extensions gave it (media links).</summary>
    private static void Replace<TMarkdig, TObject>(ObjectRendererCollection renderers, Func<TMarkdig, EditionObjectRenderer<TObject>> make)
        where TMarkdig : HtmlObjectRenderer<TObject>
        where TObject : MarkdownObject
    {
        if (renderers.FindExact<TMarkdig>() is not { } markdig)
        {
            return;
        }

        var replacement = make(markdig);
        replacement.TryWriters.AddRange(markdig.TryWriters);
        renderers[renderers.IndexOf(markdig)] = replacement;
    }
}
