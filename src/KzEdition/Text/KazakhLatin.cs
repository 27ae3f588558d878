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
/// else only its first letter (Чех → Cheh). Other characters are left as they are.
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

    public static string Transliterate(string text)
    {
        var latin = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            if (!Table.TryGetValue(lower, out var spelling))
            {
                latin.Append(c);
                continue;
            }

            if (c == lower || spelling.Length == 0)
            {
                latin.Append(spelling);
            }
            else if (lower is 'и' or 'й')
            {
                latin.Append('İ'); // The capital of dotted i.
            }
            else if (lower == 'і')
            {
                latin.Append('I'); // The capital of dotless ı.
            }
            else if (spelling.Length > 1 && InCapitals(text, i))
            {
                latin.Append(spelling.ToUpperInvariant());
            }
            else
            {
                latin.Append(char.ToUpperInvariant(spelling[0])).Append(spelling.AsSpan(1));
            }
        }

        return latin.ToString();
    }

    /// <summary>Whether the letter at <paramref name="index"/> stands in a word set in capitals (a neighbouring letter is a capital).</summary>
    private static bool InCapitals(string text, int index) =>
        (index + 1 < text.Length && char.IsLetter(text[index + 1]) && char.IsUpper(text[index + 1])) ||
        (index > 0 && char.IsLetter(text[index - 1]) && char.IsUpper(text[index - 1]));
}
