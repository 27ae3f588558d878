using System.Text;
using KzEdition.Cleaning;
using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// The cleaner must be right for text it has never seen: the same text, disturbed the ways
/// extraction disturbs text (re-wrapped at other widths, words hyphenated at line ends, page
/// numbers and running heads between pages, CRLF, a BOM, UTF-16, soft hyphens, no-break
/// spaces), must come back exactly as the undisturbed text does.
/// </summary>
public sealed class GeneralisationTests
{
    private static readonly string[] Sources = [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "sources")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> SourcesAndDisturbances()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in Sources)
        {
            foreach (var disturbance in new[] { "crlf", "bom", "utf16le", "utf16be", "soft-hyphens", "no-break-spaces", "page-furniture" })
            {
                data.Add(source, disturbance);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourcesAndDisturbances))]
    public void Clean_GivesTheSameBlocks_WhateverTheDisturbance(string source, string disturbance)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, "sources", source));
        var expected = Blocks(SourceReader.Decode(Encoding.UTF8.GetBytes(text), source), text);

        var bytes = Disturb(text, disturbance);
        var actual = Blocks(SourceReader.Decode(bytes, source), text);

        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, int> GoldenArticlesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var width in new[] { 60, 75, 90 })
            {
                data.Add(Path.GetFileName(file), width);
            }
        }

        return data;
    }

    /// <summary>
    /// The paragraphs of a cleaned article, set as a PDF extraction would (hard-wrapped at a
    /// width, long words hyphenated at line ends, a page number every 40 lines), come back as they were.
    /// </summary>
    [Theory]
    [MemberData(nameof(GoldenArticlesAndWidths))]
    public void Clean_RebuildsRewrappedHyphenatedParagraphs(string golden, int width)
    {
        var paragraphs = Paragraphs(File.ReadAllText(Golden.Folder("RealInput", golden)));
        Assert.NotEmpty(paragraphs);
        var corpus = string.Join('\n', paragraphs);

        var wrapped = Wrap(paragraphs, width);
        var cleaned = SourceCleaner.Clean(SourceReader.Decode(Encoding.UTF8.GetBytes(wrapped), "wrapped.txt"), WordEvidence.From([corpus]));

        Assert.Equal(SourceLayout.HardWrapped, cleaned.Layout);
        Assert.Equal(paragraphs, cleaned.Blocks.Where(b => b.Kind != BlockKind.Boundary).Select(b => b.Text));
    }

    [Fact]
    public void Clean_NeverThrows_OnMalformedInput()
    {
        var random = new Random(20261123);
        const string alphabet = "аәбвгғдеёжзийкқлмнңоөпрсстуұүфхһцчшщъыіьэюяАӘБҚҢӨҰҮІНАТО0123456789 .,;:!?-–—«»()[]/\n\n\n\t";
        for (var i = 0; i < 300; i++)
        {
            var length = random.Next(0, 400);
            var text = new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var cleaned = SourceCleaner.Clean(SourceReader.Decode(Encoding.UTF8.GetBytes(text), "random.txt"));
            var segments = ArticleSegmenter.Segment(cleaned);
            foreach (var segment in segments)
            {
                ArticleBuilder.Build(segment, CaseEvidence.From([text]), WordEvidence.From([text]), "kk");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("   \t  ")]
    [InlineData("2455")]
    [InlineData("________________________")]
    public void Clean_OfNothingButWhitespaceOrFurniture_GivesNoBlocksAndNoArticle(string text)
    {
        var cleaned = SourceCleaner.Clean(SourceReader.Decode(Encoding.UTF8.GetBytes(text), "empty.txt"));

        Assert.DoesNotContain(cleaned.Blocks, b => b.Kind != BlockKind.Boundary);
        Assert.Empty(ArticleSegmenter.Segment(cleaned));
    }

    /// <summary>Cleaning the cleaned text again changes nothing: its paragraphs, one a line, come back as they are.</summary>
    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Clean_OfCleanedParagraphs_ChangesNothing(string golden)
    {
        var paragraphs = Paragraphs(File.ReadAllText(Golden.Folder("RealInput", golden)));
        var text = string.Join('\n', paragraphs);

        var cleaned = SourceCleaner.Clean(SourceReader.Decode(Encoding.UTF8.GetBytes(text), "cleaned.txt"), WordEvidence.From([text]));

        Assert.Equal(paragraphs, cleaned.Blocks.Select(b => b.Text));
    }

    public static TheoryData<string> GoldenFiles() => [.. Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static List<(BlockKind, string)> Blocks(SourceText source, string corpus) =>
        [.. SourceCleaner.Clean(source, WordEvidence.From([corpus])).Blocks.Select(b => (b.Kind, b.Text))];

    private static byte[] Disturb(string text, string disturbance) => disturbance switch
    {
        "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
        "bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        // A soft hyphen inside every word of seven letters or more: invisible, and removed.
        "soft-hyphens" => Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\b\p{L}{3})(?=\p{L}{4})", "\u00AD")),
        // A no-break space after every short word, as word processors put them.
        "no-break-spaces" => Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\b\p{L}{1,3}) (?=\p{L})", "\u00A0")),
        "page-furniture" => Encoding.UTF8.GetBytes(AddPageFurniture(text)),
        _ => throw new ArgumentOutOfRangeException(nameof(disturbance)),
    };

    /// <summary>Between "pages" of a hard-wrapped source, a page number and a running head; other layouts have no pages.</summary>
    private static string AddPageFurniture(string text)
    {
        var lines = text.Split('\n');
        if (LayoutDetector.Detect(lines) != SourceLayout.HardWrapped)
        {
            return text;
        }

        var blankBetween = lines.Count(l => l.Trim().Length == 0) > lines.Length / 3;
        var result = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && i % 46 == 0 && lines[i - 1].Trim().Length > 0)
            {
                var page = 2400 + (i / 46);
                result.AddRange(blankBetween
                    ? [string.Empty, page.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty, "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы. №2 (42). 2009", string.Empty]
                    : [page.ToString(System.Globalization.CultureInfo.InvariantCulture), "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы. №2 (42). 2009"]);
            }

            result.Add(lines[i]);
        }

        return string.Join('\n', result);
    }

    /// <summary>The body paragraphs of a golden article's Markdown (not headings, lists, tables), unescaped.</summary>
    private static List<string> Paragraphs(string markdown) => Layouts.GoldenParagraphs.FromMarkdown(markdown);

    /// <summary>
    /// Sets paragraphs as a PDF extraction gives them: hard-wrapped lines of a width, the first line
    /// of each paragraph indented (as 004 shows; without it a paragraph whose last line is full
    /// leaves no trace), long words split with a hyphen at line ends.
    /// </summary>
    private static string Wrap(List<string> paragraphs, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var line = new StringBuilder(" ");
            var empty = true;
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length + 1 + word.Length <= width)
                {
                    line.Append(empty ? "" : " ").Append(word);
                    empty = false;
                    continue;
                }

                // Hyphenate a long plain word across the line end, as typesetting does.
                var room = width - line.Length - 2;
                if (word.Length >= 10 && room >= 4 && word.All(char.IsLetter) && char.IsLower(word[0]) && word.Length - room >= 4)
                {
                    lines.Add(line.Append(' ').Append(word[..room]).Append('-').ToString());
                    line.Clear().Append(word[room..]);
                }
                else
                {
                    lines.Add(line.ToString());
                    line.Clear().Append(word);
                }
            }

            lines.Add(line.ToString());
        }

        return string.Join('\n', lines) + "\n";
    }
}
