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

    /// <summary>The first reference number a marker names: 1 for "[1, 18-19 б.]".</summary>
    public static int FirstNumber(string marker) => int.Parse(FirstDigits().Match(marker).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstDigits();
}
