using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.LinkSchemes;

/// <summary>
/// The rule of <see cref="LinkSchemeExtension"/>: links lead to http, https, mailto or a relative
/// address. Anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>, …) is
/// replaced by the link's text; an image by its description. Event-handler attributes
/// (<c>on…</c>) and attributes holding a refused address are dropped.
/// </summary>
public static class LinkSchemeFilter
{
    private static readonly object Key = typeof(LinkSchemeFilter);

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>Whether a link may lead to <paramref name="url"/>: a relative address, or http, https or mailto.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // As a browser reads it: tabs and line breaks removed, leading controls and spaces trimmed
        // ("java\tscript:" and " javascript:" are javascript: to it).
        var cleaned = string.Concat(url.Where(c => c is not ('\t' or '\n' or '\r')).SkipWhile(c => c <= ' '));
        var end = cleaned.IndexOfAny([':', '/', '?', '#', '\\']);
        if (end < 0 || cleaned[end] != ':')
        {
            return true; // no scheme: relative
        }

        var scheme = cleaned[..end];
        return AllowedSchemes.Any(s => string.Equals(s, scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What the filter refused in <paramref name="document"/>, in document order.</summary>
    public static IReadOnlyList<RefusedMarkup> Refused(MarkdownDocument document) =>
        document.GetData(Key) as IReadOnlyList<RefusedMarkup> ?? [];

    /// <summary>Filters a parsed document (a <c>DocumentProcessed</c> handler).</summary>
    public static void Filter(MarkdownDocument document)
    {
        var refused = new List<RefusedMarkup>();
        foreach (var node in document.Descendants().ToList())
        {
            DropUnsafeAttributes(node, refused);
            switch (node)
            {
                case LinkInline link when !IsAllowed(link.Url):
                    refused.Add(new RefusedMarkup(link.Line, link.Column, link.IsImage ? "an image from" : "a link to", link.Url!));
                    Unwrap(link);
                    break;
                case AutolinkInline autolink when !IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    refused.Add(new RefusedMarkup(autolink.Line, autolink.Column, "a link to", autolink.Url));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url) { Line = autolink.Line, Column = autolink.Column, Span = autolink.Span });
                    break;
            }
        }

        if (refused.Count > 0)
        {
            document.SetData(Key, refused.OrderBy(r => r.Line).ThenBy(r => r.Column).ToList());
        }
    }

    /// <summary>Puts a link's (or image's) inlines where the link was, without the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static void DropUnsafeAttributes(MarkdownObject node, List<RefusedMarkup> refused)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
        {
            return;
        }

        for (var i = properties.Count - 1; i >= 0; i--)
        {
            var (name, value) = (properties[i].Key, properties[i].Value);
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || !IsAllowed(value) || name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
            {
                var (line, column) = node is Inline inline ? (inline.Line, inline.Column) : node is Block block ? (block.Line, block.Column) : (0, 0);
                refused.Add(new RefusedMarkup(line, column, $"an attribute {name}=", value ?? ""));
                properties.RemoveAt(i);
            }
        }
    }
}
