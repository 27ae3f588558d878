using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KzEdition.Preview;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The preview as an editor uses it, in this process on a free port over copies of the real input
/// and theme: edit a file, and the open pages are told to reload and get the new text; break a
/// template, and they are told what is wrong and where while the last good site stays; fix it, and
/// they reload. The page's side is the event stream, read as the browser reads it.
/// </summary>
public sealed class PreviewServerTests
{
    private static readonly TimeSpan Patience = RunningPreview.Patience;

    private static CancellationToken Cancelled => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditingAnArticlesMarkdown_ReloadsThePages_WithTheNewText_AndWritesNothingIntoTheInput()
    {
        await using var preview = new RunningPreview();
        await preview.ImportArticlesAsync(Cancelled);
        var article = Directory.EnumerateFiles(Path.Combine(preview.Input, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        var page = $"articles/{Path.GetFileNameWithoutExtension(article)}/";
        var inputBefore = FolderSnapshot.Take(preview.Input);
        Assert.True((await preview.StartAsync(Cancelled)).Succeeded);
        await using var events = await preview.ListenAsync(Cancelled);

        var hello = await events.NextAsync(Patience);
        Assert.Equal("hello", hello.Type);
        Assert.Equal(preview.Server.Hub.ServerId, hello.Data.GetProperty("server").GetString());
        Assert.Equal(1, hello.Data.GetProperty("generation").GetInt32());
        Assert.Equal(0, hello.Data.GetProperty("errors").GetArrayLength());

        const string Correction = "Редактор қолмен түзеткен сөйлем 4f1c.";
        var original = await File.ReadAllBytesAsync(article, Cancelled);
        Assert.DoesNotContain(Correction, await preview.Http.GetStringAsync(page, Cancelled), StringComparison.Ordinal);

        await File.WriteAllBytesAsync(article, [.. original, .. Encoding.UTF8.GetBytes($"\n{Correction}\n")], Cancelled);
        await NextReloadAsync(events);

        var edited = await preview.Http.GetStringAsync(page, Cancelled);
        Assert.Contains(Correction, edited, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_kzedition/preview.js\"", edited, StringComparison.Ordinal);
        Assert.Contains(preview.Reporter.Builds, b => b.Changes?.Contains(article) == true);

        // The editor takes the sentence back; then the input must be exactly as before the preview started.
        await File.WriteAllBytesAsync(article, original, Cancelled);
        await NextReloadAsync(events);
        Assert.DoesNotContain(Correction, await preview.Http.GetStringAsync(page, Cancelled), StringComparison.Ordinal);
        await preview.StopAsync();

        Assert.Equal(inputBefore, FolderSnapshot.Take(preview.Input));
        Assert.DoesNotContain("_kzedition", await File.ReadAllTextAsync(Path.Combine(preview.Output, page, "index.html"), Cancelled), StringComparison.Ordinal);
        Assert.Empty(preview.Reporter.Faults);
    }

    [Fact]
    public async Task ABrokenTemplate_ShowsItsFileAndLine_KeepsTheLastGoodSite_AndTheFixReloads()
    {
        await using var preview = new RunningPreview();
        await preview.StartAsync(Cancelled);
        await using var events = await preview.ListenAsync(Cancelled);
        Assert.Equal("hello", (await events.NextAsync(Patience)).Type);
        var goodHome = await preview.Http.GetStringAsync("", Cancelled);

        var layout = Path.Combine(preview.Theme, "layouts", "article.html");
        var original = await File.ReadAllTextAsync(layout, Cancelled);
        var lines = original.Split('\n').ToList();
        lines.Insert(2, "{{ if }}");
        await File.WriteAllTextAsync(layout, string.Join('\n', lines), Cancelled);

        var (type, data) = await events.NextAsync(Patience);
        Assert.Equal("error", type);
        var error = data.GetProperty("errors")[0];
        Assert.EndsWith("theme/layouts/article.html", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.StartsWith("template error:", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The last good site is still served; its pages carry the overlay's script and the errors.
        var response = await preview.Http.GetAsync("", Cancelled);
        var home = await response.Content.ReadAsStringAsync(Cancelled);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script type=\"application/json\" id=\"kzedition-preview-errors\">", home, StringComparison.Ordinal);
        Assert.Contains("\"line\":3", home, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_kzedition/preview.js\"", home, StringComparison.Ordinal);
        Assert.Equal(StripPreview(goodHome), StripPreview(home));

        // A page opened now is told about the errors as it connects.
        await using (var late = await preview.ListenAsync(Cancelled))
        {
            var lateHello = await late.NextAsync(Patience);
            Assert.Equal("hello", lateHello.Type);
            Assert.Equal(3, lateHello.Data.GetProperty("errors")[0].GetProperty("line").GetInt32());
        }

        // The terminal was told too.
        Assert.Contains(preview.Reporter.Builds, b => !b.Build.Succeeded && b.Build.Errors.Any(e => e.Line == 3 && e.File!.EndsWith("article.html", StringComparison.Ordinal)));

        await File.WriteAllTextAsync(layout, original, Cancelled);
        await NextReloadAsync(events);

        var fixedHome = await preview.Http.GetStringAsync("", Cancelled);
        Assert.DoesNotContain("kzedition-preview-errors", fixedHome, StringComparison.Ordinal);
        Assert.False(preview.Server.Hub.Status.Failed);
    }

    [Fact]
    public async Task ATemplateSavedHalfBroken_AndFixedWithinTheQuietPeriod_ShowsNoError_OnlyTheReload()
    {
        // A quiet period long enough that the mending write surely falls within it on a busy
        // machine, and a build on the broken template surely starts (and likely ends) before it.
        await using var preview = new RunningPreview(new RebuildTiming(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(800)));
        await preview.StartAsync(Cancelled);
        await using var events = await preview.ListenAsync(Cancelled);
        Assert.Equal("hello", (await events.NextAsync(Patience)).Type);

        // As an editor's save in two writes: the first leaves the template broken, the second mends
        // it. The build of the broken template saw its input change before the quiet period ended:
        // the pages are not told about it (RebuildScheduler), only about the build after. (Told at
        // once, as a build that started early was before it waited, the page showed the error:
        // this test failed so.)
        var layout = Path.Combine(preview.Theme, "layouts", "article.html");
        var original = await File.ReadAllTextAsync(layout, Cancelled);
        await File.WriteAllTextAsync(layout, "{{ if }}\n" + original, Cancelled);
        await Task.Delay(150, Cancelled);
        await File.WriteAllTextAsync(layout, original, Cancelled);

        await NextReloadAsync(events);
        Assert.DoesNotContain(preview.Reporter.Builds, b => !b.Build.Succeeded);
        Assert.False(preview.Server.Hub.Status.Failed);
    }

    [Fact]
    public async Task Stopping_EndsTheEventStreamsAtOnce_AndARestartedServerIsANewServer()
    {
        await using var preview = new RunningPreview();
        await preview.StartAsync(Cancelled);
        var port = preview.Url.Port;
        var events = await preview.ListenAsync(Cancelled);
        var first = (await events.NextAsync(Patience)).Data.GetProperty("server").GetString();

        var stopping = Stopwatch.StartNew();
        await preview.StopAsync();
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopping.Elapsed}");
        Assert.True(await events.EndsWithinAsync(TimeSpan.FromSeconds(5)), "the event stream outlived the server");
        await events.DisposeAsync();

        // Started again where it was: a page's EventSource reconnects there, and its hello names another server.
        await preview.StartAsync(Cancelled, port);
        await using var again = await preview.ListenAsync(Cancelled);
        var second = (await again.NextAsync(Patience)).Data.GetProperty("server").GetString();

        Assert.Equal(port, preview.Url.Port);
        Assert.NotEqual(first, second);
    }

    /// <summary>Waits for the reload that follows a change (skipping keep-alives and anything before it).</summary>
    private static async Task<JsonElement> NextReloadAsync(EventStream events)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var left = Patience - deadline.Elapsed;
            Assert.True(left > TimeSpan.Zero, "no reload came");
            var (type, data) = await events.NextAsync(left);
            if (type == "reload")
            {
                return data;
            }

            Assert.NotEqual("error", type);
        }
    }

    /// <summary>A page without what the preview adds: the site's own bytes.</summary>
    private static string StripPreview(string page)
    {
        var start = page.IndexOf("<script type=\"application/json\" id=\"kzedition-preview-errors\">", StringComparison.Ordinal);
        if (start < 0)
        {
            start = page.IndexOf("<script src=\"/_kzedition/preview.js\"", StringComparison.Ordinal);
        }

        var end = page.IndexOf("</script>", page.IndexOf("/_kzedition/preview.js", StringComparison.Ordinal), StringComparison.Ordinal) + "</script>".Length;
        return page[..start] + page[end..];
    }
}
