using KzEdition.Cli.Commands;

namespace KzEdition.Cli.Tests.Commands;

/// <summary><c>kzedition stem</c>: words on standard input, <c>word&lt;TAB&gt;stem</c> lines out.</summary>
public sealed class StemCommandTests
{
    [Fact]
    public async Task Stem_WritesEachWordWithItsKazakhStem_ByDefault()
    {
        var (exit, stdout, stderr) = await Run("елдердің\nНАТО-ның\n\n  кітабы  \n", "stem");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal("елдердің\tел\nНАТО-ның\tнато\nкітабы\tкітап\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Stem_WithLangRu_UsesTheRussianStemmer()
    {
        var (exit, stdout, _) = await Run("президентом\nбезопасности\n", "stem", "--lang", "ru");

        Assert.Equal(0, exit);
        Assert.Equal("президентом\tпрезидент\nбезопасности\tбезопасн\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Stem_WithAnotherLanguage_FailsNamingTheChoices()
    {
        var (exit, _, stderr) = await Run("сөз\n", "stem", "--lang", "en");

        Assert.NotEqual(0, exit);
        Assert.Contains("kk", stderr, StringComparison.Ordinal);
        Assert.Contains("ru", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stem_GivenTwoWordsOnALine_FailsNamingTheLine()
    {
        var (exit, stdout, stderr) = await Run("ел\nекі сөз\n", "stem");

        Assert.Equal(1, exit);
        Assert.Equal("ел\tел\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal("standard input(2): error: not one word: 'екі сөз' (give one word a line)\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Stem_OnEmptyInput_WritesNothing()
    {
        var (exit, stdout, _) = await Run("", "stem");

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Stem_OfALineLongerThanAnyWord_StopsThere_ExitOne()
    {
        var (exit, stdout, stderr) = await Run("ел\n" + new string('а', StemCommand.MaxLineLength + 1) + "\nелдер\n", "stem");

        Assert.Equal(1, exit);
        Assert.Equal("ел\tел\n", stdout.ReplaceLineEndings("\n"));
        Assert.StartsWith("standard input(2): error: a line of more than 1000 characters is no word", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ел\n\0x\n")]
    [InlineData("ел\n\uFFFD\n")] // what undecodable bytes read as
    public async Task Stem_OfANulOrOfBytesThatAreNotUtf8_ExitsOne_NamingTheLine(string text)
    {
        var (exit, _, stderr) = await Run(text, "stem");

        Assert.Equal(1, exit);
        Assert.StartsWith("standard input(2): error: not text", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(string standardInput, params string[] args)
    {
        using var input = new StringReader(standardInput);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, interactive: false, input);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
