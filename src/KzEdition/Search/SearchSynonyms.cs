using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using KzEdition.Indexing;
using KzEdition.Model;

namespace KzEdition.Search;

/// <summary>
/// The entries of the edition's index as search synonyms: a query that matches any spelling of an
/// entry finds the paragraphs where the index found the entry, in whatever spelling the text has.
/// So <c>Kazakhstan</c> and the Russian <c>Казахстан</c> find the Kazakh paragraphs on Қазақстан,
/// <c>Nazarbayev</c> finds every paragraph naming Н.Ә. Назарбаев, and <c>ИПАП</c> also finds
/// the paragraphs that spell the plan out.
/// </summary>
/// <remarks>
/// <para>The spellings are the entry's name, its variants (terms.yml: Cyrillic, Russian and English),
/// its acronyms and expansion, and the forms the index detected. Each word of a spelling gives the
/// keys a query word of that form is looked up by (<c>search.js</c>'s keysOf): its plain key and its
/// Kazakh and Russian stems' keys, and for a word in capitals its acronym key. A name of several
/// words gives only its words in Latin script, all of them (see KeysOf); a name of one word, if it
/// has four letters or more and is no protected word (және, үшін). The 2021 Latin spelling needs no
/// synonym: keys fold both scripts.</para>
/// <para>A paragraph where the entry is mentioned is filed under each such key it does not hold
/// already, with a count of 0 (<see cref="SynonymCount"/>): its own words' counts are left as they
/// are, and search.js ranks a paragraph found through a synonym after those holding the query's
/// own spelling.</para>
/// </remarks>
public sealed class SearchSynonyms
{
    /// <summary>A spelling of one word shorter than this names nothing (an acronym such as ЕО is filed as one).</summary>
    private const int MinWordLength = 4;

    /// <summary>
    /// The count a paragraph is filed with under a synonym: none of its words is that spelling. The
    /// browser (search.js) weighs it as one occurrence, and ranks the paragraphs holding more of the
    /// query's words in its own spelling first.
    /// </summary>
    public const int SynonymCount = 0;

    /// <summary>What opens an entry's own key (<see cref="EntryKey"/>): no other key has it.</summary>
    public const char EntryMark = '@';

    private readonly FrozenDictionary<string, ArticleSynonyms> _byArticle;

    private SearchSynonyms(FrozenDictionary<string, ArticleSynonyms> byArticle, ImmutableArray<SearchEntryName> names, ImmutableArray<SearchEntrySpellings> spellings)
    {
        _byArticle = byArticle;
        Names = names;
        Spellings = spellings;
    }

    public static SearchSynonyms None { get; } = new(FrozenDictionary<string, ArticleSynonyms>.Empty, [], []);

    /// <summary>The synonym keys of an article's paragraphs (the same object for the same article, however often asked).</summary>
    public ArticleSynonyms For(string articleId) => _byArticle.GetValueOrDefault(articleId, ArticleSynonyms.None);

    /// <summary>
    /// The names of several words of the editors' entries (terms.yml), each word as the keys it may
    /// be typed as: search.js reads a query's run of words that spells one of them as the entry,
    /// and looks up the entry's key, under which every paragraph the index lists for it is filed.
    /// So "Бейбітшілік үшін әріптестік" also finds the paragraphs that say ББӘ or PfP.
    /// </summary>
    public ImmutableArray<SearchEntryName> Names { get; }

    /// <summary>
    /// The spellings of every entry filed as a synonym, with the keys it is filed under: search.js
    /// marks, in the snippet of a paragraph found through a synonym, the words that spell the entry
    /// (<c>Kazakhstan</c> marks Қазақстан; <c>ИПАП</c> the words of the plan's name).
    /// </summary>
    public ImmutableArray<SearchEntrySpellings> Spellings { get; }

    /// <summary>The key an entry's paragraphs are filed under (<see cref="EntryMark"/>, its kind's letter, its id's key).</summary>
    public static string EntryKey(IndexEntry entry) => $"{EntryMark}{char.ToLowerInvariant(entry.Type.ToString()[0])}{SearchKey.Of(entry.Id)}";

    /// <summary>The synonyms of an edition's index: for each paragraph that mentions entries, the keys of their spellings.</summary>
    public static SearchSynonyms Of(IEnumerable<IndexEntry> entries)
    {
        // Each paragraph's keys gathered as they come, sorted and each kept once at the end: a sorted
        // set for each paragraph was most of what the synonyms allocated (a node a key).
        var keysAt = new Dictionary<(string, int), List<string>>();
        var names = new List<SearchEntryName>();
        var spellings = new List<SearchEntrySpellings>();
        foreach (var entry in entries)
        {
            var keys = KeysOf(entry);
            var entryNames = entry.Curated ? NamesOf(entry) : [];
            if (entryNames.Count > 0)
            {
                keys.Add(EntryKey(entry));
                names.AddRange(entryNames);
            }

            if (keys.Count == 0)
            {
                continue;
            }

            spellings.Add(new SearchEntrySpellings([.. keys], SpellingsOf(entry)));

            foreach (var locator in entry.Locators)
            {
                if (locator.Paragraph <= 0)
                {
                    continue; // the article's keywords, which no paragraph holds
                }

                if (!keysAt.TryGetValue((locator.ArticleId, locator.Paragraph), out var gathered))
                {
                    keysAt[(locator.ArticleId, locator.Paragraph)] = gathered = [];
                }

                gathered.AddRange(keys);
            }
        }

        var byArticle = keysAt
            .GroupBy(e => e.Key.Item1, StringComparer.Ordinal)
            .ToFrozenDictionary(
                a => a.Key,
                a => new ArticleSynonyms([.. a.OrderBy(e => e.Key.Item2).Select(e => new ParagraphSynonyms(e.Key.Item2, InOrderOnce(e.Value)))]),
                StringComparer.Ordinal);
        return new SearchSynonyms(
            byArticle,
            [.. names.OrderBy(n => n.Entry, StringComparer.Ordinal).ThenBy(n => string.Join(' ', n.Words.Select(w => string.Join('|', w))), StringComparer.Ordinal)],
            [.. spellings]);
    }

    /// <summary>Keys in ordinal order, each once.</summary>
    private static ImmutableArray<string> InOrderOnce(List<string> keys)
    {
        keys.Sort(StringComparer.Ordinal);
        var once = ImmutableArray.CreateBuilder<string>(keys.Count);
        foreach (var key in keys)
        {
            if (once.Count == 0 || once[^1] != key)
            {
                once.Add(key);
            }
        }

        return once.DrainToImmutable();
    }

    /// <summary>Every spelling of an entry (name, expansion, variants and detected forms, acronyms), each word as its query keys; each once.</summary>
    private static ImmutableArray<ImmutableArray<ImmutableArray<string>>> SpellingsOf(IndexEntry entry)
    {
        var spellings = new List<ImmutableArray<ImmutableArray<string>>>();
        foreach (var spelling in new[] { entry.Name, entry.Expansion }.Concat(entry.Spellings).Concat(entry.Acronyms).OfType<string>())
        {
            var keyed = Words(spelling).Select(w => (ImmutableArray<string>)[.. QueryKeysOf(w)]).ToImmutableArray();
            if (keyed.Length > 0 && keyed.All(k => k.Length > 0) && !spellings.Any(s => s.SequenceEqual(keyed, WordKeys)))
            {
                spellings.Add(keyed);
            }
        }

        return [.. spellings];
    }

    /// <summary>
    /// An entry's names of several words (name, variants, expansion), each word as the keys a query
    /// word of that spelling has (search.js keysOf: its Kazakh stem's key, its Russian stem's, its own).
    /// </summary>
    private static List<SearchEntryName> NamesOf(IndexEntry entry)
    {
        var names = new List<SearchEntryName>();
        var key = EntryKey(entry);
        foreach (var spelling in new[] { entry.Name, entry.Expansion }.Concat(entry.Spellings).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var words = Words(spelling);
            if (words.Length < 2)
            {
                continue;
            }

            var keyed = words.Select(w => (ImmutableArray<string>)[.. QueryKeysOf(w)]).ToList();
            if (keyed.All(k => k.Length > 0) && !names.Any(n => n.Words.SequenceEqual(keyed, WordKeys)))
            {
                names.Add(new SearchEntryName(key, [.. keyed]));
            }
        }

        return names;
    }

    /// <summary>
    /// The keys a query word of this spelling is looked up by, in search.js keysOf's order: its
    /// Kazakh stem's key, its Russian stem's, its own; each once, none empty.
    /// </summary>
    /// <remarks>The stems come from <see cref="WordKeyCache"/> (pure functions of the word): the synonyms are
    /// made again whenever the index changes, and its spellings mostly do not.</remarks>
    private static IEnumerable<string> QueryKeysOf(string word) =>
        new[] { WordKeyCache.Of(word, "kk").Key, WordKeyCache.Of(word, "ru").Key, SearchKey.Of(word) }
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static readonly IEqualityComparer<ImmutableArray<string>> WordKeys = EqualityComparer<ImmutableArray<string>>.Create(
        (a, b) => a.SequenceEqual(b, StringComparer.Ordinal), a => a.Length == 0 ? 0 : StringComparer.Ordinal.GetHashCode(a[0]));

    /// <summary>The words of a name (НАТО-ның Парламенттік ассамблеясы: НАТО-ның, Парламенттік, ассамблеясы).</summary>
    private static string[] Words(string spelling) =>
        spelling.Split([' ', '\u00A0', '(', ')', ',', '.', '«', '»', '"'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An article's paragraphs' terms with the synonyms of the entries each mentions added (those it lacks, once each).</summary>
    public ImmutableArray<SearchParagraph> AddTo(string articleId, ImmutableArray<NumberedParagraph> paragraphs, ImmutableArray<SearchParagraph> terms) =>
        AddTo(paragraphs, terms, For(articleId));

    /// <summary>An article's paragraphs' terms with its synonyms (<see cref="For"/>) added: those each paragraph lacks, once each.</summary>
    public static ImmutableArray<SearchParagraph> AddTo(ImmutableArray<NumberedParagraph> paragraphs, ImmutableArray<SearchParagraph> terms, ArticleSynonyms synonyms)
    {
        if (synonyms.Paragraphs.IsEmpty)
        {
            return terms;
        }

        SearchParagraph[]? result = null; // made when a paragraph gains a key: most articles' paragraphs mostly do not
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var keys = synonyms.KeysOf(paragraphs[p].Number);
            var own = terms[p].Terms;
            var added = keys.IsEmpty ? 0 : Lacking(own, keys);
            if (added == 0)
            {
                continue;
            }

            // Both lists are in key order: one merge, a key the paragraph has already keeping its own
            // count, into an array of the size counted first.
            var merged = new (string Key, int Count)[own.Length + added];
            var next = 0;
            var at = 0;
            foreach (var key in keys)
            {
                while (next < own.Length && string.CompareOrdinal(own[next].Key, key) < 0)
                {
                    merged[at++] = own[next++];
                }

                if (next < own.Length && own[next].Key == key)
                {
                    continue;
                }

                merged[at++] = (key, SynonymCount);
            }

            own.AsSpan()[next..].CopyTo(merged.AsSpan(at));
            result ??= [.. terms];
            result[p] = terms[p] with { Terms = ImmutableCollectionsMarshal.AsImmutableArray(merged) };
        }

        return result is null ? terms : ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>How many of <paramref name="keys"/> the paragraph's <paramref name="own"/> terms lack (both in ordinal key order).</summary>
    private static int Lacking(ImmutableArray<(string Key, int Count)> own, ImmutableArray<string> keys)
    {
        var lacking = 0;
        var next = 0;
        foreach (var key in keys)
        {
            while (next < own.Length && string.CompareOrdinal(own[next].Key, key) < 0)
            {
                next++;
            }

            if (next == own.Length || own[next].Key != key)
            {
                lacking++;
            }
        }

        return lacking;
    }

    /// <summary>The keys a query in any of the entry's spellings looks up (see the remarks).</summary>
    internal static SortedSet<string> KeysOf(IndexEntry entry)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);

        // An acronym is a word however short, and in any case (ЕО, PfP): by its plain key too.
        IEnumerable<string> acronyms = entry.Type == TermType.Acronym ? [entry.Name, .. entry.Acronyms] : entry.Acronyms;
        foreach (var acronym in acronyms.Where(a => !a.Contains(' ', StringComparison.Ordinal)))
        {
            if (SearchKey.Of(acronym) is { Length: > 0 } key)
            {
                keys.Add(key);
            }
        }

        IEnumerable<string?> spellings = [entry.Name, .. entry.Spellings, .. entry.Acronyms, entry.Expansion];
        foreach (var spelling in spellings)
        {
            var words = Words(spelling ?? "");
            foreach (var word in words)
            {
                if (SearchParagraph.AcronymKey(word) is { } acronym)
                {
                    keys.Add(acronym);
                }

                // A name of several words in Cyrillic stands in the text itself wherever it names the
                // entry, and its words (әріптестік, кеңес, жоспар) are shared with other entries'
                // names: filed as synonyms they would bring those entries' paragraphs in. Its words in
                // Latin script (an English or French name) are nowhere in the text: they are filed.
                // Their short words too (Partnership for Peace): a query of the whole name must find
                // every word of it.
                var latin = word.All(c => c < '\u0400' || !char.IsLetter(c));
                if (words.Length > 1 && !latin)
                {
                    continue;
                }

                var tooShort = words.Length > 1 ? word.Length < 2 : word.Length < MinWordLength || KazakhLexicon.Protected.Contains(SearchText.Lower(word));
                if (tooShort || !word.Any(char.IsLetter))
                {
                    continue;
                }

                keys.UnionWith(QueryKeysOf(word));
            }
        }

        return keys;
    }
}
