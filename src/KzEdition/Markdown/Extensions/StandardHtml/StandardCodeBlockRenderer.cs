using System.Collections.Frozen;
using System.Text;
using KzEdition.Markdown.Rendering;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Code blocks as Markdig's <see cref="CodeBlockRenderer"/> writes them (with its settings: the
/// diagram languages written as <c>div</c> or <c>pre</c>), their text serialized as the HTML standard does.
/// </summary>
public sealed class StandardCodeBlockRenderer : EditionObjectRenderer<CodeBlock>
{
    private readonly FrozenSet<string> _special;
    private readonly FrozenDictionary<string, string> _mapping;
    private readonly bool _attributesOnPre;

    public StandardCodeBlockRenderer(CodeBlockRenderer? settings)
    {
        _mapping = (settings?.BlockMapping ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _special = (settings?.BlocksAsDiv ?? []).Concat(_mapping.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _attributesOnPre = settings?.OutputAttributesOnPre ?? false;
    }

    protected override void Write(EditionHtmlRenderer renderer, CodeBlock obj)
    {
        renderer.EnsureLine();
        if (obj is FencedCodeBlock { Info: string info } && _special.Contains(info))
        {
            var infoPrefix = (obj.Parser as FencedCodeBlockParser)?.InfoPrefix ?? FencedCodeBlockParser.DefaultInfoPrefix;
            var element = _mapping.TryGetValue(info, out var mapped) ? mapped : "div";
            renderer.WriteStartTag(element);
            renderer.WriteAttributesOf(obj, c => c.StartsWith(infoPrefix, StringComparison.Ordinal) ? c[infoPrefix.Length..] : c);
            renderer.Write('>');
            // A diagram's lines are not code to the DOM: a text node of the running text.
            var lines = Lines(obj);
            renderer.WriteTextNode(lines, endsLine: lines.Length > 0);
            renderer.Write("</").Write(element).WriteLine(">");
        }
        else
        {
            renderer.WriteStartTag("pre");
            if (_attributesOnPre)
            {
                renderer.WriteAttributesOf(obj);
            }

            renderer.Write('>');
            renderer.WriteStartTag("code");
            if (!_attributesOnPre)
            {
                renderer.WriteAttributesOf(obj);
            }

            renderer.Write('>');
            WriteLines(renderer, obj);
            renderer.WriteLine("</code></pre>");
        }

        renderer.EnsureLine();
    }

    /// <summary>The block's lines, each as text and a line end (Markdig's WriteLeafRawLines).</summary>
    internal static void WriteLines(EditionHtmlRenderer renderer, LeafBlock block)
    {
        var slices = block.Lines.Lines;
        if (slices is null)
        {
            return;
        }

        for (var i = 0; i < slices.Length; i++)
        {
            var slice = slices[i].Slice;
            if (slice.Text is null)
            {
                break;
            }

            renderer.WriteText(slice.AsSpan());
            renderer.WriteLine();
        }
    }

    /// <summary>The block's lines, each ended by a line feed, as one string.</summary>
    internal static string Lines(LeafBlock block)
    {
        var text = new StringBuilder();
        var slices = block.Lines.Lines;
        for (var i = 0; slices is not null && i < slices.Length; i++)
        {
            var slice = slices[i].Slice;
            if (slice.Text is null)
            {
                break;
            }

            text.Append(slice.AsSpan()).Append('\n');
        }

        return text.ToString();
    }
}
