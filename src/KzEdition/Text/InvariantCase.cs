using System.Runtime.CompilerServices;

namespace KzEdition.Text;

/// <summary>
/// The invariant culture's lower and upper case of a character, as <see cref="char.ToLowerInvariant"/>
/// and <see cref="char.ToUpperInvariant"/> give it, without asking ICU for every character: outside
/// ASCII .NET on Linux calls into ICU for each one, and comparing and indexing text (word keys,
/// search keys, folding) asked millions of times a build. Each block of 256 characters is asked of
/// .NET once, the first time one of its characters is needed, and kept; so the answers are .NET's own.
/// </summary>
public static class InvariantCase
{
    private static readonly char[]?[] LowerBlocks = new char[]?[256];
    private static readonly char[]?[] UpperBlocks = new char[]?[256];

    /// <remarks>Inlined: the search stemmers ask it for every letter of every word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        var block = LowerBlocks[c >> 8] ?? Fill(LowerBlocks, c >> 8, char.ToLowerInvariant);
        return block[c & 0xFF];
    }

    public static char Upper(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c;
        }

        var block = UpperBlocks[c >> 8] ?? Fill(UpperBlocks, c >> 8, char.ToUpperInvariant);
        return block[c & 0xFF];
    }

    /// <summary>The text in lower case, as <see cref="string.ToLowerInvariant"/> gives it (the text itself when nothing changes).</summary>
    public static string ToLower(string text)
    {
        // The surrogates are looked for in a loop of this method's, not by MemoryExtensions' generic
        // IndexOfAnyInRange: its code as first compiled boxed its two bounds at every call, and stayed
        // so through a build (66 MB of boxed chars at a thousand articles, folding words).
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return text.ToLowerInvariant(); // a surrogate pair is cased as one character: .NET's own way
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (Lower(text[i]) != text[i])
            {
                return string.Create(text.Length, (text, i), static (span, state) =>
                {
                    state.text.AsSpan(0, state.i).CopyTo(span);
                    for (var j = state.i; j < span.Length; j++)
                    {
                        span[j] = Lower(state.text[j]);
                    }
                });
            }
        }

        return text;
    }

    private static char[] Fill(char[]?[] blocks, int index, Func<char, char> change)
    {
        var block = new char[256];
        for (var i = 0; i < 256; i++)
        {
            var c = (char)((index << 8) | i);
            block[i] = char.IsSurrogate(c) ? c : change(c);
        }

        // Two threads may fill one block at once: they make the same one, and either is kept.
        blocks[index] = block;
        return block;
    }
}
