using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Templating;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Templating;

/// <summary>
/// The interface strings of a theme (i18n/*.yml): every language has exactly the default's keys,
/// every key a layout uses exists, and the edition's language picks the strings.
/// </summary>
public sealed class ThemeStringsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheDefaultTheme_HasEveryStringInKazakhRussianAndEnglish()
    {
        var theme = Theme.Load(RepoPaths.Theme, "theme");

        Assert.NotEmpty(theme.Strings.Keys);
        foreach (var lang in new[] { "kk", "ru", "en" })
        {
            var strings = theme.Strings.For(lang);
            Assert.All(theme.Strings.Keys, key => Assert.False(string.IsNullOrWhiteSpace(strings[key]), $"{lang}.yml: '{key}' is empty"));
        }

        Assert.Equal("Мазмұны", theme.Strings.For("kk")["contents"]);
        Assert.Equal("Содержание", theme.Strings.For("ru")["contents"]);
        Assert.Equal("Contents", theme.Strings.For("en")["contents"]);
    }

    [Fact]
    public void Load_WhenALanguageLacksAKeyOrHasAnExtraOne_NamesTheFileAndTheKey()
    {
        var theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        var ru = Path.Combine(theme, "i18n", "ru.yml");
        File.WriteAllLines(ru, File.ReadAllLines(ru).Where(l => !l.StartsWith("contents:", StringComparison.Ordinal)).Append("extra_key: лишнее"));

        var error = Assert.Throws<BuildException>(() => Theme.Load(theme, "theme"));

        Assert.Equal(
            ["theme/i18n/ru.yml: error: lacks 'contents', which kk.yml has", "theme/i18n/ru.yml: error: has 'extra_key', which kk.yml does not"],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_WhenALayoutUsesAStringNoLanguageHas_NamesTheLayoutLineAndColumn()
    {
        var theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        File.WriteAllText(Path.Combine(theme, "layouts", "404.html"), "<h1>{{ ui.not_found_title }}</h1>\n<p>{{ ui.no_such_string }}</p>\n");

        var error = Assert.Throws<BuildException>(() => Theme.Load(theme, "theme"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("theme/layouts/404.html", 2, 7), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("ui.no_such_string", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_OfAnEditionInRussian_GivesARussianInterface()
    {
        var input = _temp.CopyFrom(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "edition.yml"), "title: Казахстан и НАТО\nlanguage: ru\n");
        var output = _temp.Combine("site");

        await EditionBuilder.BuildAsync(new BuildOptions(input, output, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);

        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<html lang=\"ru\">", home, StringComparison.Ordinal);
        Assert.Contains(">Содержание</h2>", home, StringComparison.Ordinal);
        Assert.Contains(">Перейти к основному содержанию</a>", home, StringComparison.Ordinal);
    }
}
