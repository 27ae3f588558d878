using System.Text;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

public sealed class SourceCleanerTests
{
    public static TheoryData<int, BlankLines> WrappedLayouts
    {
        get
        {
            var data = new TheoryData<int, BlankLines>();
            foreach (var width in SyntheticSource.Widths)
            {
                foreach (var blankLines in Enum.GetValues<BlankLines>())
                {
                    data.Add(width, blankLines);
                }
            }

            return data;
        }
    }

    public static TheoryData<int, string> WrappedEncodings
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var width in SyntheticSource.Widths)
            {
                foreach (var form in Forms)
                {
                    data.Add(width, form);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> EncodingForms => [.. Forms];

    /// <summary>Every synthetic source, by name, for the properties that hold whatever the layout.</summary>
    public static TheoryData<string> SyntheticCases => [.. AllSynthetic().Keys];

    /// <summary>The real inputs of the repository, by file name.</summary>
    public static TheoryData<string> RealSources => [.. RealSourceFiles()];

    private static readonly string[] Forms = ["UTF-8, LF", "UTF-8 with BOM, CRLF", "UTF-16 LE, CRLF", "UTF-16 BE, CR"];

    [Fact]
    public void TheSyntheticParagraphs_AreRealisticAndTheirEndsCanBeSeen()
    {
        // The properties below only mean something if the data is what they assume: 300–600
        // characters a paragraph, several lines each at every width, and a last line clearly
        // shorter than the others (otherwise no reader could tell where a paragraph ends).
        foreach (var paragraph in SyntheticSource.Paragraphs)
        {
            Assert.InRange(paragraph.Length, 300, 600);
            foreach (var width in SyntheticSource.Widths)
            {
                foreach (var hyphenate in new[] { false, true })
                {
                    var lines = SyntheticSource.Wrap(paragraph, width, hyphenate);
                    Assert.True(lines.Count >= 4, $"{lines.Count} lines at {width}");
                    Assert.All(lines, line => Assert.True(line.Length <= width, line));
                    Assert.True(lines[^1].Length <= width * 0.75, $"last line of {lines[^1].Length} characters at width {width}: {lines[^1]}");
                    Assert.Equal(paragraph, string.Join(' ', lines).Replace("- ", "", StringComparison.Ordinal));
                }
            }
        }

        Assert.Contains(SyntheticSource.Widths, width => SyntheticSource.Paragraphs.Any(p => SyntheticSource.Wrap(p, width, hyphenate: true).Any(l => l.EndsWith('-'))));
    }

    [Theory]
    [MemberData(nameof(WrappedLayouts))]
    public void Clean_WhenParagraphsAreHardWrapped_ReturnsExactlyTheParagraphsAndListsTheFurniture(int width, BlankLines blankLines)
    {
        var synthetic = SyntheticSource.HardWrapped(width, blankLines);

        var cleaned = SourceCleaner.Clean(Decode(synthetic.Text));

        Assert.Equal(SourceLayout.HardWrapped, cleaned.Layout);
        Assert.Equal(synthetic.Blocks, Blocks(cleaned));
        Assert.Equal(synthetic.Furniture, cleaned.Furniture);
        Assert.Empty(cleaned.Notes);
    }

    [Theory]
    [MemberData(nameof(WrappedLayouts))]
    public void Clean_WhenWordsAreHyphenatedAtLineEnds_RejoinsThemOnTheCorpusEvidence(int width, BlankLines blankLines)
    {
        var synthetic = SyntheticSource.HardWrapped(width, blankLines, hyphenate: true);
        var corpus = WordEvidence.From(SyntheticSource.Paragraphs);

        var cleaned = SourceCleaner.Clean(Decode(synthetic.Text), corpus);

        Assert.Equal(synthetic.Blocks, Blocks(cleaned));
        Assert.Equal(synthetic.Furniture, cleaned.Furniture);
        var splits = synthetic.Text.Split('\n').Count(l => l.TrimEnd().EndsWith('-'));
        Assert.Equal(splits, cleaned.Decisions.Count(d => d.Message.StartsWith("joined a word split by a hyphen", StringComparison.Ordinal)));
        Assert.DoesNotContain(cleaned.Decisions, d => d.Severity == Severity.Warning && d.Message.Contains("hyphen", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WrappedEncodings))]
    public void Clean_WhenAHardWrappedSourceComesInAnotherEncodingOrWithOtherLineEnds_GivesTheSameBlocks(int width, string form)
    {
        var synthetic = SyntheticSource.HardWrapped(width, BlankLines.AfterEveryLine);

        var cleaned = SourceCleaner.Clean(SourceReader.Decode(Encode(synthetic.Text, form), "input/sources/synthetic.txt"));

        Assert.Equal(synthetic.Blocks, Blocks(cleaned));
        Assert.Equal(synthetic.Furniture, cleaned.Furniture);
    }

    [Fact]
    public void Clean_WhenEachLineIsASentence_ReturnsExactlyTheParagraphsAndListsTheFurniture()
    {
        var synthetic = SyntheticSource.SentencePerLine();

        var cleaned = SourceCleaner.Clean(Decode(synthetic.Text));

        Assert.Equal(SourceLayout.SentencePerLine, cleaned.Layout);
        Assert.Equal(synthetic.Blocks, Blocks(cleaned));
        Assert.Equal(synthetic.Furniture, cleaned.Furniture);
    }

    [Theory]
    [MemberData(nameof(EncodingForms))]
    public void Clean_WhenASentencePerLineSourceComesInAnotherEncodingOrWithOtherLineEnds_GivesTheSameBlocks(string form)
    {
        var synthetic = SyntheticSource.SentencePerLine();

        var cleaned = SourceCleaner.Clean(SourceReader.Decode(Encode(synthetic.Text, form), "input/sources/synthetic.txt"));

        Assert.Equal(SourceLayout.SentencePerLine, cleaned.Layout);
        Assert.Equal(synthetic.Blocks, Blocks(cleaned));
        Assert.Equal(synthetic.Furniture, cleaned.Furniture);
    }

    [Fact]
    public void Clean_WhenEachLineIsAParagraph_MakesABlockOfEachAndTakesTheFurnitureOut()
    {
        var text = string.Join("\n\n", SyntheticSource.Paragraphs[..2]) + "\n\n17\n\nhttps://www.nato.int/cps/en/natohq/topics_52044.htm\n\n" + SyntheticSource.Paragraphs[2] + "\n";

        var cleaned = SourceCleaner.Clean(Decode(text));

        Assert.Equal(SourceLayout.ParagraphPerLine, cleaned.Layout);
        Assert.Equal(
            [(BlockKind.Paragraph, SyntheticSource.Paragraphs[0]), (BlockKind.Paragraph, SyntheticSource.Paragraphs[1]), (BlockKind.Paragraph, SyntheticSource.Paragraphs[2])],
            Blocks(cleaned));
        Assert.Equal([1, 3, 9], cleaned.Blocks.Select(b => b.FirstLine));
        Assert.Equal([new RemovedLine(5, "17", Furniture.PageNumberLine), new RemovedLine(7, "https://www.nato.int/cps/en/natohq/topics_52044.htm", "footnote (kept as a note)")], cleaned.Furniture);
        var note = Assert.Single(cleaned.Notes);
        Assert.Equal(("footnote", "https://www.nato.int/cps/en/natohq/topics_52044.htm", "synthetic.txt", 7), (note.Kind, note.Text, note.Source, note.Line));
    }

    [Fact]
    public void Clean_WhenTheTextIsOneLongLine_MakesOneBlockOfIt()
    {
        var text = string.Join(' ', SyntheticSource.Paragraphs.Concat(SyntheticSource.Paragraphs).Concat(SyntheticSource.Paragraphs));
        Assert.True(text.Length > 3000);

        var cleaned = SourceCleaner.Clean(Decode(text + "\n"));

        Assert.Equal(SourceLayout.SingleLongLine, cleaned.Layout);
        Assert.Equal([(BlockKind.Paragraph, text)], Blocks(cleaned));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(" \t \n \r\n\u00A0\n")]
    public void Clean_WhenTheSourceIsEmptyOrBlank_GivesNoBlocksAndNoFurniture(string text)
    {
        var cleaned = SourceCleaner.Clean(Decode(text));

        Assert.Equal(SourceLayout.Empty, cleaned.Layout);
        Assert.Empty(cleaned.Blocks);
        Assert.Empty(cleaned.Furniture);
        Assert.Empty(cleaned.Notes);
        Assert.Empty(cleaned.Decisions);
    }

    [Fact]
    public void Clean_WhenASentenceLacksTheSpaceAfterItsFullStop_AddsItAndSaysSo()
    {
        var text = "Парламент маңызды рөл атқарады.Жоғарғы Соттың шешімдері түпкілікті болды.1998 жылы жаңа заң қабылданды.\n";

        var cleaned = SourceCleaner.Clean(Decode(text));

        Assert.Equal("Парламент маңызды рөл атқарады. Жоғарғы Соттың шешімдері түпкілікті болды. 1998 жылы жаңа заң қабылданды.", Assert.Single(cleaned.Blocks).Text);
        Assert.Equal(2, cleaned.Decisions.Count(d => d.Message.StartsWith("added the missing space", StringComparison.Ordinal)));
    }

    [Fact]
    public void Clean_LeavesInitialsAbbreviationsAndAddressesAlone()
    {
        var text = "Х.Дж.Маккиндер, С.Хантингтон т.б. ғалымдар mfa.gov.tr сайтында 2,5 млн. адам туралы жазды.\n";

        var cleaned = SourceCleaner.Clean(Decode(text));

        Assert.Equal(text.TrimEnd(), Assert.Single(cleaned.Blocks).Text);
    }

    /// <summary>
    /// A page break inside a paragraph of a source whose paragraphs are parted by blank lines:
    /// the extraction leaves blank lines round the page number, yet the sentence runs on.
    /// </summary>
    [Fact]
    public void Clean_WhenAPageBreakWithBlankLinesFallsMidSentence_KeepsTheParagraphWhole()
    {
        var second = SyntheticSource.Wrap(SyntheticSource.Paragraphs[1], 75);
        Assert.True(char.IsLower(second[2][0]), "the page must break mid-sentence");
        var lines = new List<string>();
        lines.AddRange(SyntheticSource.Wrap(SyntheticSource.Paragraphs[0], 75));
        lines.Add("");
        lines.AddRange(second[..2]);
        lines.AddRange(["", SyntheticSource.PageNumber, ""]);
        lines.AddRange(second[2..]);

        var cleaned = SourceCleaner.Clean(Decode(string.Join('\n', lines)));

        Assert.Equal([(BlockKind.Paragraph, SyntheticSource.Paragraphs[0]), (BlockKind.Paragraph, SyntheticSource.Paragraphs[1])], Blocks(cleaned));
    }

    /// <summary>
    /// A greedy wrap leaves a line short when the next word is long; when that word is a capitalised
    /// name, the short line is still the middle of a sentence, not a paragraph's end.
    /// </summary>
    [Fact]
    public void Clean_WhenALineIsShortOnlyBecauseTheNextWordIsALongName_DoesNotEndTheParagraphThere()
    {
        const string paragraph = "Тәуелсіздіктің алғашқы жылдарында Қазақстан Солтүстікатлантикалық ынтымақтастық кеңесіне кіріп, НАТО-мен тұрақты саяси диалог орнатты. Кейін бұл диалог бітімгершілік, әскери білім беру және төтенше жағдайларға бірлесіп дайындалу салаларындағы нақты бірлескен жобаларға ұласты.";
        var wrapped = SyntheticSource.Wrap(paragraph, 60);
        Assert.Equal("Тәуелсіздіктің алғашқы жылдарында Қазақстан", wrapped[0]);
        Assert.True(wrapped[^1].Length < 40, "the paragraph's own end must be visible");
        var text = string.Join('\n', [.. SyntheticSource.Wrap(SyntheticSource.Paragraphs[0], 60), .. wrapped, .. SyntheticSource.Wrap(SyntheticSource.Paragraphs[3], 60)]);

        var cleaned = SourceCleaner.Clean(Decode(text));

        Assert.Equal(
            [(BlockKind.Paragraph, SyntheticSource.Paragraphs[0]), (BlockKind.Paragraph, paragraph), (BlockKind.Paragraph, SyntheticSource.Paragraphs[3])],
            Blocks(cleaned));
    }

    [Theory]
    [MemberData(nameof(SyntheticCases))]
    public void Clean_NeverLosesALetter(string name)
    {
        var source = Decode(AllSynthetic()[name]);

        var cleaned = SourceCleaner.Clean(source, WordEvidence.From(SyntheticSource.Paragraphs));

        Assert.Equal(LettersOfTextLines(source, cleaned), LettersOfBlocks(cleaned));
    }

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Clean_OnARealSource_LosesNoLetterOfItsText(string fileName)
    {
        var source = ReadReal(fileName);

        var cleaned = SourceCleaner.Clean(source);

        Assert.NotEqual(SourceLayout.Empty, cleaned.Layout);
        Assert.NotEmpty(cleaned.Blocks);
        Assert.Equal(LettersOfTextLines(source, cleaned), LettersOfBlocks(cleaned));
    }

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Clean_OnARealSourceWithTheWholeCorpusAsEvidence_LosesNoLetterOfItsText(string fileName)
    {
        var corpus = WordEvidence.From(RealSourceFiles().Select(name => ReadReal(name).Text));
        var source = ReadReal(fileName);

        var cleaned = SourceCleaner.Clean(source, corpus);

        Assert.Equal(LettersOfTextLines(source, cleaned), LettersOfBlocks(cleaned));
    }

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Clean_OnARealSource_GivesBlocksInOrderWithinTheFileThatCoverEveryLineOfText(string fileName)
    {
        var source = ReadReal(fileName);
        var lines = source.Lines;

        var cleaned = SourceCleaner.Clean(source);

        var furniture = cleaned.Furniture.Select(f => f.Line).ToHashSet();
        Assert.All(cleaned.Furniture, f => Assert.InRange(f.Line, 1, lines.Length));
        for (var i = 0; i < cleaned.Blocks.Length; i++)
        {
            var block = cleaned.Blocks[i];
            Assert.InRange(block.FirstLine, 1, lines.Length);
            Assert.InRange(block.LastLine, block.FirstLine, lines.Length);
            if (block.Kind != BlockKind.Boundary)
            {
                Assert.False(string.IsNullOrWhiteSpace(lines[block.FirstLine - 1]), $"block {i} starts on blank line {block.FirstLine}");
                Assert.False(string.IsNullOrWhiteSpace(lines[block.LastLine - 1]), $"block {i} ends on blank line {block.LastLine}");
                Assert.DoesNotContain(block.FirstLine, furniture);
                Assert.DoesNotContain(block.LastLine, furniture);
            }

            if (i == 0)
            {
                continue;
            }

            var previous = cleaned.Blocks[i - 1];
            if (block.FirstLine == previous.LastLine)
            {
                // Only one sentence-per-line line can hold two paragraphs: the end of one, "..", the start of the next.
                Assert.Equal(SourceLayout.SentencePerLine, cleaned.Layout);
                Assert.Matches(LayoutDetector.ParagraphMark(), lines[block.FirstLine - 1]);
            }
            else
            {
                Assert.True(block.FirstLine > previous.LastLine, $"block {i} (lines {block.FirstLine}-{block.LastLine}) overlaps block {i - 1} (lines {previous.FirstLine}-{previous.LastLine})");
            }
        }

        for (var n = 1; n <= lines.Length; n++)
        {
            if (!string.IsNullOrWhiteSpace(lines[n - 1]) && !furniture.Contains(n))
            {
                Assert.Contains(cleaned.Blocks, b => b.Kind != BlockKind.Boundary && b.FirstLine <= n && n <= b.LastLine);
            }
        }
    }

    private static SourceText Decode(string text) => SourceReader.Decode(Encoding.UTF8.GetBytes(text), "input/sources/synthetic.txt");

    private static string[] RealSourceFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Input, "sources"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static SourceText ReadReal(string fileName) =>
        SourceReader.Read(Path.Combine(RepoPaths.Input, "sources", fileName), $"input/sources/{fileName}");

    private static List<(BlockKind, string)> Blocks(CleanedSource cleaned) => [.. cleaned.Blocks.Select(b => (b.Kind, b.Text))];

    private static Dictionary<string, string> AllSynthetic()
    {
        var cases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var width in SyntheticSource.Widths)
        {
            foreach (var blankLines in Enum.GetValues<BlankLines>())
            {
                cases[$"hard-wrapped at {width}, blank lines {blankLines}"] = SyntheticSource.HardWrapped(width, blankLines).Text;
                cases[$"hard-wrapped and hyphenated at {width}, blank lines {blankLines}"] = SyntheticSource.HardWrapped(width, blankLines, hyphenate: true).Text;
            }
        }

        cases["sentence per line"] = SyntheticSource.SentencePerLine().Text;
        cases["paragraph per line"] = string.Join("\n\n", SyntheticSource.Paragraphs) + "\n2455\n";
        return cases;
    }

    /// <summary>The letters and digits of the lines the cleaner did not take out as furniture, sorted: hyphens, spaces and punctuation may differ.</summary>
    private static string LettersOfTextLines(SourceText source, CleanedSource cleaned)
    {
        var furniture = cleaned.Furniture.Select(f => f.Line).ToHashSet();
        return Letters(source.Lines.Where((_, i) => !furniture.Contains(i + 1)));
    }

    private static string LettersOfBlocks(CleanedSource cleaned) => Letters(cleaned.Blocks.Select(b => b.Text));

    private static string Letters(IEnumerable<string> texts) =>
        new([.. texts.SelectMany(t => t).Where(char.IsLetterOrDigit).Order()]);

    private static byte[] Encode(string text, string form) => form switch
    {
        "UTF-8, LF" => Encoding.UTF8.GetBytes(text),
        "UTF-8 with BOM, CRLF" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))],
        "UTF-16 LE, CRLF" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))],
        "UTF-16 BE, CR" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text.Replace('\n', '\r'))],
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}
