using System.Collections.Concurrent;

namespace KzEdition.Search;

/// <summary>
/// The stem and search key of every word met so far, by stemmer: a word's are the same wherever it
/// stands, and an edition says the same words again and again (a thousand articles hold about a
/// million words, a few tens of thousands of them distinct). Stemming every occurrence again was a
/// tenth of a cold build's CPU time at a thousand articles. Safe to share between threads, and it
/// changes no result: both are pure functions of the word.
/// </summary>
internal static class WordKeyCache
{
    /// <summary>Words remembered for each stemmer at most (some megabytes): past it words are stemmed each time, so memory stays bounded whatever the edition.</summary>
    private const int Capacity = 100_000;

    private static readonly ConcurrentDictionary<string, (string Stem, string Key)> Kazakh = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Stem, string Key)> Russian = new(StringComparer.Ordinal);

    // The words added to each, counted apart: a concurrent dictionary's Count takes all its locks,
    // and was asked at every word not met before, on both cores.
    private static int _kazakhAdded;
    private static int _russianAdded;

    /// <summary>The stem of <paramref name="word"/> in <paramref name="stemmer"/>'s language (<see cref="WordStemmer.Stem"/>) and that stem's key (<see cref="SearchKey.Of"/>).</summary>
    public static (string Stem, string Key) Of(ReadOnlySpan<char> word, string stemmer) => Of(word, stemmer, out _);

    /// <inheritdoc cref="Of(ReadOnlySpan{char}, string)"/>
    /// <param name="written">The word as a string: the one remembered when there is one, so that a caller that keeps the word makes no string of its own.</param>
    public static (string Stem, string Key) Of(ReadOnlySpan<char> word, string stemmer, out string written)
    {
        var known = stemmer == "ru" ? Russian : Kazakh;
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out written!, out var found))
        {
            return found;
        }

        written = word.ToString();
        var stem = WordStemmer.Stem(written, stemmer);
        found = (stem, SearchKey.Of(stem));
        ref var added = ref stemmer == "ru" ? ref _russianAdded : ref _kazakhAdded;
        if (Volatile.Read(ref added) < Capacity && known.TryAdd(written, found))
        {
            Interlocked.Increment(ref added);
        }

        return found;
    }
}
