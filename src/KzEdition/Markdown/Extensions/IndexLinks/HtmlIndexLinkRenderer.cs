using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Markdown.Rendering;
using KzEdition.Site;
using KzEdition.Text;

namespace KzEdition.Markdown.Extensions.IndexLinks;

/// <summary>
/// Writes the running text of a body with the first mention of each indexed person, organisation,
/// place and acronym linked to its index entry: <c>&lt;a class="term" href="…#id"&gt;</c>, and an
/// acronym with a known expansion also marked <c>&lt;abbr title="expansion"&gt;</c> (НАТО-ның: the
/// abbreviation is НАТО, the ending stays outside it). Mentions are found in each text node as a
/// whole (<see cref="TermMatcher"/>), first mentions counted across the whole body in reading
/// order. The words are unchanged: only elements are added around them.
/// In the print edition (<see cref="BodyRenderOptions.PrintPrefix"/>) there is nothing to link to:
/// every mention instead gets an anchor of its own, numbered in reading order
/// (<c>&lt;span class="ix" id="a-slug--ix-7" data-ix="Person/nazarbaev"&gt;</c>), so that the index
/// can give the page each mention is printed on; and its text is set as print needs it
/// (<see cref="PrintTypography"/>: no-break spaces; an acronym with its ending kept on one line).
/// </summary>
public sealed class HtmlIndexLinkRenderer : RunningTextRenderer
{
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private IndexLinkOptions? _options;
    private bool _anchors;
    private int _mentions;

    public override void Begin(BodyRenderOptions options)
    {
        _options = options.IndexLinks;
        _anchors = options.PrintPrefix is not null;
        _linked.Clear();
        _mentions = 0;
    }

    public override void Write(EditionHtmlRenderer renderer, string text)
    {
        if (_options is not { } options)
        {
            renderer.WriteText(_anchors ? PrintTypography.Apply(text) : text);
            return;
        }

        var position = 0;
        if (_anchors)
        {
            // Mentions are found in the text as it is; the print typography applies to what is written.
            foreach (var match in options.Links.Matches(text, options.Lang))
            {
                renderer.WriteText(PrintTypography.Apply(text[position..match.Start]));
                WriteAnchor(renderer, match.Entry, PrintTypography.Apply(text.Substring(match.Start, match.Length)));
                position = match.Start + match.Length;
            }

            renderer.WriteText(PrintTypography.Apply(text[position..]));
            return;
        }

        foreach (var match in options.Links.Matches(text, options.Lang))
        {

            if (!_linked.Add(match.Entry))
            {
                continue;
            }

            renderer.WriteText(text.AsSpan(position, match.Start - position));
            WriteLink(renderer, options, options.Links.Entry(match.Entry), text.Substring(match.Start, match.Length), match.Stem);
            position = match.Start + match.Length;
        }

        renderer.WriteText(text.AsSpan(position));
    }

    private void WriteAnchor(EditionHtmlRenderer renderer, string entry, string mention)
    {
        renderer.WriteStartTag("span");
        // An acronym and its ending (НАТО-ның) stay on one line (print.css: .nobr).
        renderer.WriteAttribute("class", PrintTypography.IsAcronymWithEnding(mention) ? "ix nobr" : "ix");
        renderer.WriteAttribute("id", "ix-" + (++_mentions).ToString(System.Globalization.CultureInfo.InvariantCulture)); // the renderer prefixes it with the article's id
        renderer.WriteAttribute("data-ix", entry);
        renderer.Write('>');
        renderer.WriteText(mention);
        renderer.Write("</span>");
    }

    private static void WriteLink(EditionHtmlRenderer renderer, IndexLinkOptions options, IndexEntry entry, string mention, int stem)
    {
        var href = renderer.FollowLink(options.Root + SitePaths.IndexEntry(entry.Type, entry.Id));
        if (href is not null)
        {
            renderer.WriteStartTag("a");
            renderer.WriteAttribute("class", "term");
            renderer.WriteAttribute("href", href);
            renderer.Write('>');
        }

        if (Expansion(entry, mention[..stem]) is { } expansion)
        {
            renderer.WriteStartTag("abbr");
            renderer.WriteAttribute("title", expansion);
            renderer.Write('>');
            renderer.WriteText(mention.AsSpan(0, stem));
            renderer.Write("</abbr>");
            renderer.WriteText(mention.AsSpan(stem));
        }
        else
        {
            renderer.WriteText(mention);
        }

        if (href is not null)
        {
            renderer.Write("</a>");
        }
    }

    /// <summary>What an acronym stands for: an acronym entry's expansion, or the name of the entry an acronym of it names.</summary>
    private static string? Expansion(IndexEntry entry, string mention)
    {
        if (!WordTokens.IsCapitals(mention))
        {
            return null;
        }

        return entry.Type == TermType.Acronym ? entry.Expansion
            : entry.Acronyms.Any(a => WordTokens.KeyOf(a) == WordTokens.KeyOf(mention)) ? entry.Name : null;
    }
}
