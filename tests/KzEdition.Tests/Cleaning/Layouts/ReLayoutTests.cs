using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Tests.Cleaning.Layouts;

/// <summary>
/// The cleaner on layouts it has never seen: the reviewed paragraphs of the real edition, laid out
/// again in many ways (<see cref="LayoutFamily"/>, <see cref="ReLaidSource"/>), must come back
/// exactly, nearly all of them, and with no word lost. The corpus's evidence is that of the
/// re-laid collection alone, as for texts the project does not have.
/// </summary>
public sealed partial class ReLayoutTests
{
    /// <summary>Collections a family is tried with: every golden article, laid out in this many draws.</summary>
    private const int SeedsPerArticle = 6;

    /// <summary>The share of paragraphs the cleaner must give back exactly, in every family whose layout marks paragraph starts.</summary>
    private const double Target = 0.97;

    /// <summary>
    /// Where nothing marks a paragraph's start, the share that must still come back exactly (set when
    /// the fit test and the source's paragraph lengths gave 87.8–88.6 %, 85.8–86.5 % on draws 100–119
    /// and 84.6 % on the worst six of those, 112–117; with the collection's openings weighed too,
    /// 90.1–90.9 %, 87.6–88.4 % and 88.6 %; 78–80 % from the fit test alone). Raised from 84 % to
    /// 88 % with the openings, so that losing them fails here; every paragraph end missed there is
    /// flagged instead (<see cref="Clean_FlagsEveryParagraphEndItMisses_WhereTheLayoutMarksNone"/>).
    /// </summary>
    private const double UnmarkedFloor = 0.88;

    public static TheoryData<string> Families() => [.. LayoutFamily.All.Select(f => f.Name)];

    public static TheoryData<string> UnmarkedFamilies() => [.. LayoutFamily.All.Where(f => !f.MarksParagraphStarts).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Families))]
    public void Clean_RecoversTheParagraphs_OfEachLayoutFamily(string family)
    {
        var layout = LayoutFamily.Named(family);
        var result = Recover(layout);
        var target = layout.MarksParagraphStarts ? Target : UnmarkedFloor;

        TestContext.Current.TestOutputHelper?.WriteLine($"{family}: {result.Exact}/{result.Total} paragraphs exact ({result.Share:P1})");
        Assert.True(result.Share >= target, $"{family}: {result.Exact} of {result.Total} paragraphs exact ({result.Share:P1}, target {target:P0}). First misses:\n{string.Join("\n", result.Misses.Take(40))}");
    }

    /// <summary>Where the layout marks no paragraph starts, no paragraph end is lost silently: the cleaner ends the paragraph there, or flags the line for the editor.</summary>
    [Theory]
    [MemberData(nameof(UnmarkedFamilies))]
    public void Clean_FlagsEveryParagraphEndItMisses_WhereTheLayoutMarksNone(string family)
    {
        var result = Recover(LayoutFamily.Named(family));

        Assert.True(result.SilentMerges.Count == 0, $"{family}: paragraph ends neither found nor flagged:\n{string.Join("\n", result.SilentMerges.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Clean_LosesNoWord_OfEachLayoutFamily(string family)
    {
        var result = Recover(LayoutFamily.Named(family));

        Assert.True(result.Lost.Count == 0, $"{family}: words lost (neither in the text nor in the furniture removed):\n{string.Join("\n", result.Lost.Take(10))}");
    }

    [Fact]
    public void Generator_IsSeeded_AndPutsEveryWordIn()
    {
        var paragraphs = GoldenParagraphs.Of(GoldenParagraphs.Files[0]);
        foreach (var family in LayoutFamily.All)
        {
            var a = ReLaidSource.Make(paragraphs, family, 7);
            var b = ReLaidSource.Make(paragraphs, family, 7);
            Assert.Equal(a.Bytes, b.Bytes);

            // Hyphens and soft hyphens aside, the source holds the paragraphs' letters in order.
            var source = SourceReader.Decode(a.Bytes, "relaid.txt").Text;
            Assert.Equal(Letters(string.Concat(paragraphs)), Letters(Strip(source, a.Furniture)));
        }
    }

    [Theory]
    [InlineData("бағдарламасы", 8, 6)]
    [InlineData("қауіп-қатерлердің", 7, 6)]
    [InlineData("НАТО-ның", 6, 5)]
    [InlineData("НАТО", 4, 0)]
    public void Wrap_BreaksAWord_AtTheLastSyllableOrHyphenThatFits(string word, int room, int expected)
    {
        Assert.Equal(expected, ReLaidSource.BestBreak(word, room));
    }

    /// <summary>
    /// The draws: 0 to <see cref="SeedsPerArticle"/> − 1, or the range KZEDITION_RELAYOUT_SEEDS names
    /// ("100-119"), to measure the cleaner on draws its figures were not taken from. (The floors hold
    /// for the default draws; another range measures, and may fall below them.)
    /// </summary>
    private static IEnumerable<int> Seeds()
    {
        var range = Environment.GetEnvironmentVariable("KZEDITION_RELAYOUT_SEEDS");
        if (string.IsNullOrEmpty(range))
        {
            return Enumerable.Range(0, SeedsPerArticle);
        }

        var parts = range.Split('-');
        var (first, last) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
        return Enumerable.Range(first, last - first + 1);
    }

    private sealed record Recovery(int Total, int Exact, List<string> Misses, List<string> Lost, List<string> SilentMerges)
    {
        public double Share => Total == 0 ? 1 : (double)Exact / Total;
    }

    /// <summary>
    /// Each draw lays out every golden article as a source of one new collection, and cleans each
    /// with the evidence of the whole collection, as a build of that input does.
    /// </summary>
    private static Recovery Recover(LayoutFamily family)
    {
        var (total, exact, misses, lost, silent) = (0, 0, new List<string>(), new List<string>(), new List<string>());
        var articles = GoldenParagraphs.Files.Select(GoldenParagraphs.Of).ToList();
        foreach (var seed in Seeds())
        {
            var sources = articles.Select((paragraphs, article) => ReLaidSource.Make(paragraphs, family, (article * 1000) + seed)).ToList();
            var decoded = sources.Select(s => SourceReader.Decode(s.Bytes, "relaid.txt")).ToList();
            var vocabularies = decoded.Select(d => SourceVocabulary.Of(d.Text)).ToList();
            var (evidence, openings) = (WordEvidence.From(vocabularies), OpeningEvidence.From(vocabularies));
            for (var article = 0; article < articles.Count; article++)
            {
                var (golden, paragraphs, source) = (GoldenParagraphs.Files[article], articles[article], sources[article]);
                var cleaned = SourceCleaner.Clean(decoded[article], evidence, openings: openings);
                var texts = cleaned.Blocks.Where(b => b.Kind != BlockKind.Boundary).Select(b => b.Text).ToList();
                var remaining = texts.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                foreach (var paragraph in paragraphs)
                {
                    total++;
                    if (remaining.TryGetValue(paragraph, out var count) && count > 0)
                    {
                        remaining[paragraph] = count - 1;
                        exact++;
                    }
                    else
                    {
                        misses.Add($"{golden} ({source.Description}): {Difference(paragraph, Nearest(texts, paragraph))}");
                    }
                }

                var blockEnds = cleaned.Blocks.Select(b => b.LastLine).ToHashSet();
                var flagged = cleaned.Decisions.Where(d => d.Severity == Severity.Warning).Select(d => d.Line).ToHashSet();
                foreach (var end in source.ParagraphEnds.Where(e => !blockEnds.Contains(e) && !flagged.Contains(e)))
                {
                    silent.Add($"{golden} ({source.Description}): line {end}");
                }

                var have = Words(string.Join(' ', texts) + " " + string.Join(' ', cleaned.Furniture.Select(f => f.Text)));
                foreach (var (word, count) in Words(string.Join(' ', paragraphs)))
                {
                    if (have.GetValueOrDefault(word) < count)
                    {
                        lost.Add($"{golden} ({source.Description}): '{word}' {count}× in, {have.GetValueOrDefault(word)}× out");
                    }
                }
            }
        }

        return new Recovery(total, exact, misses, lost, silent);
    }

    /// <summary>The words of a text, hyphens left out: a hyphen wrongly kept or dropped is a paragraph not exact, not a word lost.</summary>
    private static Dictionary<string, int> Words(string text) =>
        WordPattern().Matches(text).GroupBy(m => m.Value.Replace("-", "", StringComparison.Ordinal), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Nearest(List<string> texts, string paragraph)
    {
        var start = paragraph[..Math.Min(30, paragraph.Length)];
        return texts.FirstOrDefault(t => t.Contains(start, StringComparison.Ordinal)) ?? "(none holds its start)";
    }

    /// <summary>Where the block nearest the paragraph first differs from it, a few words either side of both.</summary>
    private static string Difference(string paragraph, string block)
    {
        var at = 0;
        while (at < paragraph.Length && at < block.Length && paragraph[at] == block[at])
        {
            at++;
        }

        string Around(string text) => text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 40)];
        return $"expected «…{Around(paragraph)}…» got «…{Around(block)}…» ({paragraph.Length} vs {block.Length} chars)";
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : $"{text[..80]} … {text[^80..]} ({text.Length.ToString(CultureInfo.InvariantCulture)} chars)";

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static string Strip(string text, IReadOnlyList<string> furniture)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        var rest = new StringBuilder();
        var pending = new Queue<string>(furniture);
        foreach (var line in lines)
        {
            if (pending.Count > 0 && line == pending.Peek())
            {
                pending.Dequeue();
                continue;
            }

            rest.Append(line).Append('\n');
        }

        return rest.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
