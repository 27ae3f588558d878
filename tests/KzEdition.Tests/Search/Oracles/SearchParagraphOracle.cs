using KzEdition.Search;

namespace KzEdition.Tests.Search.Oracles;

/// <summary>
/// Test-only copy of <see cref="SearchParagraph.Of"/> and <see cref="WordStemmer.Stem"/> before they
/// were made faster (a regex match a word, the stemmers on strings): the oracle the new ones are
/// compared with over the real corpus and generated text.
/// </summary>
public static class SearchParagraphOracle
{
    private static readonly System.Text.RegularExpressions.Regex Word = new(@"[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex Acronym = new(@"^[\p{Lu}]{2,}(?:[-‑]|$)", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static SearchParagraph Of(string text, string lang)
    {
        var stemmer = WordStemmer.Languages.Contains(lang) ? lang : "kk";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        foreach (System.Text.RegularExpressions.Match word in Word.Matches(text))
        {
            var stem = Stem(word.Value, Acronym.IsMatch(word.Value) ? "kk" : stemmer);
            var key = SearchKeyOracle.Of(stem);
            if (key.Length == 0)
            {
                continue;
            }

            length++;
            counts[key] = counts.GetValueOrDefault(key) + 1;

            // A compound (the stem kept its hyphen) is filed by its parts too, each stemmed as a word.
            if (stem.Length > 1 && (stem[1..].Contains('-') || stem[1..].Contains('‑')))
            {
                foreach (var part in word.Value.Split('-', '‑'))
                {
                    var partKey = SearchKeyOracle.Of(Stem(part, Acronym.IsMatch(part) ? "kk" : stemmer));
                    if (partKey.Length > 0 && partKey != key)
                    {
                        counts[partKey] = counts.GetValueOrDefault(partKey) + 1;
                    }
                }
            }

            // A word opening in capitals is filed under its capitals' acronym key too (!nato).
            if (Acronym.IsMatch(word.Value) && SearchKeyOracle.Of(word.Value.Split('-', '‑')[0]) is { Length: > 0 } capitals)
            {
                counts["!" + capitals] = counts.GetValueOrDefault("!" + capitals) + 1;
            }
        }

        return new SearchParagraph(length, [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))]);
    }

    public static string Stem(string word, string language) => language switch
    {
        "kk" => KazakhStemmerOracle.Stem(word),
        "ru" => RussianStemmerOracle.Stem(word),
        _ => throw new ArgumentException($"no stemmer for language '{language}' (kk or ru)", nameof(language)),
    };
}
