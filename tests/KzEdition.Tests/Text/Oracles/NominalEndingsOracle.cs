using KzEdition.Text;

namespace KzEdition.Tests.Text.Oracles;

/// <summary>
/// Test-only copy of <see cref="NominalEndings.IsInflection"/> as it was before the text-scanning
/// steps were made faster (every split of the rest tried as lists of strings): the oracle the
/// allocation-free check is compared with.
/// </summary>
public static class NominalEndingsOracle
{
    private static readonly string[] Plural = ["лар", "лер", "дар", "дер", "тар", "тер"];

    private static readonly string[] Possessive =
    [
        "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "ым", "ім", "м", "ың", "ің", "ң", "сы", "сі", "ы", "і",
    ];

    private static readonly string[] Case =
    [
        "ның", "нің", "дың", "дің", "тың", "тің",
        "ға", "ге", "қа", "ке",
        "ны", "ні", "ды", "ді", "ты", "ті",
        "да", "де", "та", "те",
        "дан", "ден", "тан", "тен", "нан", "нен",
        "мен", "бен", "пен",
    ];

    private static readonly string[] CaseAfterPossessive = ["ның", "нің", "на", "не", "а", "е", "н", "нда", "нде", "нан", "нен", "мен", "нан", "нен"];

    private static readonly string[] Attributive = ["ғы", "гі", "қы", "кі"];

    private static readonly string[] Russian =
    [
        "а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею", "е", "и", "ы", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев",
    ];

    public const int MaxLength = 11;

    public static bool IsInflection(ReadOnlySpan<char> rest, string lang)
    {
        if (rest.IsEmpty || rest.Length > MaxLength)
        {
            return rest.IsEmpty;
        }

        return lang == "ru" ? Russian.Contains(rest.ToString()) : Kazakh(rest);
    }

    /// <summary>The case slot after a possessive, then the attributive after a locative (кеңесі·не, ұйымы·нда·ғы): Kazakh only.</summary>
    public static bool IsInflectionAfterPossessive(ReadOnlySpan<char> rest) =>
        !rest.IsEmpty && rest.Length <= MaxLength
        && CaseSlot(rest.ToString(), possessed: true).Any(c => c.After.Length == 0 || (c.Locative && Contains(Attributive, c.After)));

    private static bool Kazakh(ReadOnlySpan<char> rest)
    {
        foreach (var afterPlural in Optional(rest, Plural))
        {
            foreach (var (afterPossessive, possessed) in OptionalMarked(afterPlural, Possessive))
            {
                foreach (var (afterCase, locative) in CaseSlot(afterPossessive, possessed))
                {
                    if (afterCase.Length == 0 || (locative && Contains(Attributive, afterCase)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static List<string> Optional(ReadOnlySpan<char> text, string[] endings)
    {
        var rests = new List<string> { text.ToString() };
        foreach (var ending in endings)
        {
            if (text.StartsWith(ending, StringComparison.Ordinal))
            {
                rests.Add(text[ending.Length..].ToString());
            }
        }

        return rests;
    }

    private static List<(string After, bool Taken)> OptionalMarked(string text, string[] endings)
    {
        var rests = new List<(string, bool)> { (text, false) };
        rests.AddRange(endings.Where(e => text.StartsWith(e, StringComparison.Ordinal)).Select(e => (text[e.Length..], true)));
        return rests;
    }

    private static List<(string After, bool Locative)> CaseSlot(string text, bool possessed)
    {
        var rests = new List<(string, bool)> { (text, false) };
        foreach (var ending in possessed ? CaseAfterPossessive : Case)
        {
            if (text.StartsWith(ending, StringComparison.Ordinal))
            {
                rests.Add((text[ending.Length..], ending is "да" or "де" or "та" or "те" or "нда" or "нде"));
            }
        }

        return rests;
    }

    private static bool Contains(string[] endings, ReadOnlySpan<char> rest)
    {
        foreach (var ending in endings)
        {
            if (rest.SequenceEqual(ending))
            {
                return true;
            }
        }

        return false;
    }
}
