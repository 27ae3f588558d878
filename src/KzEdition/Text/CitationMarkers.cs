using System.Text.RegularExpressions;

namespace KzEdition.Text;

/// <summary>
/// The citation markers of Kazakh and Russian journals: [1], [1, 18-19 б.], [2; 5], /1/. One
/// pattern for the manifest's <c>citations</c> and for the links the pages make of them.
/// </summary>
public static partial class CitationMarkers
{
    [GeneratedRegex(@"\[\d+(?:\s*[,;–-]\s*\d+)*(?:,\s*[^\[\]]{1,30}?)?\]|(?<![\w/])/\d+(?:,\s*\d+)*/(?![\w/])")]
    public static partial Regex Pattern();

    /// <summary>
    /// The first reference number a marker names: 1 for "[1, 18-19 б.]". A number no list can have
    /// (past int's range, or written in another script's digits, which <see cref="Pattern"/>'s
    /// <c>\d</c> takes too) is <see cref="int.MaxValue"/>: the marker then links as one beyond the
    /// list does. int.Parse threw on both (found by the libFuzzer harness).
    /// </summary>
    public static int FirstNumber(string marker) =>
        int.TryParse(FirstDigits().Match(marker).ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : int.MaxValue;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex FirstDigits();
}
