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
            var path = Path.Combine(theme, "layouts", layout);
            var text = File.ReadAllText(path);
            Assert.Contains("{{ entry.html }}", text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace("{{ entry.html }}", $"{{{{ include \"{partial}\" }}}}", StringComparison.Ordinal));
        }

        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("fragments"), Theme: RepoPaths.Theme), cancellationToken: Cancel);
        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("included"), Theme: theme), cancellationToken: Cancel);

        Assert.Equal(FolderSnapshot.Take(temp.Combine("included")), FolderSnapshot.Take(temp.Combine("fragments")));
        Assert.Contains("class=\"index-entry\"", File.ReadAllText(temp.Combine("fragments", "index", "persons", "index.html")), StringComparison.Ordinal);
        Assert.Contains("class=\"index-entry\"", File.ReadAllText(temp.Combine("fragments", "print", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThemeWithoutTheEntryPartial_StillBuildsItsIndexPages()
    {
        using var temp = new TempDirectory();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var layout = Path.Combine(theme, "layouts", "index.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ entry.html }}", "<li>{{ entry.heading }}</li>", StringComparison.Ordinal));
        File.Delete(Path.Combine(theme, "layouts", "partials", "index-entry.html"));

        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("site"), Theme: theme), cancellationToken: Cancel);

        var persons = File.ReadAllText(temp.Combine("site", "index", "persons", "index.html"));
        Assert.Contains("<li>Назарбаев", persons, StringComparison.Ordinal);
        Assert.DoesNotContain(FragmentMarks.Edge, persons);
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
    public void Join_PutsEachFragmentWhereItsMarkStands_AsOftenAsItStands_AndLeavesAMarkNoFragmentAnswers()
    {
        var page = Document.Create(null, "index/persons/index.html").With(Keys.Text, $"<ul>{FragmentMarks.Of("a")}|{FragmentMarks.Of("b")}|{FragmentMarks.Of("a")}|{FragmentMarks.Of("x")}</ul>");
        var other = Document.Create(null, "index/timeline/index.html").With(Keys.Text, "<p>timeline</p>");
        ImmutableArray<Document> inputs =
        [
            Fragment("a", "<li>A</li>"),
            Fragment("b", "<li>B</li>"),
            Fragment("unshown", "<li>C</li>"),
            page,
            other,
        ];

        var outputs = new JoinPageFragments().Execute(inputs, null!);

        Assert.Equal(2, outputs.Length);
        Assert.Equal($"<ul><li>A</li>|<li>B</li>|<li>A</li>|{FragmentMarks.Of("x")}</ul>", outputs[0].Get(Keys.Parts).ToString());
        Assert.Equal("index/persons/index.html", outputs[0].Destination);
        Assert.Same(other, outputs[1]);
    }

    [Fact]
    public void Join_RefusesFragmentsThatNoPageFollows()
    {
        Assert.Throws<InvalidOperationException>(() => new JoinPageFragments().Execute([Fragment("a", "<li>A</li>")], null!));
    }

    private static Document Fragment(string name, string html) =>
        Document.Create($"index/persons/index.html#{name}", null).With(EditionKeys.FragmentName, name).With(Keys.Text, html);
}
