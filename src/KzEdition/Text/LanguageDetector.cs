namespace KzEdition.Text;

/// <summary>
/// Tells Kazakh, Russian and English text apart by its letters: the nine letters Kazakh adds to
/// the Cyrillic alphabet (ә ғ қ ң ө ұ ү һ і) do not occur in Russian.
/// </summary>
public static class LanguageDetector
{
    private const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private const double KazakhLetterShare = 0.03;

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

        // Kazakh text has one of its own letters every 12-20 letters (5-8 %); Russian text none, save
        // the Kazakh names it quotes (Нұрсұлтан, Қазақстан), which stay well under 3 %.
        return kazakh >= cyrillic * KazakhLetterShare ? "kk" : "ru";
    }
}
