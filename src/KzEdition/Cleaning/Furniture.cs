using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>Recognises lines that are page furniture rather than text.</summary>
public static partial class Furniture
{
    public const string PageNumberLine = "page number";

    public const string SeparatorLine = "separator line";

    /// <summary>Why the line is furniture, or null when it is text.</summary>
    public static string? Classify(string line)
    {
        var trimmed = line.Trim();
        if (PageNumber().IsMatch(trimmed))
        {
            return PageNumberLine;
        }

        if (Separator().IsMatch(trimmed))
        {
            return SeparatorLine;
        }

        return null;
    }

    /// <summary>A line holding a bare URL and nothing else: a footnote the extraction moved between pages.</summary>
    public static bool IsStrayFootnote(string line) => BareUrl().IsMatch(line.Trim());

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[_\-–—=*·.]{5,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$")]
    private static partial Regex BareUrl();
}
