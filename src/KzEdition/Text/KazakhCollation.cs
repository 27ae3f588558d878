namespace KzEdition.Text;

/// <summary>
/// Orders words as a Kazakh index does: digits, then the Kazakh Cyrillic alphabet in its own order
/// (а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я),
/// then Latin; case and stress marks decide only ties. Written out rather than left to ICU, whose
/// Kazakh rules depend on the machine's ICU version: the index must sort the same everywhere.
/// </summary>
public sealed class KazakhCollation : IComparer<string>
{
    private const string Alphabet = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

    public static KazakhCollation Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var a = WordTokens.KeyOf(x);
        var b = WordTokens.KeyOf(y);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var byLetter = Rank(a[i]).CompareTo(Rank(b[i]));
            if (byLetter != 0)
            {
                return byLetter;
            }
        }

        var byLength = a.Length.CompareTo(b.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    /// <summary>The first letter of a word as an index heads its section: Ә for Әуезов, A for ISAF → I.</summary>
    public static string Initial(string word)
    {
        var key = WordTokens.KeyOf(word);
        var letter = key.FirstOrDefault(char.IsLetterOrDigit);
        return letter == default ? "#" : char.IsDigit(letter) ? "0–9" : char.ToUpperInvariant(letter).ToString();
    }

    /// <summary>Spaces and punctuation first, then digits, the Kazakh alphabet, Latin, anything else by code point.</summary>
    private static int Rank(char c)
    {
        if (!char.IsLetterOrDigit(c))
        {
            return c;
        }

        if (char.IsDigit(c))
        {
            return 0x10000 + c;
        }

        var kazakh = Alphabet.IndexOf(c, StringComparison.Ordinal);
        if (kazakh >= 0)
        {
            return 0x20000 + kazakh;
        }

        return c is >= 'a' and <= 'z' ? 0x30000 + c : 0x40000 + c;
    }
}
