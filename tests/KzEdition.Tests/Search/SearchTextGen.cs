using CsCheck;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>
/// Generated Kazakh- and Russian-ish text for the stemmers' property tests: the corpus's own words
/// and made-up roots with chains of the stemmer's suffixes and Russian endings after them, in
/// lower case, capitals or title case, with stress marks (precomposed and not), hyphens (-, ‑),
/// acronyms with endings, digits, Latin letters of the 2021 alphabet, and the odd characters a
/// text may hold (decomposed й and ё, soft and hard signs, Cyrillic combining marks, the Kelvin
/// sign, dotted İ, a letter outside the Basic Multilingual Plane).
/// </summary>
internal static class SearchTextGen
{
    private const string Letters = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

    private static readonly string[] Endings =
    [
        .. new[] { KazakhSuffixes.Person, KazakhSuffixes.Relative, KazakhSuffixes.Case, KazakhSuffixes.Possessive, KazakhSuffixes.Plural, KazakhSuffixes.Deverbal, KazakhSuffixes.Negation }
            .SelectMany(slot => slot.Select(suffix => suffix.Text)).Distinct(),
        "ами", "ями", "ов", "ев", "ом", "ей", "ий", "ый", "ая", "ого", "ему", "ость", "ост", "ейш", "ейше", "ивший", "ывшись", "ся", "сь", "ть", "нн", "ующ", "ешь",
    ];

    private static readonly Gen<string> CorpusWord = Gen.OneOf([.. RealCorpusWords.All]);

    private static readonly Gen<string> MadeUpRoot = Gen.Char[Letters].Array[1, 7].Select(letters => new string(letters));

    private static readonly Gen<string> Inflected = Gen.Select(
        Gen.Frequency((3, CorpusWord), (2, MadeUpRoot)),
        Gen.OneOf(Endings).Array[0, 4],
        (root, endings) => root + string.Concat(endings));

    private static readonly Gen<string> Odd = Gen.OneOf(
        "1990", "9-12", "2001–2003", "ХХ", "XXI", "ISAF", "Qazaqstan", "äğñöūüışç", "ÄĞÑÖŪÜŞÇ", "İstanbul", "\u212Aelvin", "и\u0306гі", "е\u0308л",
        "Ё", "ъ", "ь", "съезд", "Ӏ", "а\u0483б", "\U00010400x", "x\U0001F600", "ǅ", "ß", "ﬁ", "٣٤", "Ⅻ", "ա", "ẞ");

    /// <summary>A word as a text writes it.</summary>
    public static Gen<string> Word { get; } = Gen.Select(
        Gen.Frequency((6, CorpusWord), (6, Inflected), (1, Odd)),
        Gen.Int[0, 9],
        Gen.Int[0, 99],
        Dress);

    private static readonly Gen<string> Separator = Gen.OneOf(" ", " ", " ", ", ", ". ", " — ", " (", ") ", "\n", " «", "» ", " - ", "-", "‑", "/", "");

    /// <summary>A paragraph-ish run of words and separators.</summary>
    public static Gen<string> Text { get; } = Gen.Select(Word, Separator, (word, separator) => word + separator).Array[0, 60].Select(string.Concat);

    /// <summary>The word in one of the ways a text may dress it: case, stress mark, hyphen, ending after a hyphen (never splitting a surrogate pair).</summary>
    private static string Dress(string word, int how, int where)
    {
        var dressed = Dressed(word, how, where);
        return IsWellFormed(dressed) ? dressed : word;
    }

    private static string Dressed(string word, int how, int where)
    {
        var at = word.Length == 0 ? 0 : where % word.Length + 1;
        return how switch
        {
            0 => word.ToUpperInvariant(),
            1 => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..],
            2 => word.Insert(at, "\u0301"),
            3 => word.Insert(at, "\u0300"),
            4 => word.ToUpperInvariant()[..Math.Min(word.Length, 4)] + "-" + Endings[where % Endings.Length],
            5 => word.Insert(at, at % 2 == 0 ? "-" : "‑"),
            _ => word,
        };
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
