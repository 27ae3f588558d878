using KzEdition.Cleaning;
using KzEdition.Reading;

namespace KzEdition.Tests.Cleaning.Layouts;

/// <summary>
/// A running head seen once, where a page breaks in mid-sentence, is taken out of the text: the
/// reviewed paragraphs of the real edition wrapped at 60 characters, with one head put in.
/// </summary>
public sealed class StrayHeadsTests
{
    private const int Width = 60;

    private static List<string> Wrapped() =>
        [.. GoldenParagraphs.Of(GoldenParagraphs.Files[1]).SelectMany(p => ReLaidSource.Wrap(p, Width, "", hyphenate: true))];

    private static CleanedSource Clean(IEnumerable<string> lines) =>
        SourceCleaner.Clean(SourceReader.Decode(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "input/sources/stray.txt"));

    /// <summary>A head that carries its page number is a page break of its own: there is no page number line beside it.</summary>
    [Fact]
    public void Clean_TakesOutAHeadCarryingItsPageNumber_BetweenTwoWordsOfASentence()
    {
        var lines = Wrapped();
        var at = Enumerable.Range(20, lines.Count - 21).First(i => !LayoutDetector.EndsSentence(lines[i]) && !lines[i].EndsWith('-') && char.IsLower(lines[i + 1][0]));
        lines.Insert(at + 1, "282   Ә.Б. Сейітқали");

        var cleaned = Clean(lines);

        Assert.DoesNotContain(cleaned.Blocks, b => b.Text.Contains("Сейітқали", StringComparison.Ordinal));
        Assert.Contains(cleaned.Furniture, f => f.Text.Contains("Сейітқали", StringComparison.Ordinal));
    }

    /// <summary>
    /// The sentence goes on after the head in a capital (a name): the line before the head had no room for the
    /// head's first word, and the head had room for the next line's, so the head is not in the text's flow.
    /// </summary>
    [Fact]
    public void Clean_TakesOutAHeadAfterAPageNumber_WhereTheSentenceGoesOnInACapital()
    {
        var lines = Wrapped();
        var at = Enumerable.Range(20, lines.Count - 21).First(i =>
            !LayoutDetector.EndsSentence(lines[i]) && !lines[i].EndsWith('-') && !lines[i].EndsWith(',') && char.IsUpper(lines[i + 1][0]) && lines[i].Length >= Width - 3);
        lines.InsertRange(at + 1, ["", "233", "Ә.Б. Сейітқали"]);

        var cleaned = Clean(lines);

        Assert.DoesNotContain(cleaned.Blocks, b => b.Text.Contains("Сейітқали", StringComparison.Ordinal));
    }

    /// <summary>A heading after a sentence's end stays text, page break or not.</summary>
    [Fact]
    public void Clean_KeepsAShortLineAfterASentencesEnd_BesideAPageBreak()
    {
        var lines = Wrapped();
        var at = Enumerable.Range(20, lines.Count - 21).First(i => LayoutDetector.EndsSentence(lines[i]) && char.IsUpper(lines[i + 1][0]));
        lines.InsertRange(at + 1, ["", "233", "Ынтымақтастық тарихы"]);

        var cleaned = Clean(lines);

        Assert.Contains(cleaned.Blocks, b => b.Text.Contains("Ынтымақтастық тарихы", StringComparison.Ordinal));
    }
}
