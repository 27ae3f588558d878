namespace KzEdition.Search;

/// <summary>
/// The form a stem is filed under in the search index, and a query word looked up by: lower-case
/// ASCII, Kazakh letters folded to their base (ә→a, ғ→g, қ→k, ң→n, ө→o, ұ ү→u, һ→h, і→i), the
/// other Cyrillic letters to the Latin a reader would type (ж→j, ш→sh, ч→ch, ы→y, я→ia), and
/// the 2021 Latin letters folded the same way (ä→a, ğ→g, q→k, ñ→n, ş→sh). So "Қазақстан",
/// "казакстан", "Qazaqstan" and "kazakstan" are one key. The browser's search.js folds queries
/// with the same table (tested on every word of the edition).
/// </summary>
public static class SearchKey
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

    /// <summary>
    /// The folded form of every character below U+0500 (ASCII, Latin, Cyrillic), lower-cased first
    /// as <see cref="Text.InvariantCase"/> does: the key is then one table read a character. Made
    /// once from <see cref="Fold"/>, so the table above stays the one definition.
    /// </summary>
    private static readonly string[] FoldedBelow0500 = [.. Enumerable.Range(0, 0x500).Select(c => FoldOf((char)c))];

    /// <summary>No character folds to more than two letters (ш → sh).</summary>
    private const int MaxFoldedLength = 2;

    /// <summary>Keys of words up to this length are made on the stack.</summary>
    private const int StackLength = 256;

    /// <summary>The key of a word or stem (any case).</summary>
    public static string Of(string word)
    {
        var length = word.Length * MaxFoldedLength;
        var key = length <= StackLength ? stackalloc char[length] : new char[length];
        var written = 0;
        foreach (var c in word)
        {
            // A surrogate is never kept: lower-cased, a pair is another pair, which folds to nothing.
            var folded = c < FoldedBelow0500.Length ? FoldedBelow0500[c] : char.IsSurrogate(c) ? "" : FoldOf(c);
            folded.CopyTo(key[written..]);
            written += folded.Length;
        }

        return new string(key[..written]);
    }

    /// <summary>What one character adds to a key: its lower case folded, itself if an ASCII letter or digit, or nothing.</summary>
    private static string FoldOf(char c)
    {
        var lower = Text.InvariantCase.Lower(c);
        return Fold.TryGetValue(lower, out var folded) ? folded
            : lower is >= 'a' and <= 'z' or >= '0' and <= '9' ? lower.ToString()
            : "";
    }
}
