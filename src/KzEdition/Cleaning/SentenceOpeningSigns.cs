using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// The signs of a sentence's opening that may tell a paragraph's start from a sentence's inside one
/// (<see cref="OpeningEvidence"/>): the word it opens with, and its typographic signs, each present or
/// not: a citation marker or a quotation closing the sentence before; the sentence opening with a
/// number, a quotation mark, an acronym, an initial, or a comma after its first word.
/// </summary>
internal static class SentenceOpeningSigns
{
    /// <summary>Marks the opening word's sign apart from the typographic ones (no typographic sign begins so).</summary>
    public const string OpenerPrefix = "first word: ";

    public const string CitationBefore = "a citation marker ends the sentence before";
    public const string QuotationBefore = "a quotation ends the sentence before";
    public const string Number = "opens with a number";
    public const string Quotation = "opens with a quotation mark";
    public const string Acronym = "opens with an acronym";
    public const string Initial = "opens with an initial";
    public const string CommaAfterFirstWord = "a comma after the first word";

    /// <summary>The typographic signs, each weighed present or absent at every opening.</summary>
    public static readonly string[] Typographic = [CitationBefore, QuotationBefore, Number, Quotation, Acronym, Initial, CommaAfterFirstWord];

    private static readonly char[] Spaces = [' ', '\t', '\u00A0'];

    private static readonly char[] AroundAWord = ['«', '»', '"', '“', '”', '„', '(', ')', '[', ']', ',', '.', ':', ';', '!', '?'];

    /// <summary>The signs of a sentence opening <paramref name="after"/> (its text) once <paramref name="before"/> (the text up to the sentence's end) has closed.</summary>
    public static IEnumerable<string> Of(string before, string after)
    {
        var (closed, opening) = (before.TrimEnd(), after.TrimStart());
        var space = opening.IndexOfAny(Spaces);
        var first = space < 0 ? opening : opening[..space];
        var word = first.Trim(AroundAWord);
        if (word.Length > 0)
        {
            yield return OpenerPrefix + TextKey.Fold(word);
        }

        // [2]. or /3/. or (Иванов, 2001).
        if (closed.Length >= 2 && closed[^1] is '.' or '!' or '?' && closed[^2] is ']' or '/' or ')')
        {
            yield return CitationBefore;
        }

        if (closed.Length >= 1 && (IsClosingQuote(closed[^1]) || (closed.Length >= 2 && IsClosingQuote(closed[^2]))))
        {
            yield return QuotationBefore;
        }

        if (opening.Length > 0 && char.IsDigit(opening[0]))
        {
            yield return Number;
        }

        if (opening.Length > 0 && opening[0] is '«' or '"' or '“' or '„')
        {
            yield return Quotation;
        }

        if (word.Count(char.IsLetter) >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            yield return Acronym;
        }

        if (first.Length >= 2 && char.IsUpper(first[0]) && first[1] == '.')
        {
            yield return Initial;
        }

        if (first.EndsWith(','))
        {
            yield return CommaAfterFirstWord;
        }

        static bool IsClosingQuote(char c) => c is '»' or '”' or '"';
    }
}
