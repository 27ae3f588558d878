using System.Globalization;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.ParagraphNumbers;

/// <summary>
/// The number of a body paragraph, which readers cite it by (<c>#p12</c>): attached to each
/// paragraph of the document's top level, in reading order (<see cref="ParagraphNumberer"/>).
/// Paragraphs in lists, quotes and tables are not body paragraphs and have none.
/// </summary>
public sealed record ParagraphNumber(int Value)
{
    private static readonly object DataKey = typeof(ParagraphNumber);

    /// <summary>The paragraph's id: <c>p12</c>.</summary>
    public string Id => "p" + Text;

    /// <summary>The number as shown: <c>12</c>.</summary>
    public string Text => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number of <paramref name="paragraph"/>, if it is a body paragraph.</summary>
    public static ParagraphNumber? Of(ParagraphBlock paragraph) => paragraph.GetData(DataKey) as ParagraphNumber;

    internal void AttachTo(ParagraphBlock paragraph) => paragraph.SetData(DataKey, this);
}
