using System.Text;
using KzEdition.Cleaning;
using KzEdition.Reading;

namespace KzEdition.Tests.Cleaning.Layouts;

/// <summary>
/// The real edition's reviewed paragraphs flattened as a web page's text can be, every article on
/// one line, as 003 came: with no headings, the cleaner must invent none; with section headings run
/// into the line, it must set apart only those, and as many as the evidence allows. The corpus's
/// evidence is the flattened collection's alone.
/// </summary>
public sealed class FlattenedSourceTests
{
    /// <summary>Section headings as journal articles print them (<see cref="BlockClassifier"/> knows them).</summary>
    private static readonly string[] JournalHeadings = ["Кіріспе", "Зерттеу әдістері", "Негізгі бөлім", "Талқылау", "Қорытынды"];

    /// <summary>Headings of a web article's sections, which no list holds: only the capital after them tells them.</summary>
    private static readonly string[] TopicalHeadings = ["Тарихы", "Құрылымы", "Ынтымақтастық бағыттары", "Әскери реформа", "Болашағы"];

    /// <summary>A heading is run in before every this many paragraphs.</summary>
    private const int ParagraphsPerSection = 2;

    private sealed record Flattened(string Golden, SourceText Source, List<string> Headings);

    [Fact]
    public void Clean_OfTheRealParagraphsOnOneLine_InventsNoHeading()
    {
        var (sources, cleaned) = CleanAll([]);

        var invented = cleaned.SelectMany((c, i) => c.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => $"{sources[i].Golden}: «{b.Text}»")).ToList();
        Assert.True(cleaned.Count(c => c.Layout == SourceLayout.SingleLongLine) >= 5, "too few articles long enough to be read as one long line");
        Assert.True(invented.Count == 0, "headings invented:\n" + string.Join("\n", invented));
    }

    /// <summary>Journal headings are known by name; topical ones only by the capital after them, which a name there (Қазақстан, Орталық Азия) leaves silent.</summary>
    [Theory]
    [InlineData("journal", 1.0)]
    [InlineData("topical", 0.18)]
    public void Clean_OfHeadingsRunIntoTheLine_SetsApartOnlyThose_AndLosesNoWord(string kind, double floor)
    {
        var (sources, cleaned) = CleanAll(kind == "journal" ? JournalHeadings : TopicalHeadings);

        var (runIn, found, wrong) = (0, 0, new List<string>());
        for (var i = 0; i < sources.Count; i++)
        {
            if (cleaned[i].Layout != SourceLayout.SingleLongLine)
            {
                continue;
            }

            runIn += sources[i].Headings.Count;
            var expected = sources[i].Headings.GroupBy(h => h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var heading in cleaned[i].Blocks.Where(b => b.Kind == BlockKind.Heading))
            {
                if (expected.GetValueOrDefault(heading.Text) > 0)
                {
                    expected[heading.Text]--;
                    found++;
                }
                else
                {
                    wrong.Add($"{sources[i].Golden}: «{heading.Text}»");
                }
            }

            Assert.Equal(Letters(sources[i].Source.Text), Letters(string.Concat(cleaned[i].Blocks.Select(b => b.Text))));
        }

        var share = (double)found / runIn;
        TestContext.Current.TestOutputHelper?.WriteLine($"{kind} headings set apart: {found} of {runIn} ({share:P1}); wrong: {wrong.Count}");
        Assert.True(wrong.Count == 0, "phrases wrongly set apart as headings:\n" + string.Join("\n", wrong));
        Assert.True(share >= floor, $"{found} of {runIn} {kind} headings set apart ({share:P1}, floor {floor:P0})");
    }

    private static (List<Flattened> Sources, List<CleanedSource> Cleaned) CleanAll(string[] headings)
    {
        var sources = GoldenParagraphs.Files.Select(golden => Flatten(golden, headings)).ToList();
        var words = WordEvidence.From(sources.Select(s => s.Source.Text));
        var cases = CaseEvidence.From(sources.Select(s => s.Source.Text));
        return (sources, [.. sources.Select(s => SourceCleaner.Clean(s.Source, words, cases))]);
    }

    /// <summary>An article's paragraphs on one line, with the headings in turn before every second paragraph.</summary>
    private static Flattened Flatten(string golden, string[] sectionHeadings)
    {
        var paragraphs = GoldenParagraphs.Of(golden);
        var pieces = new List<string>();
        var headings = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (sectionHeadings.Length > 0 && i > 0 && i % ParagraphsPerSection == 0)
            {
                var heading = sectionHeadings[((i / ParagraphsPerSection) - 1) % sectionHeadings.Length];
                headings.Add(heading);
                pieces.Add(heading);
            }

            pieces.Add(paragraphs[i]);
        }

        var source = SourceReader.Decode(Encoding.UTF8.GetBytes(string.Join(' ', pieces) + "\n"), "input/sources/" + Path.ChangeExtension(golden, ".txt"));
        return new Flattened(golden, source, headings);
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
}
