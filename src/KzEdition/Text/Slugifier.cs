using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Makes ASCII URL slugs from Kazakh and Russian titles: the official 2021 Kazakh Latin
/// alphabet, folded to ASCII (ä→a, ğ→g, ñ→n, ö→o, ş→s, ū→u, ü→u, ı→i).
/// </summary>
public static class Slugifier
{
    private const int MaxLength = 60;

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['ә'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "g", ['д'] = "d",
        ['е'] = "e", ['ё'] = "io", ['ж'] = "j", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k",
        ['қ'] = "q", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "n", ['о'] = "o", ['ө'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "u", ['ү'] = "u",
        ['ф'] = "f", ['х'] = "h", ['һ'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "s", ['щ'] = "ss",
        ['ъ'] = "", ['ы'] = "y", ['і'] = "i", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
    };

    public static string Slugify(string title)
    {
        var ascii = new StringBuilder(title.Length);
        // The table first (ё is "io", not е with a diaeresis), then what decomposition leaves.
        foreach (var c in string.Concat(title.ToLowerInvariant().Select(ch => Letters.ContainsKey(ch) ? ch.ToString() : ch.ToString().Normalize(NormalizationForm.FormD))))
        {
            if (Letters.TryGetValue(c, out var latin))
            {
                ascii.Append(latin);
            }
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                ascii.Append(c);
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Stress marks and the diacritics of Latin letters: dropped.
            }
            else
            {
                ascii.Append('-');
            }
        }

        var words = ascii.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(word.Length > MaxLength ? word[..MaxLength] : word);
        }

        return slug.Length == 0 ? "article" : slug.ToString();
    }
}
