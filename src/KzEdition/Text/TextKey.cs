using System.Text;

namespace KzEdition.Text;

/// <summary>
/// The form of text used wherever text is compared or indexed: lower case, stress marks and
/// other combining accents on Cyrillic removed (НА́ТО and НАТО are one word), Latin letters kept.
/// </summary>
public static class TextKey
{
    private const char CombiningAcute = '\u0301';
    private const char CombiningGrave = '\u0300';

    public static string Fold(string text)
    {
        if (text.IndexOf(CombiningAcute) < 0 && text.IndexOf(CombiningGrave) < 0)
        {
            return InvariantCase.ToLower(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not CombiningAcute and not CombiningGrave)
            {
                builder.Append(InvariantCase.Lower(c));
            }
        }

        return builder.ToString();
    }
}
