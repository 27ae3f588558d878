using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Makes ASCII URL slugs from Kazakh and Russian titles: the official 2021 Kazakh Latin
/// alphabet (<see cref="KazakhLatin"/>), folded to ASCII (ä→a, ğ→g, ñ→n, ö→o, ş→s, ū→u, ü→u, ı→i).
/// </summary>
public static class Slugifier
{
    private const int MaxLength = 60;

    public static string Slugify(string title)
    {
        // One table for the whole edition: the official Latin spelling, then folded to ASCII.
        var ascii = new StringBuilder(title.Length);
        foreach (var c in KazakhLatin.Transliterate(title.ToLowerInvariant()).Replace('ı', 'i').Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                ascii.Append(c);
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Diacritics (ä ğ ñ ö ş ū ü) and stress marks: dropped.
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
