using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace KzEdition.Indexing;

/// <summary>
/// What <see cref="EditionIndexBuilder"/> keeps from one build of the index to the next when it
/// updates rather than builds (the Indices pipeline's incremental module): the mentions found in each
/// paragraph (by the paragraph's string, with the set of spellings they were found with), the sets of
/// spellings of the last build, the related articles (by which entries each article mentions), what
/// the last build read of each article (<see cref="IndexReading"/>), and the last index, given back as
/// the same object when an update makes an identical one, or reads nothing that differs.
/// </summary>
/// <remarks>
/// Paragraphs are known by reference: an unchanged article's paragraphs are the very strings of the
/// last build, and a table keyed by reference forgets a paragraph when its string is gone.
/// </remarks>
public sealed class IndexMemo
{
    private readonly ConditionalWeakTable<string, Dictionary<(string Lang, string Kind), ParagraphMatches>> _matches = new();
    private readonly Dictionary<string, SpellingSet> _sets = new(StringComparer.Ordinal);

    internal EditionIndex? Last { get; set; }

    internal (string Key, ImmutableDictionary<string, ImmutableArray<RelatedArticle>> Related)? Related { get; set; }

    /// <summary>What the last build read of each article, by position (<see cref="EditionIndexBuilder.Unchanged"/>).</summary>
    internal ImmutableArray<IndexReading> Readings { get; set; }

    /// <summary>The last build's set under that name ("mentions", "keywords"), if there was one.</summary>
    internal SpellingSet? LastSet(string name)
    {
        lock (_sets)
        {
            return _sets.GetValueOrDefault(name);
        }
    }

    internal ParagraphMatches? MatchesOf(string text, string lang, string kind)
    {
        if (!_matches.TryGetValue(text, out var byKind))
        {
            return null;
        }

        lock (byKind)
        {
            return byKind.GetValueOrDefault((lang, kind));
        }
    }

    internal void Remember(string text, string lang, string kind, ParagraphMatches matches)
    {
        var byKind = _matches.GetValue(text, _ => []);
        lock (byKind)
        {
            byKind[(lang, kind)] = matches;
        }
    }

    /// <summary>The set of the last build under that name when it holds the same spellings, else this one (remembered).</summary>
    internal SpellingSet Remember(string name, SpellingSet set)
    {
        lock (_sets)
        {
            if (_sets.TryGetValue(name, out var last) && last.Text == set.Text)
            {
                return last;
            }

            _sets[name] = set;
            return set;
        }
    }
}
