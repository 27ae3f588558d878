using System.Globalization;
using KzEdition.Model;
using KzEdition.Text;
using Markdig;

namespace KzEdition.Markdown.Extensions.CitationLinks;

/// <summary>
/// What an article's citation markers link to: the entries of its reference list (<c>#ref-N</c>),
/// or, when its source gives none, the note that says so (<c>#no-references</c>). Given to the
/// parser per document, in its <see cref="MarkdownParserContext"/>.
/// </summary>
/// <param name="ReferenceCount">How many entries the article's reference list has.</param>
/// <param name="HasNoReferencesNote">Whether the article carries the editors' note that the source prints no reference list.</param>
public sealed record CitationFacts(int ReferenceCount, bool HasNoReferencesNote)
{
    private static readonly object PropertyKey = typeof(CitationFacts);

    /// <summary>The facts of <paramref name="article"/>.</summary>
    public static CitationFacts Of(Article article) =>
        new(article.References.Length, article.Notes.Any(n => n.Kind == "no-references"));

    /// <summary>Whether markers are linked at all: an article with neither a list nor the note keeps them as text.</summary>
    public bool LinksMarkers => ReferenceCount > 0 || HasNoReferencesNote;

    /// <summary>
    /// The id a marker links to: its first number's entry when the list has it; else the note,
    /// when there is one; else the list's last entry.
    /// </summary>
    public string TargetOf(string marker)
    {
        var number = CitationMarkers.FirstNumber(marker);
        return number >= 1 && number <= ReferenceCount ? "ref-" + number.ToString(CultureInfo.InvariantCulture)
            : HasNoReferencesNote ? "no-references"
            : "ref-" + ReferenceCount.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A parser context that carries these facts to <see cref="CitationLinkExtension"/>.</summary>
    public MarkdownParserContext ToParserContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[PropertyKey] = this;
        return context;
    }

    /// <summary>The facts a parser context carries, if any.</summary>
    public static CitationFacts? In(MarkdownParserContext? context) =>
        context is not null && context.Properties.TryGetValue(PropertyKey, out var facts) ? facts as CitationFacts : null;
}
