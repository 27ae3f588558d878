using KzEdition.Engine;

namespace KzEdition.Indexing;

/// <summary>
/// What <see cref="EditionIndexBuilder"/> remembers between builds of an incremental session: the
/// facts of each paragraph (by text), the mentions found in it (by text and the set of spellings
/// looked for), the related articles (by which entries each article mentions), and the last index
/// with its content, given back as the same object when a build makes an identical one (so pages
/// showing the index need no new rendering).
/// </summary>
public sealed class IndexMemo(MemoStore facts, MemoStore mentions, MemoStore related)
{
    public MemoStore Facts { get; } = facts;

    public MemoStore Mentions { get; } = mentions;

    public MemoStore Related { get; } = related;

    internal EditionIndex? Last { get; set; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _interned = new(StringComparer.Ordinal);

    /// <summary>The equal string of the last build under that name, so that keys holding it compare as one object.</summary>
    internal string Intern(string name, string value) => _interned.AddOrUpdate(name, value, (_, last) => last == value ? last : value);
}
