using System.Collections.Immutable;
using CsCheck;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Templating;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Templating;

/// <summary>
/// An index page's entries rendered each on its own and put where the page shows <c>entry.html</c>:
/// the page is the one the index layout makes when it includes the partial itself, and the marks
/// that place fragments cut and join a page without losing or moving a character.
/// </summary>
public sealed class IndexEntryFragmentsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndexLayoutsThatIncludeTheEntryPartialThemselves_MakeTheSameSite()
    {
        using var temp = new TempDirectory();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        foreach (var (layout, partial) in new[] { ("index.html", "partials/index-entry.html"), ("partials/print-indices.html", "partials/print-index-entry.html") })
        {
            TextFiles.Replace(Path.Combine(theme, "layouts", layout), "{{ entry.html }}", $"{{{{ include \"{partial}\" }}}}");
        }

        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("fragments"), Theme: RepoPaths.Theme), cancellationToken: Cancel);
        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("included"), Theme: theme), cancellationToken: Cancel);

        Assert.Equal(FolderSnapshot.Take(temp.Combine("included")), FolderSnapshot.Take(temp.Combine("fragments")));
        Assert.Contains("class=\"index-entry\"", File.ReadAllText(temp.Combine("fragments", "index", "persons", "index.html")), StringComparison.Ordinal);
        Assert.Contains("class=\"index-entry\"", File.ReadAllText(temp.Combine("fragments", "print", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOlderThemeWhosePartialsReadTheLayoutsOwnVariables_IsRenderedWhole_AsBefore()
    {
        using var temp = new TempDirectory();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");

        // As a theme made before entries were fragments could: the layout sets a variable and includes the
        // partial in its loop, and the partial reads that variable and the loop's. Rendered on its own, it could not.
        foreach (var (layout, partial, loop) in new[]
        {
            ("index.html", "partials/index-entry.html", "{{~ for entry in group.entries }}"),
            ("partials/print-indices.html", "partials/print-index-entry.html", "{{~ for entry in index.entries }}"),
        })
        {
            var path = Path.Combine(theme, "layouts", layout);
            TextFiles.Replace(path, loop, "{{~ shown_in = \"own\" }}\n" + loop);
            TextFiles.Replace(path, "{{ entry.html }}", $"{{{{ include \"{partial}\" }}}}");
            var partialPath = Path.Combine(theme, "layouts", partial);
            File.AppendAllText(partialPath, "<span class=\"older\">{{ shown_in }}-{{ for.index }}</span>\n");
        }

        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("site"), Theme: theme), cancellationToken: Cancel);

        Assert.Contains("<span class=\"older\">own-1</span>", File.ReadAllText(temp.Combine("site", "index", "persons", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<span class=\"older\">own-1</span>", File.ReadAllText(temp.Combine("site", "print", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALayoutThatChangesEntryHtml_StopsTheBuild_NamingTheLayout()
    {
        using var temp = new TempDirectory();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        TextFiles.Replace(Path.Combine(theme, "layouts", "index.html"), "{{ entry.html }}", "{{ entry.html | string.upcase }}");

        var diagnostic = await StoppedBuild.OneMessageOf(new BuildOptions(RepoPaths.Input, temp.Combine("site"), Theme: theme));

        Assert.EndsWith(Path.Combine("layouts", "index.html"), diagnostic.File, StringComparison.Ordinal);
        Assert.Contains("entry.html", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Cut_GivesTheTextsAroundTheMarks_AndTheirNames_SoThatJoiningThemAgainGivesThePage()
    {
        var text = Gen.OneOf(Gen.Const(""), Gen.OneOf("а", "<li>", "x", "\uD83D\uDE00", "\n").Array[1, 5].Select(string.Concat));
        var name = Gen.OneOf(Gen.Const("0"), Gen.Const("see-aqs"), Gen.String[Gen.Char['a', 'z'], 1, 6]);
        Gen.Select(text, Gen.Select(name, text).Array[0, 6]).Sample((first, marked) =>
        {
            var page = first + string.Concat(marked.Select(m => FragmentMarks.Of(m.Item1) + m.Item2));

            var (texts, names) = FragmentMarks.Cut(page);

            Assert.Equal([first, .. marked.Select(m => m.Item2)], texts);
            Assert.Equal(marked.Select(m => m.Item1), names);
        });
    }

    [Fact]
    public void Join_PutsEachFragmentWhereItsMarkStands_AsOftenAsItStands_AndDropsAFragmentThePageDoesNotShow()
    {
        var page = Document.Create(null, "index/persons/index.html").With(EditionKeys.Layout, "index").With(Keys.Text, $"<ul>{FragmentMarks.Of("a")}|{FragmentMarks.Of("b")}|{FragmentMarks.Of("a")}</ul>");
        var other = Document.Create(null, "index/timeline/index.html").With(EditionKeys.Layout, "timeline").With(Keys.Text, "<p>timeline</p>");
        ImmutableArray<Document> inputs =
        [
            Fragment("a", "<li>A</li>"),
            Fragment("b", "<li>B</li>"),
            Fragment("unshown", "<li>C</li>"),
            page,
            other,
        ];

        var outputs = new JoinPageFragments("index").Execute(inputs, null!);

        Assert.Equal(2, outputs.Length);
        Assert.Equal("<ul><li>A</li>|<li>B</li>|<li>A</li></ul>", outputs[0].Get(Keys.Parts).ToString());
        Assert.Equal("index/persons/index.html", outputs[0].Destination);
        Assert.Same(other, outputs[1]);
    }

    [Fact]
    public void Join_RefusesFragmentsThatNoPageOfTheLayoutFollows()
    {
        var timeline = Document.Create(null, "index/timeline/index.html").With(EditionKeys.Layout, "timeline").With(Keys.Text, "<p>timeline</p>");
        Assert.Throws<InvalidOperationException>(() => new JoinPageFragments("index").Execute([Fragment("a", "<li>A</li>")], null!));
        Assert.Throws<InvalidOperationException>(() => new JoinPageFragments("index").Execute([Fragment("a", "<li>A</li>"), timeline], null!));
    }

    [Fact]
    public void JoinPrintEdition_TakesAFragmentGivenInParts()
    {
        var article = Document.Create(null, null).With(Keys.Text, "<article/>");
        var indices = Document.Create(null, null).With(Keys.Parts, new ContentParts(["<section>", "<p>1</p>", "</section>"]));
        var frame = Document.Create(null, "print/index.html").With(Keys.Text, $"<body>{FragmentMarks.Of("0")}{FragmentMarks.Of("1")}</body>");

        var output = Assert.Single(new JoinPrintEdition().Execute([article, indices, frame], null!));

        Assert.Equal(["<body>", "<article/>", "", "<section>", "<p>1</p>", "</section>", "</body>"], output.Get(Keys.Parts).Parts);
    }

    private static Document Fragment(string name, string html) =>
        Document.Create($"index/persons/index.html#{name}", null).With(EditionKeys.FragmentName, name).With(Keys.Text, html);
}
