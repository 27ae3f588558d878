namespace KzEdition.Search;

/// <summary>
/// One slot's table of <see cref="KazakhSuffixes"/> as the stemmer reads it: a trie of the
/// suffixes spelled from their last letter, so that a word is read once, from its end, to find
/// every suffix it ends with; each suffix with its vowel harmony worked out once.
/// </summary>
/// <remarks>
/// Walking a word from its last letter as far as the trie goes, the node reached holds the
/// suffixes the word ends with, longest first and, among the variants of one suffix (-нан after a
/// nasal, -нан after a possessive), in the table's order: the order in which the stemmer tries
/// them. Nothing else is compared, where trying the table in order compared the word with every
/// suffix (up to eighty) for the first few it ends with.
/// </remarks>
internal sealed class KazakhSuffixSlot
{
    /// <summary>The Cyrillic block (U+0400–U+04FF), where every suffix ends.</summary>
    private const char FirstLetter = '\u0400';

    private const int LetterCount = 0x100;

    private readonly Node _root = new();

    /// <summary>The root's children by letter: the first step of every walk, and the one with most letters to choose from.</summary>
    private readonly Node?[] _lastLetters = new Node?[LetterCount];

    public KazakhSuffixSlot(IReadOnlyList<KazakhSuffix> suffixes, Func<string, bool?> harmonyOf)
    {
        foreach (var suffix in suffixes)
        {
            if (suffix.Text[^1] - FirstLetter is < 0 or >= LetterCount)
            {
                throw new ArgumentException($"the suffix -{suffix.Text} does not end in a Cyrillic letter", nameof(suffixes));
            }

            var node = _root;
            for (var i = suffix.Text.Length - 1; i >= 0; i--)
            {
                node = node.ChildOrNew(suffix.Text[i]);
            }

            node.Own.Add(new Candidate(suffix, harmonyOf(suffix.Text)));
        }

        _root.Complete([]);
        for (var i = 0; i < LetterCount; i++)
        {
            _lastLetters[i] = _root.Child((char)(FirstLetter + i));
        }
    }

    /// <summary>A suffix and whether its vowel is back (true), front (false) or tells neither (null).</summary>
    public readonly record struct Candidate(KazakhSuffix Suffix, bool? IsBack);

    /// <summary>The suffixes <paramref name="word"/> ends with, in the order the stemmer tries them: longest first, then as the table lists them.</summary>
    public ReadOnlySpan<Candidate> EndingsOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word[^1] - FirstLetter is < 0 or >= LetterCount || _lastLetters[word[^1] - FirstLetter] is not { } node)
        {
            return _root.Endings;
        }

        for (var i = word.Length - 2; i >= 0 && node.Child(word[i]) is { } next; i--)
        {
            node = next;
        }

        return node.Endings;
    }

    /// <summary>A suffix's letters read so far from its end: the suffixes spelled by exactly these (Own), and every suffix ending in them (Endings).</summary>
    private sealed class Node
    {
        private char[] _letters = [];
        private Node[] _children = [];

        /// <summary>The suffixes these letters spell, in the table's order.</summary>
        public List<Candidate> Own { get; } = [];

        /// <summary>The suffixes these letters end with: its own, then the shorter ones of the nodes above it.</summary>
        public Candidate[] Endings { get; private set; } = [];

        public Node? Child(char letter)
        {
            for (var i = 0; i < _letters.Length; i++)
            {
                if (_letters[i] == letter)
                {
                    return _children[i];
                }
            }

            return null;
        }

        public Node ChildOrNew(char letter)
        {
            if (Child(letter) is { } child)
            {
                return child;
            }

            child = new Node();
            _letters = [.. _letters, letter];
            _children = [.. _children, child];
            return child;
        }

        public void Complete(Candidate[] shorter)
        {
            Endings = [.. Own, .. shorter];
            foreach (var child in _children)
            {
                child.Complete(Endings);
            }
        }
    }
}
