using System.Text.RegularExpressions;

namespace KzEdition.Text;

/// <summary>
/// The spaces of running text as a printed page needs them, for the print edition only (the web
/// pages and search keep the text as it is): a no-break space between initials and the surname
/// after them (Н.Ә. Назарбаев, Дж. Робертсон), after № and §, and before a spaced dash; and soft
/// hyphens where a word may break (<see cref="Hyphenation"/>), for justified lines. An acronym
/// with its case ending (НАТО-ның) is told by <see cref="IsAcronymWithEnding"/>, for the print
/// rendering to keep it on one line: not by U+2011, which PT Serif has no glyph for (Chromium
/// took it from DejaVu Serif, a hyphen of another face).
/// </summary>
public static partial class PrintTypography
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>The no-break spaces and the soft hyphens of running text.</summary>
    public static string Apply(string text) => text.Length < 2 ? text : Hyphenation.Insert(Spaces(text));

    /// <summary>
    /// The no-break spaces alone, for text set ragged, where no word needs to break (a citation):
    /// after initials, after № and §, before a spaced dash.
    /// </summary>
    public static string Spaces(string text)
    {
        if (text.Length < 2)
        {
            return text;
        }

        text = AfterInitial().Replace(text, "\u00A0");
        text = AfterSign().Replace(text, "$1\u00A0");
        return BeforeDash().Replace(text, "\u00A0");
    }

    /// <summary>Whether the text is an acronym and its ending after a hyphen, and nothing else (НАТО-ның, ЕО-ның; not НАТО-ның Парламенттік ассамблеясы, which must wrap).</summary>
    public static bool IsAcronymWithEnding(string text) => AcronymEnding().IsMatch(text);

    /// <summary>
    /// The space after an initial (one capital, or a capital and a small letter: Дж.) that stands as
    /// a word of its own, before a capitalised word: not a sentence's end after an acronym (НАТО. Қазақстан).
    /// </summary>
    [GeneratedRegex(@"(?<=(?:^|[\s.(«""])\p{Lu}\p{Ll}?\.)[ \t]+(?=\p{Lu}\p{Ll})")]
    private static partial Regex AfterInitial();

    [GeneratedRegex(@"([№§])[ \t]+")]
    private static partial Regex AfterSign();

    /// <summary>The space before a dash that stands between spaces (a hyphen typed as a dash included).</summary>
    [GeneratedRegex(@"[ \t]+(?=[-–—][ \t])")]
    private static partial Regex BeforeDash();

    /// <summary>An acronym (two capitals or more), a hyphen, the small letters of its ending.</summary>
    [GeneratedRegex(@"^\p{Lu}{2,}-\p{Ll}+$")]
    private static partial Regex AcronymEnding();
}
