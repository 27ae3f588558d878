using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KzEdition.Search;

/// <summary>
/// Writes the edition's search index as static files under <c>search/</c>, split so that a query
/// loads only what it needs, whatever the edition's size:
/// <code>
/// search/index.json           the manifest: counts, BM25 constants, articles' languages (runs), the term buckets' prefixes
/// search/terms/&lt;prefix&gt;.json  the keys filed under that prefix, each with its postings
/// search/more/&lt;key&gt;.json      the rest of a very common key's postings (rarely needed)
/// search/articles/&lt;n&gt;.json    titles, URLs and languages of articles n·25 … n·25+24
/// search/text/&lt;a&gt;/&lt;p&gt;.json    paragraph p of article a, for the snippets of the results shown
/// </code>
/// A paragraph is a document. Postings are flat arrays of (article index as a delta from the
/// previous posting's, paragraph number, count, paragraph length). Buckets are prefixes of keys,
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
    public const double K1 = 1.2;
    public const double B = 0.75;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="paragraphOf">How a paragraph's terms are found (an incremental session remembers them by text).</param>
    public static ImmutableArray<(string Path, string Content)> Build(IReadOnlyList<SearchArticle> articles, Func<string, string, SearchParagraph> paragraphOf)
    {
        var postings = new SortedDictionary<string, List<(int Article, int Paragraph, int Count, int Length)>>(StringComparer.Ordinal);
        long words = 0;
        var documents = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var paragraph in articles[a].Paragraphs)
            {
                var found = paragraphOf(paragraph.Text, articles[a].Lang);
                documents++;
                words += found.Length;
                foreach (var (key, count) in found.Terms)
                {
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = [];
                    }

                    list.Add((a, paragraph.Number, count, found.Length));
                }
            }
        }

        var averageLength = documents == 0 ? 0 : (double)words / documents;
        var files = ImmutableArray.CreateBuilder<(string, string)>();
        var encoded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, list) in postings)
        {
            var ordered = list.Count <= HeadPostings ? list : [.. list.OrderByDescending(p => Weight(p.Count, p.Length, averageLength)).ThenBy(p => p.Article).ThenBy(p => p.Paragraph)];
            var head = ordered.Take(HeadPostings).OrderBy(p => p.Article).ThenBy(p => p.Paragraph).ToList();
            encoded[key] = Encode(head) + (list.Count > HeadPostings ? $",{list.Count}" : "");
            if (list.Count > HeadPostings)
            {
                files.Add(($"search/more/{FileName(key)}.json", "[" + Encode([.. ordered.Skip(HeadPostings).OrderBy(p => p.Article).ThenBy(p => p.Paragraph)]) + "]\n"));
            }
        }

        var buckets = new List<(string Prefix, List<string> Keys)>();
        Split("", [.. encoded.Keys], encoded, buckets);
        foreach (var (prefix, keys) in buckets)
        {
            var text = new StringBuilder("{");
            foreach (var key in keys)
            {
                text.Append(text.Length > 1 ? ",\n" : "\n").Append(JsonSerializer.Serialize(key, Json)).Append(":[").Append(encoded[key]).Append(']');
            }

            files.Add(($"search/terms/{FileName(prefix)}.json", text.Append("\n}\n").ToString()));
        }

        for (var chunk = 0; chunk * ArticlesPerChunk < articles.Count; chunk++)
        {
            var list = articles.Skip(chunk * ArticlesPerChunk).Take(ArticlesPerChunk).Select(a => new { title = a.Title, url = a.Url, lang = a.Lang });
            files.Add(($"search/articles/{chunk}.json", JsonSerializer.Serialize(list, Json) + "\n"));
        }

        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var paragraph in articles[a].Paragraphs)
            {
                files.Add(($"search/text/{a}/{paragraph.Number}.json", JsonSerializer.Serialize(paragraph.Text, Json) + "\n"));
            }
        }

        var manifest = new
        {
            version = 1,
            documents,
            articles = articles.Count,
            averageLength = Math.Round(averageLength, 3),
            k1 = K1,
            b = B,
            articlesPerChunk = ArticlesPerChunk,
            languages = LanguageRuns(articles),
            buckets = buckets.Select(b => b.Prefix),
        };
        files.Insert(0, ("search/index.json", JsonSerializer.Serialize(manifest, Json) + "\n"));
        return files.ToImmutable();
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

    /// <summary>The BM25 weight of a term in a paragraph, without the term's idf (the same for all its paragraphs).</summary>
    private static double Weight(int count, int length, double averageLength) =>
        count * (K1 + 1) / (count + (K1 * (1 - B + (B * length / Math.Max(averageLength, 1)))));

    private static string Encode(List<(int Article, int Paragraph, int Count, int Length)> postings)
    {
        var text = new StringBuilder();
        var previous = 0;
        foreach (var (article, paragraph, count, length) in postings)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append((article - previous).ToString(CultureInfo.InvariantCulture)).Append(',').Append(paragraph.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append(',').Append(length.ToString(CultureInfo.InvariantCulture));
            previous = article;
        }

        return text.ToString();
    }

    /// <summary>Files keys under prefixes, one letter longer each time a bucket would be too big.</summary>
    private static void Split(string prefix, List<string> keys, SortedDictionary<string, string> encoded, List<(string, List<string>)> buckets)
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
