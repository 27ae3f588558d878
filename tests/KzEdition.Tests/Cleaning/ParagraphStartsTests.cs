using System.Text;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Tests.Cleaning;

/// <summary>The editors' paragraph breaks, by the words a new paragraph starts with (issue 14: structure a flattened source does not mark).</summary>
public sealed class ParagraphStartsTests
{
    private const string OneLine =
        "Альянс жаңа міндеттерді қабылдады. Қауіпсіздік форумын Қазақстан өткізді. Қауіпсіздік форумы Саммиттен кейінгі ең үлкен іс-шара болды. Оған елу елдің өкілдері қатысты.";

    private static readonly CleanedSource Source = SourceCleaner.Clean(SourceReader.Decode(Encoding.UTF8.GetBytes(OneLine), "input/sources/003.txt"));

    private static ParagraphStart Start(string words) => new(words, "input/editorial/articles.yml", 7, 5);

    [Fact]
    public void Apply_CutsTheParagraphBeforeTheWords_WholeWordsOnly_AndReportsTheEditorsDecision()
    {
        var applied = ParagraphStarts.Apply(Source, [Start("Қауіпсіздік форумы")]);

        Assert.Equal(
            ["Альянс жаңа міндеттерді қабылдады. Қауіпсіздік форумын Қазақстан өткізді.", "Қауіпсіздік форумы Саммиттен кейінгі ең үлкен іс-шара болды. Оған елу елдің өкілдері қатысты."],
            applied.Blocks.Select(b => b.Text));
        Assert.Contains(applied.Decisions, d => d.Message.Contains("«Қауіпсіздік форумы», as the editors decided (input/editorial/articles.yml:7)", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_OfSeveralBreaks_CutsAtEach_AndOfNone_GivesTheSourceBack()
    {
        var applied = ParagraphStarts.Apply(Source, [Start("Оған елу"), Start("Қауіпсіздік форумы")]);

        Assert.Equal(3, applied.Blocks.Length);
        Assert.StartsWith("Оған елу", applied.Blocks[2].Text, StringComparison.Ordinal);
        Assert.Same(Source, ParagraphStarts.Apply(Source, []));
    }

    [Theory]
    [InlineData("Қауіпсіздік форумдары")]
    [InlineData("Альянс жаңа")] // a paragraph's first words: no break to make
    public void Apply_WhenNoParagraphHoldsTheWords_FailsNamingTheEditorialFileAndLine(string words)
    {
        var error = Assert.Single(Assert.Throws<BuildException>(() => ParagraphStarts.Apply(Source, [Start(words)])).Diagnostics);

        Assert.Equal(("input/editorial/articles.yml", 7), (error.File, error.Line));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
