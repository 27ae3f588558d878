using CsCheck;
using KzEdition.Reading;

namespace KzEdition.Tests.Support;

/// <summary>
/// The texts the text-scanning steps are compared with their oracles on (the code they replaced):
/// the real sources as decoded, the golden articles, and generated text. The generated text is made
/// to reach every branch of a word scanner: Kazakh, Russian and Latin words in every case, with
/// inflectional endings written on or after a hyphen (of three kinds), stress marks and other
/// combining marks inside and at the start of words, initials, numbers, sentence and quotation
/// marks, spaces of several kinds, line ends (after a hyphen too), lines in capitals, characters
/// outside the BMP and lone surrogates. KZEDITION_PROPERTY_ITERATIONS sets how many texts (default 400).
/// </summary>
internal static class ScannedTexts
{
    public static long Iterations { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("KZEDITION_PROPERTY_ITERATIONS"), out var iterations) ? iterations : 400;

    /// <summary>The real sources (decoded as a build decodes them) and the golden articles' Markdown, by name.</summary>
    public static IReadOnlyList<(string Name, string Text)> Real { get; } =
    [
        .. Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "sources"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), SourceReader.Read(f, Path.GetFileName(f)).Text)),
        .. Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))),
    ];

    /// <summary>Words and stems the edition's index knows, and others.</summary>
    public static readonly string[] Stems =
    [
        "Қазақстан", "НАТО", "NATO", "ISAF", "Назарбаев", "Н", "Ә", "ОА", "ЕО", "Азия", "Орталық", "Еуропа", "Астана", "Ақсу", "ақсу",
        "мемлекет", "ынтымақтастық", "саясат", "бағдар", "лама", "қару", "жарақ", "и", "в", "а", "Astana", "Robertson", "С", "Дж", "Хантингтон",
        "Спайкмен", "РК", "ҚР", "СНГ", "1990", "2001", "ж", "б", "т", "әлеуметтік", "экономикалық", "отын", "энергетикалық", "Еуро", "Атлантикалық",
    ];

    /// <summary>Endings a word may carry, inflectional and not.</summary>
    public static readonly string[] Endings =
    [
        "ның", "тың", "дің", "ға", "ге", "қа", "ны", "ды", "да", "де", "та", "дағы", "дегі", "тағы", "дан", "тан", "нан", "мен", "бен", "пен",
        "сы", "сі", "ы", "і", "сының", "сындағы", "ында", "ынан", "ларының", "лардың", "лар", "дар", "ымыз", "ымызға", "ыңыз", "лық", "лік",
        "шы", "ша", "а", "у", "ом", "ой", "е", "ами", "ями", "ов", "ев", "ах", "xyz", "ныңға",
    ];

    private static readonly Gen<string> Stem = Gen.OneOf(Stems);

    private static readonly Gen<string> Ending = Gen.OneOf(Endings);

    /// <summary>A word as a text may write it: in capitals, lower case, capitalised or as it is; perhaps with an ending, perhaps with a mark inside.</summary>
    private static readonly Gen<string> Word = Gen.Select(
        Stem,
        Gen.Int[0, 3],
        Gen.Frequency((4, Gen.Const("")), (2, Ending), (1, Ending.Select(e => "-" + e)), (1, Ending.Select(e => "‑" + e))),
        Mark,
        (stem, casing, ending, mark) =>
        {
            var word = (stem + ending) switch
            {
                var w when casing == 1 => w.ToUpperInvariant(),
                var w when casing == 2 => w.ToLowerInvariant(),
                var w when casing == 3 && w.Length > 0 => char.ToUpperInvariant(w[0]) + w[1..],
                var w => w,
            };
            return mark.Mark.Length == 0 ? word : word.Insert(Math.Min(word.Length, mark.At), mark.Mark);
        });

    /// <summary>A combining mark (the stress marks folding drops, and others it keeps) and where in the word it goes.</summary>
    private static Gen<(string Mark, int At)> Mark => Gen.Select(
        Gen.Frequency((6, Gen.Const("")), (2, Gen.Const("\u0301")), (1, Gen.Const("\u0300")), (1, Gen.OneOf("\u0483", "\u0308", "\u0306"))),
        Gen.Int[0, 6],
        (mark, at) => (mark, at));

    private static readonly Gen<string> Separator = Gen.Frequency(
        (12, Gen.Const(" ")),
        (2, Gen.OneOf(".", ". ", ", ", "-", "‑", "‐", "- ", "-\u00A0", " - ", "—", " — ", "–", ": ", "; ", "…", "! ", "? ")),
        (2, Gen.OneOf("\n", "-\n", "‐\n", " \n", "\n\n", "  ", "\t", "\u00A0", "\u2009")),
        (1, Gen.OneOf("«", "»", "\"", "“", "„", "(", ")", "[1]", "/2/", "’", "'", "№", "%", "..")),
        (1, Gen.OneOf("\u0301", "\u0483", "😀", "𐐀", "𐐨", "\uD800", "\uDC00", "\u00AA", "\u00B5", "\u00BA", "\u2160", "²", "½", "٣", "ǅ", "ʰ", "\u200D", "\u00AD")),
        (1, Gen.Char.Select(c => c.ToString())));

    /// <summary>Generated text: words and what stands between them, over several lines.</summary>
    public static Gen<string> Generated { get; } =
        Gen.Select(Word, Separator).Array[0, 60].Select(pieces => string.Concat(pieces.Select(p => p.Item1 + p.Item2)));
}
