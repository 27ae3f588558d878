using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>
/// The words the corpus itself writes, as evidence for dehyphenation: how a word is spelt
/// elsewhere (with its hyphen or without) is the best witness of how it should be spelt here.
/// Built once a build from every source; immutable and thread-safe.
/// </summary>
public sealed partial class WordEvidence
{
    private readonly FrozenSet<string> _words;

    private WordEvidence(FrozenSet<string> words) => _words = words;

    public static WordEvidence Empty { get; } = new(FrozenSet<string>.Empty);

    /// <summary>
    /// Collects the words that stand whole inside lines (a word at a line end may be a split
    /// half, so it is no evidence), lower-cased, with and without their inner hyphens' parts.
    /// </summary>
    public static WordEvidence From(IEnumerable<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                var tokens = Word().Matches(line);
                for (var i = 0; i < tokens.Count; i++)
                {
                    var token = tokens[i];
                    // A word at the line end, or cut there by a hyphen ("бағдарла-"), may be half a word.
                    var atLineEnd = token.Index + token.Length >= line.TrimEnd().TrimEnd('-', '\u2010', '\u2011').Length;
                    var brokenAtEnd = i == tokens.Count - 1 && atLineEnd;
                    if (brokenAtEnd || (i == 0 && token.Index == 0 && char.IsLower(token.Value[0])))
                    {
                        continue; // May be the half of a word split across lines.
                    }

                    var word = Text.TextKey.Fold(token.Value);
                    words.Add(word);
                    foreach (var part in word.Split('-'))
                    {
                        words.Add(part);
                    }
                }
            }
        }

        return new WordEvidence(words.ToFrozenSet(StringComparer.Ordinal));
    }

    public bool Contains(string word) => _words.Contains(Text.TextKey.Fold(word));

    /// <summary>A word as the corpus writes it: letters (stress marks included), hyphenated parts joined.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*")]
    internal static partial Regex Word();
}
