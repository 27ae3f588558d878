using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KzEdition.Engine;
using KzEdition.Model;

namespace KzEdition.Search;

/// <summary>
/// Writes the edition's search index as static files under <c>search/</c>, split so that a query
/// loads only what it needs, whatever the edition's size:
/// <code>
/// search/index.json           the manifest: counts, BM25 constants, articles' languages (runs), the term buckets' prefixes
/// search/terms/&lt;prefix&gt;.json  the keys filed under that prefix, each with its postings
/// search/more/&lt;key&gt;.json      the rest of a very common key's postings (rarely needed)
/// search/articles/&lt;n&gt;.json    titles, URLs and languages of articles n·25 … n·25+24
/// search/text/&lt;a&gt;-&lt;g&gt;.json    paragraphs 10g … 10g+9 of article a (by number), for the snippets of the results shown
/// </code>
/// A paragraph is a document. Postings are flat arrays of (article index as a delta from the
/// previous posting's, paragraph number, count, paragraph length as a norm: <see cref="Norm"/>). Buckets are prefixes of keys,
/// split until each bucket's file is under <see cref="BucketBytes"/>; a key lives in the bucket of
/// its longest listed prefix, so prefixes of typed words find their bucket too. A key's postings
/// beyond <see cref="HeadPostings"/> (in order of BM25 weight, best first) go to search/more/, so
/// one word as common as Қазақстан does not make a query load megabytes: its best paragraphs are
/// in the bucket, which is all a ranked first page needs.
/// </summary>
public static class SearchIndexBuilder
{
    public const int BucketBytes = 24_000;
    public const int HeadPostings = 800;
    public const int ArticlesPerChunk = 25;

    /// <summary>
    /// Paragraphs (by number) a text file holds. A file a paragraph made most of the site's files
    /// (8,675 of 14,759 at 1,000 synthetic articles), and a cold build spends much of its system
    /// time creating files; ten keep a result's snippet download to about ten paragraphs.
    /// </summary>
    public const int ParagraphsPerTextFile = 10;
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Builds the index of these articles from nothing.</summary>
    public static ImmutableArray<(string Path, string Content)> Build(IReadOnlyList<SearchArticle> articles) =>
        Update(new SearchIndexState(), articles, [.. articles.Select(_ => true)]);

    /// <summary>
    /// Brings the index in <paramref name="state"/> up to these articles and gives every file: an
    /// article not <paramref name="changed"/> since the state was made is not read again; an edited
    /// one's postings are taken out and put back (a changed title alone changes its chunk); only the buckets holding a key that changed are
    /// written out again (the others are the last build's strings). When articles were added,
    /// removed or reordered it starts from nothing, as it does the first time. The files are always
    /// exactly those a build from nothing makes.
    /// </summary>
    /// <param name="changed">For each article, whether it differs from the article at its place when the state was last updated.</param>
    public static ImmutableArray<(string Path, string Content)> Update(SearchIndexState state, IReadOnlyList<SearchArticle> articles, IReadOnlyList<bool> changed)
    {
        var sameArticles = state.Articles.Count == articles.Count && articles.Select((a, i) => a.Url == state.Articles[i].Url && a.Lang == state.Articles[i].Lang).All(x => x);
        if (!sameArticles)
        {
            state = Reset(state);
        }

        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var texts = new List<((int Article, int Group) File, NumberedParagraph[] Paragraphs)>();
        var articleKeys = new List<string>(); // one article's keys at a time, while it is read
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            if (a < state.Articles.Count && (!changed[a] || (state.Articles[a].Paragraphs.SequenceEqual(article.Paragraphs) && SameTerms(state.Articles[a].Terms, article.Terms))))
            {
                if (state.Articles[a].Title != article.Title)
                {
                    state.Articles[a] = (article.Title, article.Url, article.Lang, article.Paragraphs, state.Articles[a].Terms);
                    state.Chunks.Remove(a / ArticlesPerChunk);
                }

                continue;
            }

            Dictionary<string, List<(int Paragraph, int Count, int Norm)>>? previous = null;
            string[] previousKeys = [];
            if (a < state.Articles.Count)
            {
                previous = PostingsOf(state, a);
                previousKeys = state.ArticleKeys[a];
                Remove(state, a);
                state.Articles[a] = (article.Title, article.Url, article.Lang, article.Paragraphs, article.Terms);
            }
            else
            {
                state.Articles.Add((article.Title, article.Url, article.Lang, article.Paragraphs, article.Terms));
                state.ArticleKeys.Add([]);
                state.ArticleWords.Add(0);
            }

            state.Chunks.Remove(a / ArticlesPerChunk);
            Add(state, a, article, articleKeys, texts);
            if (previous is null)
            {
                dirty.UnionWith(state.ArticleKeys[a]);
                continue;
            }

            // A key is dirty only when this article's postings of it read differently now: an edit of
            // a word leaves the other words' counts and (as norms) lengths, so their encodings, as
            // they were, and the frequent keys (thousands of postings) are not encoded again.
            var now = PostingsOf(state, a);
            dirty.UnionWith(previousKeys.Concat(state.ArticleKeys[a]).Where(key =>
                !previous.TryGetValue(key, out var was) || !now.TryGetValue(key, out var current) || !was.SequenceEqual(current)));
        }

        WriteTexts(state, texts);
        Encode(state, dirty);

        // Buckets: split anew (cheap: sizes only), so the files are those a build from nothing makes;
        // when the prefixes come out as before, only the buckets holding a changed key are written again.
        // With no key changed the split cannot change either (it depends on the encodings only).
        if (dirty.Count == 0 && sameArticles && state.Prefixes.Count > 0)
        {
            return Files(state, articles);
        }

        var buckets = new List<(string Prefix, List<string> Keys)>();
        Split("", [.. SortedKeys(state, dirty)], state.Encoded, buckets); // a copy: the buckets keep their lists
        var prefixes = buckets.Select(b => b.Prefix).ToList();
        var dirtyBuckets = dirty.Select(k => BucketOf(prefixes, k)).ToHashSet(StringComparer.Ordinal);
        var before = new Dictionary<string, List<string>>(state.BucketKeys, StringComparer.Ordinal);
        state.Prefixes = prefixes;
        state.BucketKeys.Clear();
        foreach (var (prefix, keys) in buckets)
        {
            state.BucketKeys[prefix] = keys;

            // A bucket whose prefix is new, or that now holds other keys (the split moved), is written again.
            // Both lists are in ordinal order, each key once.
            if (!before.TryGetValue(prefix, out var old) || !old.SequenceEqual(keys, StringComparer.Ordinal))
            {
                dirtyBuckets.Add(prefix);
            }
        }

        foreach (var gone in state.Buckets.Keys.Where(p => !state.BucketKeys.ContainsKey(p)).ToList())
        {
            state.Buckets.Remove(gone);
        }

        // Each bucket's text (they only read the encodings) made, on every core when many, and filed in one thread after.
        foreach (var (prefix, text) in Made(dirtyBuckets, p => (p, BucketText(state, p))))
        {
            state.Buckets[prefix] = text;
        }

        return Files(state, articles);
    }

    /// <summary>
    /// Every encoded key in ordinal order, the list kept in the state: after an edit that adds or
    /// removes a few keys they are put in or taken out where they belong, instead of sorting every
    /// key of the edition again at each update (tens of thousands; at a thousand articles, hundreds of thousands).
    /// </summary>
    private static List<string> SortedKeys(SearchIndexState state, HashSet<string> dirty)
    {
        var sorted = state.SortedKeys;
        if (sorted.Count == 0 || dirty.Count > sorted.Count / 16)
        {
            sorted.Clear();
            sorted.AddRange(state.Encoded.Keys);
            sorted.Sort(StringComparer.Ordinal);
            return sorted;
        }

        foreach (var key in dirty)
        {
            var at = sorted.BinarySearch(key, StringComparer.Ordinal);
            var encoded = state.Encoded.ContainsKey(key);
            if (encoded && at < 0)
            {
                sorted.Insert(~at, key);
            }
            else if (!encoded && at >= 0)
            {
                sorted.RemoveAt(at);
            }
        }

        return sorted;
    }

    /// <summary>The index's files from the state: the manifest, the buckets, the long postings, the article chunks, the paragraph texts.</summary>
    private static ImmutableArray<(string Path, string Content)> Files(SearchIndexState state, IReadOnlyList<SearchArticle> articles)
    {
        var files = ImmutableArray.CreateBuilder<(string, string)>();
        var documents = state.Articles.Sum(a => a.Paragraphs.Length);
        var averageLength = documents == 0 ? 0 : (double)state.ArticleWords.Sum() / documents;
        var manifest = new SearchManifest(1, documents, articles.Count, Math.Round(averageLength, 3), K1, B, ArticlesPerChunk, ParagraphsPerTextFile, LanguageRuns(articles), state.Prefixes);
        files.Add(("search/index.json", JsonSerializer.Serialize(manifest, SearchJson.Files.SearchManifest) + "\n"));
        files.AddRange(state.Prefixes.Select(p => ($"search/terms/{FileName(p)}.json", state.Buckets[p])));
        files.AddRange(state.More.Select(m => ($"search/more/{FileName(m.Key)}.json", m.Value)));
        for (var chunk = 0; chunk * ArticlesPerChunk < articles.Count; chunk++)
        {
            if (!state.Chunks.TryGetValue(chunk, out var text))
            {
                var list = state.Articles.Skip(chunk * ArticlesPerChunk).Take(ArticlesPerChunk).Select(a => new SearchArticleEntry(a.Title, a.Url, a.Lang)).ToList();
                state.Chunks[chunk] = text = JsonSerializer.Serialize(list, SearchJson.Files.ListSearchArticleEntry) + "\n";
            }

            files.Add(($"search/articles/{chunk}.json", text));
        }

        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var group in articles[a].Paragraphs.Select(p => TextFileOf(p.Number)).Distinct())
            {
                files.Add(($"search/text/{a}-{group}.json", state.Texts[(a, group)]));
            }
        }

        return files.ToImmutable();
    }

    private static SearchIndexState Reset(SearchIndexState state)
    {
        state.Articles.Clear();
        state.Postings.Clear();
        state.ArticleKeys.Clear();
        state.ArticleWords.Clear();
        state.Prefixes = [];
        state.Encoded.Clear();
        state.SortedKeys.Clear();
        state.More.Clear();
        state.Buckets.Clear();
        state.BucketKeys.Clear();
        state.Chunks.Clear();
        state.Texts.Clear();
        return state;
    }

    /// <summary>Article <paramref name="a"/>'s postings of each of its keys, as the encoding reads them (paragraph, count, norm).</summary>
    private static Dictionary<string, List<(int Paragraph, int Count, int Norm)>> PostingsOf(SearchIndexState state, int a)
    {
        var postings = new Dictionary<string, List<(int, int, int)>>(StringComparer.Ordinal);
        foreach (var key in state.ArticleKeys[a])
        {
            var list = state.Postings[key];
            var held = list.Postings;
            var own = new List<(int, int, int)>();
            for (var i = list.FirstOf(a); i < held.Length && held[i].Article == a; i++)
            {
                own.Add((held[i].Paragraph, held[i].Count, held[i].Norm));
            }

            postings[key] = own;
        }

        return postings;
    }

    /// <summary>Takes article <paramref name="a"/>'s postings out of every key it gave.</summary>
    private static void Remove(SearchIndexState state, int a)
    {
        foreach (var key in state.ArticleKeys[a])
        {
            state.Postings[key].RemoveArticle(a);
        }

        foreach (var number in state.Texts.Keys.Where(k => k.Article == a).ToList())
        {
            state.Texts.Remove(number);
        }

        state.ArticleKeys[a] = [];
        state.ArticleWords[a] = 0;
    }

    /// <summary>Puts article <paramref name="a"/>'s postings in, each key's in its place (<see cref="PostingList"/>), and notes the article's keys.</summary>
    /// <param name="keys">A list to gather the article's keys in (emptied first): one for every article of an update.</param>
    /// <param name="texts">Where the article's text files are put, to be written after (<see cref="WriteTexts"/>).</param>
    private static void Add(SearchIndexState state, int a, SearchArticle article, List<string> keys, List<((int Article, int Group) File, NumberedParagraph[] Paragraphs)> texts)
    {
        keys.Clear();
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p];
            var found = article.Terms.IsDefault ? SearchParagraph.Of(paragraph.Text, article.Lang) : article.Terms[p];
            state.ArticleWords[a] += found.Length;
            var norm = Norm(found.Length);
            foreach (var (key, count) in found.Terms)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(state.Postings, key, out _);
                list ??= new PostingList();
                if (list.Add(new(a, paragraph.Number, count, norm)))
                {
                    keys.Add(key);
                }
            }
        }

        state.ArticleKeys[a] = [.. keys];
        foreach (var group in article.Paragraphs.GroupBy(p => TextFileOf(p.Number)))
        {
            texts.Add(((a, group.Key), [.. group]));
        }
    }

    /// <summary>Whether two articles' terms are the same (both found on the way, or equal paragraph by paragraph, key by key).</summary>
    private static bool SameTerms(ImmutableArray<SearchParagraph> last, ImmutableArray<SearchParagraph> now) =>
        last.IsDefault || now.IsDefault
            ? last.IsDefault == now.IsDefault
            : last.Length == now.Length && last.Zip(now).All(p => p.First.Length == p.Second.Length && p.First.Terms.SequenceEqual(p.Second.Terms));

    /// <summary>The number of the text file (of its article's) that holds paragraph <paramref name="number"/>; search.js reckons it alike.</summary>
    internal static int TextFileOf(int number) => number / ParagraphsPerTextFile;

    /// <summary>A text file: an object from each paragraph's number to its text, in the article's order.</summary>
    private static string TextFile(IEnumerable<NumberedParagraph> paragraphs)
    {
        // One buffer a thread (the files are made on every core), kept from file to file: a buffer
        // grown anew for each file was a tenth of what the index allocated.
        var buffer = _textFileBuffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SearchJson.Files.Options.Encoder }))
        {
            writer.WriteStartObject();
            Span<char> number = stackalloc char[11];
            foreach (var paragraph in paragraphs)
            {
                writer.WritePropertyName(number[..Write(number, paragraph.Number)]);
                writer.WriteStringValue(paragraph.Text);
            }

            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _textFileBuffer;

    /// <summary>
    /// A key's postings as its bucket gives them: all, or when there are more than
    /// <see cref="HeadPostings"/> the heaviest (by BM25's weight at a fixed average length of 100
    /// words, so that an edit elsewhere never reorders them) with the full count, the rest apart.
    /// </summary>
    /// <remarks>
    /// The keys are encoded, on every core when many (<see cref="Made"/>; an encoding reads its own
    /// key's postings only), and filed in one thread after, in no order that matters: each key's
    /// encoding is its own.
    /// </remarks>
    private static void Encode(SearchIndexState state, HashSet<string> keys)
    {
        foreach (var (key, (encoded, more)) in Made(keys, k => (k, EncodingOf(state.Postings.GetValueOrDefault(k)))))
        {
            state.More.Remove(key);
            if (encoded is null)
            {
                state.Encoded.Remove(key);
                state.Postings.Remove(key);
                continue;
            }

            state.Encoded[key] = encoded;
            if (more is not null)
            {
                state.More[key] = more;
            }
        }
    }

    /// <summary>The places 0, 1, 2 … of the postings a bucket gives all of: the order they are encoded in.</summary>
    private static readonly int[] InOrder = [.. Enumerable.Range(0, HeadPostings)];

    /// <summary>A key's encoding and, when it has more postings than its bucket gives, the rest's file; nothing for a key without postings.</summary>
    private static (string? Encoded, string? More) EncodingOf(PostingList? list)
    {
        if (list is null || list.Count == 0)
        {
            return (null, null);
        }

        var postings = list.Postings;
        if (postings.Length <= HeadPostings)
        {
            return (Encode(postings, InOrder.AsSpan(0, postings.Length), "", ""), null);
        }

        var (head, rest) = HeadAndRest(postings);
        return (
            Encode(postings, head, "", string.Create(CultureInfo.InvariantCulture, $",{postings.Length}")),
            Encode(postings, rest, "[", "]\n"));
    }

    /// <summary>
    /// The places of the <see cref="HeadPostings"/> heaviest postings (by BM25's weight at a fixed
    /// average length of 100 words, so that an edit elsewhere never reorders them; of equal weights,
    /// the first in list order), and of the rest. Each part is in list order, (article, paragraph),
    /// except that postings of one paragraph number (passages that share it) go heaviest first: the
    /// order the files have always had.
    /// </summary>
    /// <remarks>
    /// In linear time, not by sorting the postings: a weight is a function of a count and a norm, both
    /// small numbers, so only the weights are sorted (as numbers) to find the head's lightest, and the
    /// postings are then taken in the order they are held. Sorting every posting by weight through
    /// comparisons was most of a preview edit at a thousand articles whenever it changed the length
    /// (the norm) of a paragraph with a common word: its key's thousands of postings were sorted again.
    /// </remarks>
    internal static (int[] Head, int[] Others) HeadAndRest(ReadOnlySpan<SearchIndexState.Posting> postings)
    {
        var weights = new double[postings.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Weight(postings[i].Count, Math.Pow(2, postings[i].Norm / 4.0), 100);
        }

        // The head's lightest weight, and how many postings of exactly that weight it takes (the first in list order).
        var sorted = (double[])weights.Clone();
        Array.Sort(sorted);
        var lightest = sorted[^HeadPostings];
        var heavier = 0;
        foreach (var weight in weights)
        {
            heavier += weight > lightest ? 1 : 0;
        }

        var ofLightest = HeadPostings - heavier;
        var inHead = new bool[postings.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            inHead[i] = weights[i] > lightest || (weights[i] == lightest && ofLightest-- > 0);
        }

        var head = new int[HeadPostings];
        var rest = new int[postings.Length - HeadPostings];
        int h = 0, r = 0;
        for (var i = 0; i < postings.Length;)
        {
            // A run of postings of one article and paragraph number: nearly always one posting.
            var end = i + 1;
            while (end < postings.Length && postings[end].Article == postings[i].Article && postings[end].Paragraph == postings[i].Paragraph)
            {
                end++;
            }

            var (headFrom, restFrom) = (h, r);
            for (var j = i; j < end; j++)
            {
                if (inHead[j])
                {
                    head[h++] = j;
                }
                else
                {
                    rest[r++] = j;
                }
            }

            if (end - i > 1)
            {
                HeaviestFirst(head.AsSpan(headFrom, h - headFrom), weights);
                HeaviestFirst(rest.AsSpan(restFrom, r - restFrom), weights);
            }

            i = end;
        }

        return (head, rest);
    }

    /// <summary>Places sorted heaviest first, of equal weights in list order.</summary>
    private static void HeaviestFirst(Span<int> places, double[] weights)
    {
        places.Sort((x, y) => weights[y] != weights[x] ? weights[y].CompareTo(weights[x]) : x.CompareTo(y));
    }

    /// <summary>The text files of the articles put in, made on every core when many (each is its own paragraphs' JSON) and filed after.</summary>
    private static void WriteTexts(SearchIndexState state, List<((int Article, int Group) File, NumberedParagraph[] Paragraphs)> texts)
    {
        foreach (var (file, text) in Made(texts, t => (t.File, TextFile(t.Paragraphs))))
        {
            state.Texts[file] = text;
        }
    }

    /// <summary>Items from which their work is shared out among the cores (<see cref="Made"/>): a build from nothing has thousands, a preview edit's update a few.</summary>
    private const int ParallelFrom = 512;

    /// <summary>What <paramref name="make"/> makes of each item: on every core when there are many (<see cref="ParallelFrom"/>), else on this thread.</summary>
    /// <remarks>
    /// A preview edit's few keys, buckets and text files are made here: handed to the thread pool,
    /// which the rest of the rebuild keeps busy, they waited for a thread to be free, and the index
    /// took some 170-190 ms of a one-word edit at a thousand articles, for work of a few milliseconds.
    /// </remarks>
    private static ImmutableArray<TResult> Made<TItem, TResult>(IReadOnlyCollection<TItem> items, Func<TItem, TResult> make) =>
        OrderedParallel.Select(items, make, ParallelFrom);

    private static string BucketOf(List<string> prefixes, string key)
    {
        for (var n = Math.Min(key.Length, 8); n >= 0; n--)
        {
            if (prefixes.BinarySearch(key[..n], StringComparer.Ordinal) >= 0)
            {
                return key[..n];
            }
        }

        return "";
    }

    private static List<string> KeysIn(SearchIndexState state, string prefix) => state.BucketKeys[prefix];

    /// <summary>A bucket's file: an object from each of its keys to its encoding, a key a line.</summary>
    /// <remarks>
    /// Made at its length, counted first: a string builder grown to a bucket's size and copied out
    /// made the buckets' text twice over. The buckets are written on every core (<see cref="Update"/>).
    /// </remarks>
    private static string BucketText(SearchIndexState state, string prefix)
    {
        var keys = KeysIn(state, prefix);
        var length = "{".Length + "\n}\n".Length;
        foreach (var key in keys)
        {
            length += ",\n".Length + NameLength(key) + ":[]".Length + state.Encoded[key].Length;
        }

        length -= keys.Count > 0 ? ",".Length : 0; // the first key follows the brace on a line of its own: no comma
        return string.Create(length, (state, keys), static (text, bucket) =>
        {
            var at = 0;
            Append(text, ref at, "{");
            foreach (var key in bucket.keys)
            {
                Append(text, ref at, at > 1 ? ",\n" : "\n");
                AppendName(text, ref at, key);
                Append(text, ref at, ":[");
                Append(text, ref at, bucket.state.Encoded[key]);
                Append(text, ref at, "]");
            }

            Append(text, ref at, "\n}\n");
        });
    }

    private static void Append(Span<char> text, ref int at, ReadOnlySpan<char> part)
    {
        part.CopyTo(text[at..]);
        at += part.Length;
    }

    /// <summary>
    /// Whether a key is written in JSON as it is, in quotes: when it holds only letters a-z, digits
    /// and the marks of acronyms and entries, as every key <see cref="SearchKey"/> makes does. Any
    /// other is written as the serializer writes it.
    /// </summary>
    private static bool IsPlain(string key) => !key.AsSpan().ContainsAnyExcept(PlainKeyCharacters);

    private static readonly SearchValues<char> PlainKeyCharacters =
        SearchValues.Create($"abcdefghijklmnopqrstuvwxyz0123456789{SearchParagraph.AcronymMark}{SearchSynonyms.EntryMark}");

    /// <summary>The length of a key as a JSON string (<see cref="IsPlain"/>).</summary>
    private static int NameLength(string key) => IsPlain(key) ? key.Length + 2 : JsonSerializer.Serialize(key, SearchJson.Files.String).Length;

    /// <summary>Writes a key as a JSON string (<see cref="IsPlain"/>).</summary>
    private static void AppendName(Span<char> text, ref int at, string key)
    {
        if (!IsPlain(key))
        {
            Append(text, ref at, JsonSerializer.Serialize(key, SearchJson.Files.String));
            return;
        }

        Append(text, ref at, "\"");
        Append(text, ref at, key);
        Append(text, ref at, "\"");
    }

    /// <summary>
    /// Each article's language as runs: [first article, language] where the language changes. So
    /// a language filter needs no article list, however large the edition.
    /// </summary>
    private static List<object[]> LanguageRuns(IReadOnlyList<SearchArticle> articles)
    {
        var runs = new List<object[]>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (a == 0 || articles[a].Lang != articles[a - 1].Lang)
            {
                runs.Add([a, articles[a].Lang]);
            }
        }

        return runs;
    }

    /// <summary>
    /// A paragraph's length as the postings give it: four steps an octave (round(4·log2 length)), as
    /// search engines keep norms, so that an edit of a word or two leaves the postings of the
    /// paragraph's other words, and so their buckets, as they were. The browser reads 2^(norm/4).
    /// </summary>
    public static int Norm(int length) => (int)Math.Round(Math.Log2(Math.Max(length, 1)) * 4);

    /// <summary>The BM25 weight of a term in a paragraph, without the term's idf (the same for all its paragraphs).</summary>
    private static double Weight(int count, double length, double averageLength) =>
        count * (K1 + 1) / (count + (K1 * (1 - B + (B * length / Math.Max(averageLength, 1)))));

    /// <summary>The most characters a posting takes: four numbers (of ten digits and a sign at most) and their commas.</summary>
    private const int MostPostingCharacters = 4 * 12;

    /// <summary>
    /// Postings as a flat array's items (article as a delta from the previous posting's, paragraph,
    /// count, norm), taken in the order given, between <paramref name="before"/> and <paramref name="after"/>.
    /// </summary>
    /// <remarks>
    /// The numbers are formatted straight into one buffer of the thread's (keys are encoded on every
    /// core), long enough whatever they are, and the text made one string: a string builder's growth
    /// and interpolation made about three times the encodings' size in garbage.
    /// </remarks>
    private static string Encode(ReadOnlySpan<SearchIndexState.Posting> postings, ReadOnlySpan<int> order, string before, string after)
    {
        var most = before.Length + (order.Length * MostPostingCharacters) + after.Length;
        if (_encodingBuffer is null || _encodingBuffer.Length < most)
        {
            _encodingBuffer = new char[Math.Max(most, 4096)];
        }

        var text = _encodingBuffer.AsSpan();
        before.CopyTo(text);
        var length = before.Length;
        var previous = 0;
        foreach (var i in order)
        {
            var posting = postings[i];
            if (length > before.Length)
            {
                text[length++] = ',';
            }

            length += Write(text[length..], posting.Article - previous);
            text[length++] = ',';
            length += Write(text[length..], posting.Paragraph);
            text[length++] = ',';
            length += Write(text[length..], posting.Count);
            text[length++] = ',';
            length += Write(text[length..], posting.Norm);
            previous = posting.Article;
        }

        after.CopyTo(text[length..]);
        return new string(text[..(length + after.Length)]);
    }

    [ThreadStatic]
    private static char[]? _encodingBuffer;

    /// <summary>Writes a number as the encoding has it (invariant digits) and says how many characters it took.</summary>
    private static int Write(Span<char> text, int number)
    {
        number.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Files keys under prefixes, one letter longer each time a bucket would be too big.</summary>
    private static void Split(string prefix, List<string> keys, Dictionary<string, string> encoded, List<(string, List<string>)> buckets)
    {
        var size = keys.Sum(k => k.Length + encoded[k].Length + 6);
        if (size <= BucketBytes || prefix.Length >= 8)
        {
            if (keys.Count > 0 || prefix.Length == 0)
            {
                buckets.Add((prefix, keys));
            }

            return;
        }

        var own = keys.Where(k => k.Length == prefix.Length).ToList();
        buckets.Add((prefix, own)); // the keys equal to the prefix itself (and, for "", none)
        foreach (var group in keys.Where(k => k.Length > prefix.Length).GroupBy(k => k[prefix.Length]).OrderBy(g => g.Key))
        {
            Split(prefix + group.Key, [.. group], encoded, buckets);
        }
    }

    /// <summary>A bucket's or key's file name: keys are a-z and 0-9 already; anything else is written as its code.</summary>
    private static string FileName(string text) =>
        text.Length == 0 ? "_" : string.Concat(text.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c.ToString() : $"_{(int)c:x}"));
}
