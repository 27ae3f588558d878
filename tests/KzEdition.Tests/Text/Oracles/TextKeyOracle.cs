using System.Text;
using KzEdition.Text;

namespace KzEdition.Tests.Text.Oracles;

/// <summary>Test-only copy of <see cref="TextKey.Fold"/> as it was before the text-scanning steps were made faster: the oracle of folding.</summary>
public static class TextKeyOracle
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
