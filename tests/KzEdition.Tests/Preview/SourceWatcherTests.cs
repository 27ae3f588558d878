using System.Collections.Concurrent;
using KzEdition.Preview;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The watcher on real folders: it passes on saved files in every subfolder of each folder, and
/// leaves out the editors' swap, backup and probe files. (How the changes are gathered into builds
/// is the scheduler's, tested with a fake clock.)
/// </summary>
public sealed class SourceWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = new();
    private readonly BlockingCollection<string> _changed = [];
    private readonly string _input;
    private readonly string _theme;

    public SourceWatcherTests()
    {
        _input = _temp.Combine("input");
        _theme = _temp.Combine("theme");
        Directory.CreateDirectory(Path.Combine(_input, "articles"));
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
    }

    public void Dispose()
    {
        _changed.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void FilesSavedInEitherFolder_AreReported_ButNotTheEditorsByProducts()
    {
        using var watcher = new SourceWatcher([_input, _theme], _changed.Add, () => _changed.Add("(lost track)"));
        var noise = new[] { ".x.md.swp", "x.md~", ".#x.md", "4913", "x.md.tmp", "x.md.bak" };
        foreach (var name in noise)
        {
            File.WriteAllText(Path.Combine(_input, "articles", name), "noise");
        }

        var article = Path.Combine(_input, "articles", "x.md");
        var layout = Path.Combine(_theme, "layouts", "article.html");
        File.WriteAllText(article, "# x");
        File.WriteAllText(layout, "<p>");

        var seen = WaitFor(article, layout);

        Assert.DoesNotContain(seen, p => noise.Contains(Path.GetFileName(p)));
        Assert.DoesNotContain("(lost track)", seen);
    }

    [Fact]
    public void AFileRenamedAway_IsReportedUnderItsOldName()
    {
        var article = Path.Combine(_input, "articles", "x.md");
        File.WriteAllText(article, "# x");
        using var watcher = new SourceWatcher([_input], _changed.Add, () => { });

        // How Vim saves when it keeps a backup: the file becomes x.md~, then a new x.md is written.
        File.Move(article, article + "~");

        WaitFor(article);
    }

    [Fact]
    public void AFolderCreatedAfterTheWatchStarted_IsWatchedToo()
    {
        using var watcher = new SourceWatcher([_input], _changed.Add, () => { });
        var folder = Path.Combine(_input, "pages");
        Directory.CreateDirectory(folder);
        WaitFor(folder);

        var page = Path.Combine(folder, "about.md");
        File.WriteAllText(page, "# About");

        WaitFor(page);
    }

    /// <summary>Waits until every expected path has been reported; returns everything reported meanwhile.</summary>
    private List<string> WaitFor(params string[] expected)
    {
        var seen = new List<string>();
        var deadline = DateTime.UtcNow + Patience;
        while (!expected.All(seen.Contains))
        {
            var left = deadline - DateTime.UtcNow;
            string? path = null;
            Assert.True(left > TimeSpan.Zero && _changed.TryTake(out path, left), $"Not reported in time: {string.Join(", ", expected.Except(seen))}; seen: {string.Join(", ", seen)}");
            seen.Add(path!);
        }

        return seen;
    }
}
