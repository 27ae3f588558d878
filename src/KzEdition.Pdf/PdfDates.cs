using System.Text;
using System.Text.RegularExpressions;

namespace KzEdition.Pdf;

/// <summary>
/// Makes a PDF's document dates the edition's, not the moment it was printed: Chromium writes the
/// time of printing as <c>/CreationDate</c> and <c>/ModDate</c>, which would make every run's PDF
/// differ. With edition.yml's <c>date</c> they become that date; without one they are blanked out.
/// Either way byte for byte the same length, so the file's cross-reference offsets stay right.
/// </summary>
public static partial class PdfDates
{
    public static byte[] Fix(byte[] pdf, string? isoDate)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var replacement = isoDate is { Length: >= 10 } && DateOnly.TryParse(isoDate[..10], System.Globalization.CultureInfo.InvariantCulture, out var day)
            ? $"{day:yyyyMMdd}000000"
            : null;
        var fixedText = DateEntry().Replace(text, match =>
        {
            if (replacement is null)
            {
                return new string(' ', match.Length);
            }

            var digits = match.Groups["digits"];
            var start = digits.Index - match.Index;
            return string.Concat(match.Value.AsSpan(0, start), replacement, match.Value.AsSpan(start + digits.Length));
        });
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\(D:(?<digits>\d{14})[^)]*\)")]
    private static partial Regex DateEntry();
}
