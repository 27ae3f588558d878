using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>Recognises an entry of a reference list: a number, or an author's name, and a year.</summary>
public static partial class ReferenceEntry
{
    public static bool Looks(string text) => text.Length < 600 && (Numbered().IsMatch(text) || (AuthorFirst().IsMatch(text) && Year().IsMatch(text)));

    /// <summary>The entry without its list number ("1. ", "[1] ").</summary>
    public static string WithoutNumber(string text) => Numbered().Replace(text.Trim(), "", 1).Trim();

    [GeneratedRegex(@"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s*")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\p{Lu}[\p{L}’'-]+,?\s+(?:\p{Lu}\.\s?){1,3}")]
    private static partial Regex AuthorFirst();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex Year();
}
