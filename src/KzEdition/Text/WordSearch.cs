namespace KzEdition.Text;

/// <summary>
/// A quick test of whether words can occur in a text at all, before the costly matching: word
/// keys (<see cref="WordTokens.KeyOf"/>) searched for in the text itself, ignoring case. A word
/// that is not found cannot be matched there; one that is found may still not be (it is part of
/// a longer word): the test only ever errs towards matching again.
/// </summary>
public static class WordSearch
{
    /// <summary>
    /// The text as word keys are searched for in it: the text itself, or, when it has combining
    /// marks (which keys drop) or a letter whose lower case's upper case is another (which ignoring
    /// case would not equate), the text as keys are made (lower case, no combining marks).
    /// </summary>
    public static string SearchText(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark
                || InvariantCase.Upper(InvariantCase.Lower(c)) != InvariantCase.Upper(c)))
            {
                return WordTokens.KeyOf(text);
            }
        }

        return text;
    }

    /// <summary>Whether one of the word keys may occur in the text (as <see cref="SearchText"/> gives it; an empty key always may).</summary>
    public static bool AnyIn(string text, string[] words) =>
        words.Any(w => w.Length == 0 || text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
