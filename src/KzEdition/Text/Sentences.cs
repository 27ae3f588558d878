namespace KzEdition.Text;

/// <summary>
/// Finds the sentence around a place in a text, for quoting it (the timeline shows each date in
/// the sentence it comes from). A sentence ends at . ! ? … followed by a space and a capital or a
/// digit, except after an initial (Н.Ә. Назарбаев) or the abbreviations Kazakh and Russian texts
/// put before names and numbers (ж., жж., г., т.б., б., с., проф.).
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "ж", "жж", "г", "гг", "б", "бб", "с", "т", "тт", "др", "проф", "акад", "им", "см", "обл", "ст", "млн", "млрд", "мың", "т.б", "т.с.с", "т.е",
    };

    /// <summary>The bounds [start, end) of the sentence holding <paramref name="index"/>, trimmed of spaces.</summary>
    public static (int Start, int End) Around(string text, int index)
    {
        var start = 0;
        for (var i = index - 1; i > 0; i--)
        {
            if (EndsSentence(text, i))
            {
                start = i + 1;
                break;
            }
        }

        var end = text.Length;
        for (var i = index; i < text.Length; i++)
        {
            if (EndsSentence(text, i))
            {
                end = i + 1;
                break;
            }
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>Whether the character at <paramref name="i"/> closes a sentence.</summary>
    internal static bool EndsSentence(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && text[next] is '»' or '"' or ')' or '”')
        {
            next++;
        }

        if (next >= text.Length || !char.IsWhiteSpace(text[next]))
        {
            return next >= text.Length;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '«' or '"' or '('))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the dot: an initial or an abbreviation does not end a sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 0)
        {
            return true; // After a number or a closing bracket.
        }

        var initials = word.Split('.').All(part => part.Length is 1 or 2 && char.IsUpper(part[0]));
        return !initials && !Abbreviations.Contains(word.ToLowerInvariant());
    }
}
