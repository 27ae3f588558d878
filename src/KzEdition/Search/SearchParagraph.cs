using System.Collections.Immutable;

namespace KzEdition.Search;

/// <summary>A paragraph as the search index files it: its length in words and each key with how often it occurs.</summary>
public sealed record SearchParagraph(int Length, ImmutableArray<(string Key, int Count)> Terms)
{
    /// <summary>Words are letters and digits, hyphenated parts kept together (НАТО-ның, іс-қимыл), as the stemmers take them.</summary>
    private static readonly System.Text.RegularExpressions.Regex Word = new(@"[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// A word in capitals (НАТО, НАТО-ның) is an acronym in any language: the Kazakh stemmer keeps
    /// it whole (Snowball's Russian stemmer would make НАТО нат). search.js's textKey does the same.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex Acronym = new(@"^[\p{Lu}]{2,}(?:[-‑]|$)", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The words of a text, stemmed in its language and keyed (<see cref="SearchKey"/>).</summary>
    public static SearchParagraph Of(string text, string lang)
    {
        var stemmer = WordStemmer.Languages.Contains(lang) ? lang : "kk";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        foreach (System.Text.RegularExpressions.Match word in Word.Matches(text))
        {
            var key = SearchKey.Of(WordStemmer.Stem(word.Value, Acronym.IsMatch(word.Value) ? "kk" : stemmer));
            if (key.Length == 0)
            {
                continue;
            }

            length++;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return new SearchParagraph(length, [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))]);
    }
}
