using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Templating;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Templating;

/// <summary>
/// A theme of the editors' own that lacks a layout or a string takes the built-in one, with a
/// warning naming what it lacked; and which theme a build finds (issue 18).
/// </summary>
public sealed class ThemeFallbackTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_WithTheBuiltInFallback_WhenALayoutAndAStringAreMissing_WarnsNamingEach_AndRendersTheBuiltInLayout()
    {
        var theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        File.Delete(Path.Combine(theme, "layouts", "404.html"));
        File.Delete(Path.Combine(theme, "layouts", "partials", Directory.EnumerateFiles(Path.Combine(theme, "layouts", "partials")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!));
        var ru = Path.Combine(theme, "i18n", "ru.yml");
        File.WriteAllLines(ru, File.ReadAllLines(ru).Where(l => !l.StartsWith("contents:", StringComparison.Ordinal)));

        var loaded = Theme.Load(theme, "theme", Theme.Load(RepoPaths.Theme, "built-in"));

        Assert.Equal(3, loaded.Warnings.Length);
        Assert.All(loaded.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("theme/layouts/404.html: warning: the theme has no layout '404.html'; the built-in one is used", loaded.Warnings.Select(w => w.ToString()));
        Assert.Contains(loaded.Warnings, w => w.File!.StartsWith("theme/layouts/partials/", StringComparison.Ordinal));
        Assert.Contains("theme/i18n/ru.yml: warning: lacks the string 'contents'; the built-in one is used", loaded.Warnings.Select(w => w.ToString()));
        Assert.True(loaded.HasLayout("404"));
        Assert.Equal("Содержание", loaded.Strings.For("ru")["contents"]);
    }

    [Fact]
    public void Load_WithoutAFallback_StillRefusesAThemeLackingARequiredLayout()
    {
        var theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        File.Delete(Path.Combine(theme, "layouts", "404.html"));

        var error = Assert.Throws<BuildException>(() => Theme.Load(theme, "theme"));

        Assert.Equal("theme/layouts/404.html: error: the theme has no '404' layout", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Resolve_PrefersTheOption_ThenThemeBesideTheInput_ThenTheBuiltInTheme()
    {
        var input = Directory.CreateDirectory(_temp.Combine("edition", "input")).FullName;
        var named = Directory.CreateDirectory(_temp.Combine("elsewhere")).FullName;

        Assert.Equal((BuiltInTheme.Directory, ThemeSource.BuiltIn), Pick(ThemeLocation.Resolve(null, input)));
        var beside = Directory.CreateDirectory(_temp.Combine("edition", "theme")).FullName;
        Assert.Equal((beside, ThemeSource.BesideInput), Pick(ThemeLocation.Resolve(null, input)));
        Assert.Equal((beside, ThemeSource.BesideInput), Pick(ThemeLocation.Resolve(null, input + "/")));
        Assert.Equal((named, ThemeSource.Option), Pick(ThemeLocation.Resolve(named, input)));

        static (string, ThemeSource) Pick(ThemeLocation location) => (location.Directory, location.Source);
    }

    [Fact]
    public void Resolve_WhenTheOptionNamesNoFolder_SaysSo()
    {
        var missing = _temp.Combine("no-theme");

        var error = Assert.Throws<BuildException>(() => ThemeLocation.Resolve(missing, _temp.Combine("input")));

        Assert.Equal($"{missing}: error: theme folder not found", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public async Task Build_WithAThemeLackingAnAsset_TakesTheBuiltInOne()
    {
        var input = _temp.CopyFrom(RepoPaths.Input, "input");
        var theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        File.Delete(Path.Combine(theme, "assets", "favicon.svg"));
        File.WriteAllText(Path.Combine(theme, "assets", "extra.css"), "p { margin: 0 }\n");

        await EditionBuilder.BuildAsync(new BuildOptions(input, _temp.Combine("site"), Theme: theme), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "favicon.svg")), File.ReadAllBytes(_temp.Combine("site", "assets", "favicon.svg")));
        Assert.True(File.Exists(_temp.Combine("site", "assets", "extra.css")));
    }
}
