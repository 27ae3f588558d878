using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Kazakh Cyrillic in the official Latin alphabet of January 2021 (31 letters: A Ä B D E F G Ğ H I İ
/// J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z).
/// </summary>
/// <remarks>
/// The letters of the Cyrillic alphabet the Latin one has no letter for are written:
/// ё → io, ц → ts, ч → ch, щ → şş, ъ and ь → nothing, э → e, ю → iu, я → ia. Only ч needs a
/// letter the 31 do not have (c): it occurs in loanwords alone, and "ch" is how readers know them.
/// И and Й both become İ/i and І becomes I/ı, as the 2021 table has it (кісі → kısı, үйіне → üiıne).
/// Capitals: a two-letter spelling is all capitals inside a word set in capitals (ЧЕХ → CHEH),
/// else only its first letter (Чех → Cheh). The i of ё, ю, я is that of и, so its capital is İ
/// (Яғни → İağni, Ядролық → İadrolyq). Other characters are left as they are, save that the result
/// is in NFC (<see cref="Composed"/>): НА́ТО is NÁTO with one Á, not A and a combining acute.
/// </remarks>
public static class KazakhLatin
{
    /// <summary>The lower-case table; <see cref="Transliterate"/> derives the capitals.</summary>
    public static IReadOnlyDictionary<char, string> Table { get; } = new Dictionary<char, string>
    {
        ['а'] = "a", ['ә'] = "ä", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "ğ", ['д'] = "d",
        ['е'] = "e", ['ж'] = "j", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['қ'] = "q",
        ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "ñ", ['о'] = "o", ['ө'] = "ö", ['п'] = "p",
        ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "ū", ['ү'] = "ü", ['ф'] = "f",
        ['х'] = "h", ['һ'] = "h", ['ш'] = "ş", ['ы'] = "y", ['і'] = "ı",
        // Outside the 2021 alphabet: written by these rules.
        ['ё'] = "io", ['ц'] = "ts", ['ч'] = "ch", ['щ'] = "şş", ['ъ'] = "", ['ь'] = "", ['э'] = "e",
        ['ю'] = "iu", ['я'] = "ia",
    };

    // Every letter of the table and its capital lies in the Cyrillic block U+0400–U+04FF (and no
    // character outside it lower-cases into the table), so the spellings are looked up by offset.
    private const char FirstCyrillic = '\u0400';
    private const int CyrillicBlockSize = 0x100;

    /// <summary>Each letter's spelling in running text: lower case, or the capital of a capital letter.</summary>
    private static readonly string?[] Spellings = new string?[CyrillicBlockSize];

    /// <summary>A capital's spelling inside a word set in capitals, where that differs (Ч → CH, not Ch).</summary>
    private static readonly string?[] SpellingsInCapitals = new string?[CyrillicBlockSize];

    static KazakhLatin()
    {
        for (var i = 0; i < CyrillicBlockSize; i++)
        {
            var c = (char)(FirstCyrillic + i);
            var lower = char.ToLowerInvariant(c);
            if (!Table.TryGetValue(lower, out var spelling))
            {
                continue;
            }

            if (c == lower || spelling.Length == 0)
            {
                Spellings[i] = spelling;
            }
            else if (lower is 'и' or 'й')
            {
                Spellings[i] = "İ"; // The capital of dotted i.
            }
            else if (lower == 'і')
            {
                Spellings[i] = "I"; // The capital of dotless ı.
            }
            else
            {
                // ё, ю, я are written with the i of и (я → ia), so their capital opens with its
                // capital İ, not with I, the capital of ı (Яғни → İağni, ЮНЕСКО → İUNESKO).
                var first = spelling[0] == 'i' ? "İ" : char.ToUpperInvariant(spelling[0]).ToString();
                Spellings[i] = first + spelling[1..];
                if (spelling.Length > 1)
                {
                    SpellingsInCapitals[i] = first + spelling[1..].ToUpperInvariant();
                }
            }
        }
    }

    public static string Transliterate(string text)
    {
        var latin = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Spell(text, i) is { } spelling)
            {
                latin.Append(spelling);
            }
            else
            {
                latin.Append(text[i]);
            }
        }

        return Composed(latin.ToString());
    }

    /// <summary>
    /// <paramref name="latin"/> with its letters and combining marks composed as in Unicode
    /// Normalization Form C (<see cref="LatinComposition"/>). The Cyrillic text is in NFC (the
    /// sources are read so), but its Latin need not be: a Cyrillic letter with a combining mark that
    /// has no precomposed form (А and U+0301, the stress of НА́ТО) becomes a Latin letter that has
    /// one (Á). Web text is to be in NFC (W3C Character Model: String Matching), and the Nu HTML
    /// checker warns of a text run that is not.
    /// </summary>
    public static string Composed(string latin) => LatinComposition.Compose(latin);

    /// <summary>Whether <see cref="Transliterate"/> writes <paramref name="c"/> otherwise (a letter of the table, small or capital).</summary>
    public static bool Changes(char c) => (uint)(c - FirstCyrillic) < CyrillicBlockSize && Spellings[c - FirstCyrillic] is not null;

    /// <summary>
    /// The Latin spelling of the character at <paramref name="index"/> of <paramref name="text"/>, or
    /// null when <see cref="Transliterate"/> leaves it as it is. The text around it decides a
    /// two-letter capital (<see cref="InCapitals"/>), so callers that write a text piece by piece
    /// (an HTML text node between character references) pass the whole text.
    /// </summary>
    public static string? Spell(ReadOnlySpan<char> text, int index)
    {
        var offset = (uint)(text[index] - FirstCyrillic);
        if (offset >= CyrillicBlockSize || Spellings[offset] is not { } spelling)
        {
            return null;
        }

        return SpellingsInCapitals[offset] is { } inCapitals && InCapitals(text, index) ? inCapitals : spelling;
    }

    /// <summary>Whether the letter at <paramref name="index"/> stands in a word set in capitals (a neighbouring letter is a capital).</summary>
    private static bool InCapitals(ReadOnlySpan<char> text, int index) =>
        (index + 1 < text.Length && char.IsLetter(text[index + 1]) && char.IsUpper(text[index + 1])) ||
        (index > 0 && char.IsLetter(text[index - 1]) && char.IsUpper(text[index - 1]));
}
