using KzEdition.Engine;
using KzEdition.Templating;
using KzEdition.Tests.Support;
using Scriban.Runtime;

namespace KzEdition.Tests.Templating;

public sealed class ThemeTests : IDisposable
{
    private const string Display = "theme";

    /// <summary>About 480 characters of Kazakh text: a paragraph of a long page.</summary>
    private const string LongParagraph = "Қазақстан Республикасы тәуелсіздік алғаннан кейін сыртқы саясатта көпвекторлы бағытты ұстанып, әлемнің жетекші мемлекеттерімен және халықаралық ұйымдармен тең құқылы қарым-қатынас орнатуға ұмтылды. Осы бағыттағы маңызды қадамдардың бірі Солтүстік Атлантикалық келісім ұйымымен ынтымақтастықты дамыту болды. 1992 жылы Қазақстан Солтүстік Атлантикалық ынтымақтастық кеңесіне мүше болып, НАТО-ның бейбітшілік пен тұрақтылықты нығайтуға бағытталған бастамаларына қатыса бастады.";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_WhenEveryLayoutParses_RendersThem()
    {
        var theme = Theme.Load(WriteTheme(), Display);

        Assert.Equal("<h1>Қазақстан және НАТО</h1>", theme.Render("home", Page("Қазақстан және НАТО")));
        Assert.Equal("<html><p>мазмұн</p></html>", theme.Render("base", Model(("content", new RawHtml("<p>мазмұн</p>")))));
        Assert.True(theme.HasLayout("article"));
        Assert.False(theme.HasLayout("sitemap"));
        Assert.Equal(Path.Combine(_temp.Combine("theme"), "assets"), theme.AssetsDirectory);
    }

    [Fact]
    public void Load_WhenALayoutDoesNotParse_NamesTheTemplateWithTheOneBasedLineAndColumnOfTheError()
    {
        // Line 3 is "  <p>{{ 1 + }}</p>": the '}}' where an operand should be is column 13.
        var theme = WriteTheme(("article.html", "<article>\n  <h1>{{ article.title }}</h1>\n  <p>{{ 1 + }}</p>\n</article>\n"));

        var ex = Assert.Throws<BuildException>(() => Theme.Load(theme, Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("theme/layouts/article.html", diagnostic.File);
        Assert.Equal((3, 13), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("template error:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAForLoopLacksItsList_PointsAtTheLineAndColumnWhereTheListShouldBe()
    {
        // Line 2 is "{{ for a in }}": the '}}' is column 13.
        var theme = WriteTheme(("home.html", "<ul>\n{{ for a in }}<li>{{ a }}</li>{{ end }}\n</ul>\n"));

        var diagnostic = Assert.Single(Assert.Throws<BuildException>(() => Theme.Load(theme, Display)).Diagnostics);

        Assert.Equal(("theme/layouts/home.html", 2, 13), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_WhenSeveralTemplatesAreBroken_ReportsThemAllAtOnce()
    {
        var theme = WriteTheme(
            ("article.html", "<p>{{ 1 + }}</p>\n"),
            ("home.html", "\n\n{{ for a in }}{{ end }}\n"),
            ("partials/footer.html", "<footer>\n{{ if }}\n</footer>\n"));

        var ex = Assert.Throws<BuildException>(() => Theme.Load(theme, Display));

        var files = ex.Diagnostics.Select(d => d.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["theme/layouts/article.html", "theme/layouts/home.html", "theme/layouts/partials/footer.html"], files);
        Assert.All(ex.Diagnostics, d => Assert.True(d.Line > 0 && d.Column > 0, d.ToString()));
        Assert.Contains(ex.Diagnostics, d => d.File == "theme/layouts/home.html" && d.Line == 3);
        Assert.Contains(ex.Diagnostics, d => d.File == "theme/layouts/partials/footer.html" && d.Line == 2);
    }

    [Fact]
    public void Load_WhenARequiredLayoutIsMissing_ReportsIt()
    {
        var theme = WriteTheme();
        File.Delete(Path.Combine(theme, "layouts", "404.html"));

        var ex = Assert.Throws<BuildException>(() => Theme.Load(theme, Display));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal("theme/layouts/404.html", diagnostic.File);
        Assert.Contains("'404'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsMissingLayoutsAndParseErrorsTogether()
    {
        var theme = WriteTheme(("home.html", "{{ 1 + }}"));
        File.Delete(Path.Combine(theme, "layouts", "base.html"));
        File.Delete(Path.Combine(theme, "layouts", "article.html"));

        var ex = Assert.Throws<BuildException>(() => Theme.Load(theme, Display));

        Assert.Equal(
            ["theme/layouts/article.html", "theme/layouts/base.html", "theme/layouts/home.html"],
            ex.Diagnostics.Select(d => d.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_WhenTheThemeHasNoLayoutsFolder_SaysSo()
    {
        Directory.CreateDirectory(_temp.Combine("empty-theme"));

        var ex = Assert.Throws<BuildException>(() => Theme.Load(_temp.Combine("empty-theme"), "themes/empty/"));

        Assert.Equal("themes/empty/layouts", Assert.Single(ex.Diagnostics).File);
    }

    [Fact]
    public void Render_WhenATemplateCallsAnUnknownFunction_NamesTheFileAndLine()
    {
        // Line 2 is "<p>{{ unknown_function 1 }}</p>": the call starts at column 7.
        var theme = Theme.Load(WriteTheme(("home.html", "<h1>{{ page.title }}</h1>\n<p>{{ unknown_function 1 }}</p>\n")), Display);

        var ex = Assert.Throws<BuildException>(() => theme.Render("home", Page("Абай")));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(("theme/layouts/home.html", 2, 7), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("unknown_function", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ string.shout = 1 }}")]
    [InlineData("{{ date.format = '%Y' }}")]
    public void Render_WhenATemplateChangesABuiltIn_NamesTheFileAndLine_AndOtherRendersKeepTheBuiltIns(string change)
    {
        // The built-ins are one object shared by every render of the theme, on every thread.
        var theme = Theme.Load(WriteTheme(
            ("home.html", $"<h1>{{{{ page.title }}}}</h1>\n{change}\n"),
            ("article.html", "{{ 'абай' | string.upcase }} {{ date.format }} {{ '<b>' | html.escape }}")), Display);

        var diagnostic = Assert.Single(Assert.Throws<BuildException>(() => theme.Render("home", Page("Абай"))).Diagnostics);

        Assert.Equal(("theme/layouts/home.html", 2), (diagnostic.File, diagnostic.Line));
        Assert.StartsWith("template error:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("АБАЙ %d %b %Y &lt;b&gt;", theme.Render("article", Page("Абай")));
    }

    [Fact]
    public void Render_OnManyThreadsAtOnce_GivesEachPageItsOwnText()
    {
        var theme = Theme.Load(WriteTheme(("home.html", "{{ for i in 1..20 }}{{ page.title | string.upcase }}{{ end }}")), Display);
        var titles = Enumerable.Range(0, 400).Select(i => $"мақала {i}").ToList();

        var pages = titles.AsParallel().WithDegreeOfParallelism(8).Select(t => (t, theme.Render("home", Page(t)))).ToList();

        Assert.All(pages, p => Assert.Equal(string.Concat(Enumerable.Repeat(p.t.ToUpperInvariant(), 20)), p.Item2));
    }

    [Fact]
    public void Render_WhenATemplateUsesAnUndefinedVariable_NamesTheFileAndLine()
    {
        var theme = Theme.Load(WriteTheme(("home.html", "<h1>{{ page.title }}</h1>\n\n<p>{{ pgae.title }}</p>\n")), Display);

        var diagnostic = Assert.Single(Assert.Throws<BuildException>(() => theme.Render("home", Page("Абай"))).Diagnostics);

        Assert.Equal(("theme/layouts/home.html", 3), (diagnostic.File, diagnostic.Line));
        Assert.Contains("pgae", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenAPartialFailsAtRuntime_NamesThePartialAndItsLine()
    {
        var theme = Theme.Load(WriteTheme(
            ("home.html", "<h1>{{ page.title }}</h1>\n{{ include 'partials/footer.html' }}"),
            ("partials/footer.html", "<footer>\n  {{ string.no_such_function 'x' }}\n</footer>\n")), Display);

        var diagnostic = Assert.Single(Assert.Throws<BuildException>(() => theme.Render("home", Page("Абай"))).Diagnostics);

        Assert.Equal(("theme/layouts/partials/footer.html", 2), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Render_IncludesAPartialOfTheLayoutsFolder()
    {
        var theme = Theme.Load(WriteTheme(
            ("article.html", "<article>{{ include 'partials/byline.html' }}</article>"),
            ("partials/byline.html", "<p class=\"byline\">{{ page.title }} — Абай Құнанбайұлы</p>")), Display);

        Assert.Equal("<article><p class=\"byline\">Қара сөздер — Абай Құнанбайұлы</p></article>", theme.Render("article", Page("Қара сөздер")));
    }

    [Theory]
    [InlineData("../secret.html")]
    [InlineData("partials/../../secret.html")]
    [InlineData("../../etc/passwd")]
    public void Render_WhenAnIncludeLeavesTheLayoutsFolder_RefusesIt(string name)
    {
        var theme = WriteTheme(("home.html", $"<p>{{{{ include '{name}' }}}}</p>"));
        File.WriteAllText(Path.Combine(theme, "secret.html"), "ҚҰПИЯ");
        var loaded = Theme.Load(theme, Display);

        var ex = Assert.Throws<BuildException>(() => loaded.Render("home", Page("Абай")));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(("theme/layouts/home.html", 1), (diagnostic.File, diagnostic.Line));
        Assert.Contains("outside", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ҚҰПИЯ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenAnIncludedPartialDoesNotExist_NamesTheCaller()
    {
        var loaded = Theme.Load(WriteTheme(("home.html", "<p>\n{{ include 'partials/missing.html' }}</p>")), Display);

        var diagnostic = Assert.Single(Assert.Throws<BuildException>(() => loaded.Render("home", Page("Абай"))).Diagnostics);

        Assert.Equal(("theme/layouts/home.html", 2), (diagnostic.File, diagnostic.Line));
        Assert.Contains("partials/missing.html", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenTheLayoutDoesNotExist_ReportsIt()
    {
        var theme = Theme.Load(WriteTheme(), Display);

        var diagnostic = Assert.Single(Assert.Throws<BuildException>(() => theme.Render("sitemap", Page("Абай"))).Diagnostics);

        Assert.Equal("theme/layouts/sitemap.html", diagnostic.File);
    }

    [Fact]
    public void Render_WhenAPageIsOverOneMegabyte_RendersItCompletely()
    {
        var theme = Theme.Load(WriteTheme(("article.html", "{{ for i in 1..3000 }}<p id=\"p{{ i }}\">{{ text }}</p>\n{{ end }}")), Display);
        var model = Model(("text", LongParagraph));

        var article = theme.Render("article", model);
        var page = theme.Render("base", Model(("content", new RawHtml(article))));

        var expectedArticle = string.Concat(Enumerable.Range(1, 3000).Select(i => $"<p id=\"p{i}\">{LongParagraph}</p>\n"));
        Assert.True(expectedArticle.Length > 1_048_576, "the page must be over 1 MB for the test to mean anything");
        Assert.Equal(expectedArticle.Length, article.Length);
        Assert.Equal(expectedArticle, article);
        Assert.Equal("<html>" + expectedArticle + "</html>", page);
    }

    [Fact]
    public void Render_WhenALongStringIsCapturedAndWrittenOut_DoesNotCutIt()
    {
        var theme = Theme.Load(WriteTheme(("article.html", "{{ capture body }}{{ for i in 1..3000 }}{{ text }}{{ end }}{{ end }}{{ body }}|{{ body | string.size }}")), Display);

        var page = theme.Render("article", Model(("text", LongParagraph)));

        var length = LongParagraph.Length * 3000;
        Assert.Equal(string.Concat(Enumerable.Repeat(LongParagraph, 3000)) + "|" + length, page);
    }

    [Fact]
    public void Render_LoopsOverMoreThanAThousandItems()
    {
        var theme = Theme.Load(WriteTheme(("home.html", "{{ for a in articles }}{{ a }};{{ end }}|{{ n = 0 }}{{ while n < 2500 }}{{ n = n + 1 }}{{ end }}{{ n }}")), Display);
        var articles = new ScriptArray(Enumerable.Range(1, 5000).Select(i => (object)$"мақала-{i}"));

        var page = theme.Render("home", Model(("articles", articles)));

        Assert.Equal(string.Concat(Enumerable.Range(1, 5000).Select(i => $"мақала-{i};")) + "|2500", page);
    }

    [Fact]
    public void Render_GivesEachCallItsOwnVariables_WhenCalledInParallel()
    {
        var theme = Theme.Load(WriteTheme(("article.html", "{{ for i in 1..50 }}{{ page.title }}{{ end }}")), Display);
        var titles = Enumerable.Range(1, 64).Select(i => $"Мақала {i}").ToArray();
        var pages = new string[titles.Length];

        Parallel.For(0, titles.Length, i => pages[i] = theme.Render("article", Page(titles[i])));

        Assert.Equal(titles.Select(t => string.Concat(Enumerable.Repeat(t, 50))), pages);
    }

    /// <summary>Writes a theme whose layouts all parse, replacing or adding the given files of layouts/.</summary>
    [Fact]
    public void Render_AfterARenderThatThrew_RendersTheNextPageFromAFreshStart()
    {
        // The first render stops inside a loop, inside an include, with its output pushed: a
        // context reused from it would carry those stacks into the next page.
        var theme = Theme.Load(WriteTheme(
            ("home.html", "<ul>{{ for a in page.list }}{{ include 'partials/item.html' }}{{ end }}</ul>"),
            ("partials/item.html", "<li>{{ a.missing.title }}</li>")), Display);
        var broken = Model(("page", new ScriptObject { ["list"] = new ScriptArray { new ScriptObject { ["title"] = "бір" } } }));

        Assert.Throws<BuildException>(() => theme.Render("home", broken));

        Assert.Equal("<article>екі</article>", theme.Render("article", Page("екі")));
        Assert.Equal("<html><p>үш</p></html>", theme.Render("base", Model(("content", new RawHtml("<p>үш</p>")))));
    }

    [Fact]
    public async Task Render_OneAfterAnother_GivesEachPageOnlyItsOwnTextAndVariables()
    {
        // A long page first (past what a reused buffer keeps), then a short one; a variable the
        // first layout assigns is that page's own: the next page, which has no such variable, is
        // refused for reading it (strict variables), not given the first page's value.
        var theme = Theme.Load(WriteTheme(
            ("home.html", "{{ seen = 'иә' }}{{ for i in 1..3000 }}<p>{{ page.text }}</p>{{ end }}"),
            ("article.html", "<article>{{ page.title }}</article>"),
            ("404.html", "<p>{{ seen }}</p>")), Display);

        var pages = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            var home = theme.Render("home", Model(("page", new ScriptObject { ["text"] = LongParagraph + i })));
            var article = theme.Render("article", Page("мақала " + i));
            var unseen = Record.Exception(() => theme.Render("404", Model()));
            return (home, article, unseen);
        })));

        for (var i = 0; i < pages.Length; i++)
        {
            var (home, article, unseen) = pages[i];
            Assert.Equal(string.Concat(Enumerable.Repeat($"<p>{LongParagraph}{i}</p>", 3000)), home);
            Assert.Equal($"<article>мақала {i}</article>", article);
            Assert.IsType<BuildException>(unseen);
        }
    }

    private string WriteTheme(params (string Name, string Text)[] layouts)
    {
        var theme = _temp.Combine("theme");
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["base.html"] = "<html>{{ content }}</html>",
            ["home.html"] = "<h1>{{ page.title }}</h1>",
            ["article.html"] = "<article>{{ page.title }}</article>",
            ["404.html"] = "<p>Бет табылмады</p>",
        };
        foreach (var (name, text) in layouts)
        {
            files[name] = text;
        }

        foreach (var (name, text) in files)
        {
            var path = Path.Combine(theme, "layouts", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return theme;
    }

    private static ScriptObject Page(string title) => Model(("page", new ScriptObject { ["title"] = title }));

    private static ScriptObject Model(params (string Name, object? Value)[] values)
    {
        var model = new ScriptObject();
        foreach (var (name, value) in values)
        {
            model[name] = value;
        }

        return model;
    }
}
