using KzEdition.Engine;

namespace KzEdition.Indexing;

/// <summary>
/// What <see cref="EditionIndexBuilder"/> remembers between builds of an incremental session: the
/// facts of each paragraph (by text), the mentions found in it (by text, with the set of spellings
/// they were found with), the sets of spellings of the last build, the related articles (by which
/// entries each article mentions), and the last index, given back as the same object when a build
/// makes an identical one (so pages showing the index need no new rendering).
/// </summary>
public sealed class IndexMemo(MemoStore facts, MemoStore mentions, MemoStore related)
{
    public MemoStore Facts { get; } = facts;

    public MemoStore Mentions { get; } = mentions;

    public MemoStore Related { get; } = related;

    internal EditionIndex? Last { get; set; }

    private readonly Dictionary<string, SpellingSet> _sets = new(StringComparer.Ordinal);

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
