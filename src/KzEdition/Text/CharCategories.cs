using System.Globalization;

namespace KzEdition.Text;

/// <summary>
/// The Unicode category of every UTF-16 unit, as <see cref="CharUnicodeInfo.GetUnicodeCategory(char)"/>
/// gives it, in one table made once (64 KB, a fraction of a millisecond): the word scanners ask it of
/// every character of every text, and one look in a table costs less than CharUnicodeInfo's several
/// (in a call the JIT does not inline). The table is .NET's own data, so the answers are .NET's.
/// </summary>
internal static class CharCategories
{
    private static readonly byte[] Table = Build();

    public static UnicodeCategory Of(char c) => (UnicodeCategory)Table[c];

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (byte)CharUnicodeInfo.GetUnicodeCategory((char)c);
        }

        return table;
    }
}
