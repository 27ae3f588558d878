using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Soft hyphens (U+00AD) where a Kazakh or Russian word may break at a line end, for the print
/// edition: Chromium has no Kazakh hyphenation patterns, so <c>hyphens: auto</c> does nothing for
/// <c>kk</c>, and justified lines without breaks gape. The places are the typesetter's
/// (<see cref="Syllables.Breaks"/>): before the consonant that opens a syllable, never one or two
/// letters alone at a line's start, never in an acronym. Only Cyrillic words are broken; Latin
/// names, numbers and addresses are left whole.
/// </summary>
public static class Hyphenation
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>The text with a soft hyphen at every place a word of it may break; the text itself when there is none.</summary>
    public static string Insert(string text)
    {
        StringBuilder? hyphenated = null;
        var copied = 0;
        Span<int> breaks = stackalloc int[64];
        for (var i = 0; i < text.Length;)
        {
            if (!IsCyrillicLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsCyrillicLetter(text[i]))
            {
                i++;
            }

            // A word glued to Latin letters or digits (a code, a mixed-script name) is left whole.
            if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || (i < text.Length && char.IsLetterOrDigit(text[i])) || i - start > breaks.Length)
            {
                continue;
            }

            var count = Syllables.Breaks(text.AsSpan(start, i - start), breaks);
            if (count == 0)
            {
                continue;
            }

            hyphenated ??= new StringBuilder(text.Length + 16);
            hyphenated.Append(text, copied, start - copied);
            var at = start;
            foreach (var offset in breaks[..count])
            {
                hyphenated.Append(text, at, start + offset - at).Append(SoftHyphen);
                at = start + offset;
            }

            copied = at;
        }

        return hyphenated is null ? text : hyphenated.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The text without soft hyphens (what a reader of the words sees).</summary>
    public static string Remove(string text) => text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);

    private static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u04FF' && char.IsLetter(c);
}
