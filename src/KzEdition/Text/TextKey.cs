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

    /// <summary>
    /// <see cref="Fold"/> of <paramref name="text"/> written to <paramref name="folded"/> (as long as the
    /// text at least), no string made; returns its length. Scanners fold each word into one buffer and
    /// make a string only of a word they have not met.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> folded)
    {
        // The surrogates are looked for in this loop, not by MemoryExtensions' generic search: until
        // the JIT has optimised that (long into a build), it boxed its two bounds at every call, and
        // this is asked for every word of every source (60 MB of boxed chars at a thousand articles).
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                // A surrogate pair is cased as one character when nothing is dropped (InvariantCase.ToLower): .NET's own way.
                var whole = Fold(new string(text));
                whole.CopyTo(folded);
                return whole.Length;
            }

            if (c is not CombiningAcute and not CombiningGrave)
            {
                folded[length++] = InvariantCase.Lower(c);
            }
        }

        return length;
    }
}
