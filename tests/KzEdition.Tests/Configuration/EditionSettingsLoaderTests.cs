using KzEdition.Configuration;
using KzEdition.Engine;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Configuration;

public sealed class EditionSettingsLoaderTests
{
    private const string Display = "input/edition.yml";

    private const string FullFile = """
        title: Қазақстан және НАТО
        subtitle: Мақалалар жинағы
        editors:
          - Айгүл Сәрсенбаева
          - Ерлан Қасымов
        language: kk
        publisher: Әл-Фараби атындағы ҚазҰУ
        place: Алматы
        edition: Бірінші басылым
        year: 2024
        date: 2024-05-15
        licence: CC BY 4.0
        base_url: https://example.org/edition/
        """;

    [Fact]
    public void Load_WhenTheInputFolderHasNoEditionYml_ReturnsTheDefaults()
    {
        using var temp = new TempDirectory();

        var settings = EditionSettingsLoader.Load(temp.Path, "input");

        AssertDefaults(settings);
    }

    [Fact]
    public void Load_ReadsEditionYmlFromTheInputFolder()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("edition.yml"), FullFile);

        var settings = EditionSettingsLoader.Load(temp.Path, "input");

        Assert.Equal("Қазақстан және НАТО", settings.Title);
        Assert.Equal("https://example.org/edition/", settings.BaseUrl);
    }

    [Fact]
    public void Load_WhenTheFileIsWrong_NamesItUnderTheDisplayedInputFolder()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("edition.yml"), "title: Абай\ntilte: Абай\n");

        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Load(temp.Path, "input/"));

        Assert.Equal("input/edition.yml", Assert.Single(ex.Diagnostics).File);
    }

    [Fact]
    public void Parse_ReadsEveryKey()
    {
        var settings = EditionSettingsLoader.Parse(FullFile, Display);

        Assert.Equal("Қазақстан және НАТО", settings.Title);
        Assert.Equal("Мақалалар жинағы", settings.Subtitle);
        Assert.Equal(["Айгүл Сәрсенбаева", "Ерлан Қасымов"], settings.Editors);
        Assert.Equal("kk", settings.Lang);
        Assert.Equal("Әл-Фараби атындағы ҚазҰУ", settings.Publisher);
        Assert.Equal("Алматы", settings.Place);
        Assert.Equal("Бірінші басылым", settings.EditionStatement);
        Assert.Equal(2024, settings.Year);
        Assert.Equal("2024-05-15", settings.Date);
        Assert.Equal("CC BY 4.0", settings.Licence);
        Assert.Equal("https://example.org/edition/", settings.BaseUrl);
    }

    [Fact]
    public void Parse_TrimsValuesAndEditorNames()
    {
        var settings = EditionSettingsLoader.Parse("title: '  Абай жолы  '\neditors: ['  Мұхтар Әуезов ']\nlanguage: ' ru '\n", Display);

        Assert.Equal("Абай жолы", settings.Title);
        Assert.Equal(["Мұхтар Әуезов"], settings.Editors);
        Assert.Equal("ru", settings.Lang);
    }

    [Fact]
    public void Parse_WhenOnlySomeKeysAreGiven_DefaultsTheOthers()
    {
        var settings = EditionSettingsLoader.Parse("subtitle: Таңдамалы мақалалар\n", Display);

        Assert.Equal(EditionSettings.Default.Title, settings.Title);
        Assert.Equal("Таңдамалы мақалалар", settings.Subtitle);
        Assert.Equal("kk", settings.Lang);
        Assert.Empty(settings.Editors);
        Assert.Null(settings.Year);
        Assert.Null(settings.BaseUrl);
    }

    [Fact]
    public void Parse_WhenTheTitleIsBlank_UsesTheDefaultTitle()
    {
        Assert.Equal(EditionSettings.Default.Title, EditionSettingsLoader.Parse("title: '   '\n", Display).Title);
    }

    [Theory]
    [InlineData("https://example.org/edition", "https://example.org/edition/")]
    [InlineData("https://example.org/edition/", "https://example.org/edition/")]
    [InlineData("http://example.org", "http://example.org/")]
    [InlineData("  https://мысал.kz/басылым  ", "https://мысал.kz/басылым/")]
    public void Parse_MakesTheBaseUrlEndWithASlash(string given, string expected)
    {
        Assert.Equal(expected, EditionSettingsLoader.Parse($"base_url: '{given}'\n", Display).BaseUrl);
    }

    [Theory]
    [InlineData("ftp://example.org/edition/")]
    [InlineData("example.org/edition/")]
    [InlineData("/edition/")]
    [InlineData("file:///home/edition/")]
    public void Parse_WhenTheBaseUrlIsNotAnAbsoluteHttpUrl_RefusesItNamingTheFile(string url)
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse($"title: Абай\nbase_url: {url}\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Display, diagnostic.File);
        Assert.Contains("base_url", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(url, diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 19, item 3: a base URL that would carry markup into 404.html and the canonical links.</summary>
    [Theory]
    [InlineData("'https://x.org/\"><script>alert(1)</script>'")]
    [InlineData("'https://x.org/a b'")]
    [InlineData("'https://x.org/?q=1'")]
    [InlineData("'https://x.org/#top'")]
    [InlineData("'https://user@x.org/'")]
    [InlineData("'javascript://x.org/%0aalert(1)'")]
    public void Parse_WhenTheBaseUrlCouldCarryMarkup_RefusesIt_NamingTheFileAndLine(string url)
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse($"title: Абай\nbase_url: {url}\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((Display, 2), (diagnostic.File, diagnostic.Line));
        Assert.StartsWith("base_url must be an absolute http(s) URL, not '", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 19, item 3: language becomes the lang attribute of about 20 templates.</summary>
    [Theory]
    [InlineData("'kk\"><script>alert(1)</script>'")]
    [InlineData("KK")]
    [InlineData("'kk latn'")]
    [InlineData("k")]
    public void Parse_WhenTheLanguageIsNotALanguageTag_RefusesIt_NamingTheFileAndLine(string language)
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse($"title: Абай\nlanguage: {language}\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((Display, 2), (diagnostic.File, diagnostic.Line));
        Assert.StartsWith("language is a language tag of two or three lowercase letters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheBaseUrlIsEmpty_LeavesItUnknown()
    {
        Assert.Null(EditionSettingsLoader.Parse("base_url: ''\n", Display).BaseUrl);
    }

    [Fact]
    public void Parse_WhenAMappingIsIndentedWrongly_GivesTheFileAndTheOneBasedLineAndColumnOfTheError()
    {
        // Line 3 is "  year: 2024": its ':' (column 7) is where a plain scalar turns into a mapping.
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\nlanguage: kk\n  year: 2024\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(Display, diagnostic.File);
        Assert.Equal((3, 7), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("invalid YAML", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenALineIsIndentedWithATab_GivesTheLineOfTheTab()
    {
        // The tab is the first character of line 3.
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\nsubtitle: Өлеңдер\n\tyear: 2024\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Display, diagnostic.File);
        Assert.Equal((3, 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Parse_WhenATabIsContentRatherThanIndentation_AcceptsIt()
    {
        // Valid YAML: a tab inside a quoted value, and a tab after the indentation of a block scalar's line.
        var settings = EditionSettingsLoader.Parse("title: \"Абай\tжолы\"\nsubtitle: |\n  Бірінші жол\n  \tекінші жол\nyear: 2024\n", Display);

        Assert.Equal("Абай\tжолы", settings.Title);
        Assert.Equal("Бірінші жол\n\tекінші жол", settings.Subtitle);
        Assert.Equal(2024, settings.Year);
    }

    [Fact]
    public void Parse_WhenAListIsNotClosed_PointsAtItsOpeningBracket()
    {
        // Line 2 is "editors: [Абай, Жамбыл": the '[' is column 10.
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\neditors: [Абай, Жамбыл\nyear: 2024\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Display, diagnostic.File);
        Assert.Contains("not closed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((2, 10), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Parse_WhenAQuoteIsNotClosed_GivesTheLineWhereItOpens()
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\nsubtitle: 'Өлеңдер\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Display, diagnostic.File);
        Assert.Equal((2, 11), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Parse_WhenAKeyIsMisspelt_NamesTheKeyTheFileAndItsLine()
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("language: kk\ntilte: Қазақстан және НАТО\nyear: 2024\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Display, diagnostic.File);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("unknown key 'tilte'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("title", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAKeyIsCamelCased_IsAnUnknownKey()
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\nbaseUrl: https://example.org/\n", Display));

        Assert.Contains("unknown key 'baseUrl'", Assert.Single(ex.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheYearIsNotANumber_SaysSoAtTheValue()
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\nyear: екі мың\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((2, 7), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("wrong form", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheTitleIsAList_SaysASingleValueIsExpected()
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: [Абай, Жамбыл]\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((1, 8), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("single value", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# Басылымның баптаулары\n")]
    [InlineData("---\n")]
    public void Parse_WhenTheFileHoldsNoSettings_ReturnsTheDefaults(string yaml)
    {
        AssertDefaults(EditionSettingsLoader.Parse(yaml, Display));
    }

    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("http://example.org/edition", true)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("example.org", false)]
    [InlineData("", false)]
    public void IsAbsoluteHttpUrl_AcceptsOnlyAbsoluteHttpAndHttps(string url, bool expected)
    {
        Assert.Equal(expected, EditionSettingsLoader.IsAbsoluteHttpUrl(url));
    }

    private static void AssertDefaults(EditionSettings settings)
    {
        Assert.Equal("Цифрлық басылым", settings.Title);
        Assert.Null(settings.Subtitle);
        Assert.Empty(settings.Editors);
        Assert.Equal("kk", settings.Lang);
        Assert.Null(settings.Publisher);
        Assert.Null(settings.Year);
        Assert.Null(settings.Date);
        Assert.Null(settings.Licence);
        Assert.Null(settings.BaseUrl);
    }

    [Theory]
    [InlineData(null, "A4")]
    [InlineData("A4", "A4")]
    [InlineData("B5", "B5")]
    [InlineData("b5", "B5")]
    public void Parse_PageSize_IsA4OrB5_A4ByDefault(string? given, string expected)
    {
        var yaml = "title: Абай\n" + (given is null ? "" : $"page_size: {given}\n");

        Assert.Equal(expected, EditionSettingsLoader.Parse(yaml, Display).PageSize);
    }

    [Fact]
    public void Parse_AnUnknownPageSize_IsAnErrorOnItsLine()
    {
        var ex = Assert.Throws<BuildException>(() => EditionSettingsLoader.Parse("title: Абай\nyear: 2024\npage_size: Letter\n", Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Display, diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("A4, B5", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'Letter'", diagnostic.Message, StringComparison.Ordinal);
    }
}
