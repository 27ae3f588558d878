using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KzEdition.Markdown.Rendering;

/// <summary>A renderer of one kind of node for the <see cref="EditionHtmlRenderer"/>, which the edition's extensions register only on it.</summary>
public abstract class EditionObjectRenderer<TObject> : HtmlObjectRenderer<TObject>
    where TObject : MarkdownObject
{
    protected sealed override void Write(HtmlRenderer renderer, TObject obj) => Write((EditionHtmlRenderer)renderer, obj);

    protected abstract void Write(EditionHtmlRenderer renderer, TObject obj);
}
