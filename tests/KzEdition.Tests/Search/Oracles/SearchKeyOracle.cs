using System.Text;

namespace KzEdition.Tests.Search.Oracles;

/// <summary>
/// The form a stem is filed under in the search index, and a query word looked up by: lower-case
/// ASCII, Kazakh letters folded to their base (ә→a, ғ→g, қ→k, ң→n, ө→o, ұ ү→u, һ→h, і→i), the
/// other Cyrillic letters to the Latin a reader would type (ж→j, ш→sh, ч→ch, ы→y, я→ia), and
/// the 2021 Latin letters folded the same way (ä→a, ğ→g, q→k, ñ→n, ş→sh). So "Қазақстан",
/// "казакстан", "Qazaqstan" and "kazakstan" are one key. The browser's search.js folds queries
/// with the same table (tested on every word of the edition).
/// </summary>
/// <remarks>Test-only copy of the search key before it was made faster: the oracle the new one is compared with, word for word.</remarks>
public static class SearchKeyOracle
{
    private static readonly Dictionary<char, string> Fold = new()
    {
        ['а'] = "a", ['ә'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['ж'] = "j", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['қ'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n",
        ['ң'] = "n", ['о'] = "o", ['ө'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "u",
        ['ү'] = "u", ['ф'] = "f", ['х'] = "h", ['һ'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sh", ['ъ'] = "",
        ['ы'] = "y", ['і'] = "i", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
        ['ä'] = "a", ['ğ'] = "g", ['q'] = "k", ['ñ'] = "n", ['ö'] = "o", ['ū'] = "u", ['ü'] = "u", ['ı'] = "i", ['ş'] = "sh",
        ['ç'] = "ch", ['-'] = "", ['‑'] = "",
    };

    /// <summary>The key of a word or stem (any case).</summary>
    public static string Of(string word)
    {
        var key = new StringBuilder(word.Length + 2);
        foreach (var c in word.ToLowerInvariant())
        {
            if (Fold.TryGetValue(c, out var folded))
            {
                key.Append(folded);
            }
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }
}
