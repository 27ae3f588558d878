namespace KzEdition.Text;

/// <summary>
/// Tells Kazakh, Russian and English text apart by its letters: the nine letters Kazakh adds to
/// the Cyrillic alphabet (ә ғ қ ң ө ұ ү һ і) do not occur in Russian.
/// </summary>
public static class LanguageDetector
{
    private const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    public static string Detect(string text, string fallback = "kk")
    {
        int cyrillic = 0, kazakh = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (KazakhLetters.Contains(c, StringComparison.Ordinal))
                {
                    kazakh++;
                }
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }

        if (cyrillic == 0 && latin == 0)
        {
            return fallback;
        }

        if (latin > cyrillic)
        {
            return "en";
        }

        // Kazakh text has one of its own letters every 15-20 letters; Russian text none, save quoted names.
        return kazakh >= cyrillic * 0.01 ? "kk" : "ru";
    }
}
