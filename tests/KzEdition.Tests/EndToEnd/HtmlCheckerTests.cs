using System.Text.Json;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The gates of issue 17 that reviewers' HTML checkers keep: every page of the real edition
/// (Cyrillic and Latin articles, indices, search, print, 404 and the build report) passes the Nu
/// HTML checker with no error, its warnings listed in the test output, and html-validate with no
/// message. Each runs once over all the files. Needs Java (<c>apt-get install default-jre-headless</c>)
/// and <c>npm ci --prefix tests/browser</c> (vnu-jar, html-validate); skipped with the reason otherwise.
/// </summary>
public sealed class HtmlCheckerTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    private static readonly string VnuJar = Path.Combine(RepoPaths.BrowserPackages, "vnu-jar", "build", "dist", "vnu.jar");

    private static readonly string HtmlValidate = Path.Combine(RepoPaths.BrowserPackages, "html-validate", "bin", "html-validate.mjs");

    /// <summary>
    /// The configuration: html-validate's recommended rules, less <c>long-title</c> (a title of 70
    /// characters at most): an article's title is its full scholarly title, which bookmarks, tabs and
    /// the history name it by; search engines shorten what they show themselves.
    /// </summary>
    private static readonly string HtmlValidateConfig = Path.Combine(RepoPaths.Root, "tests", "browser", "htmlvalidate.json");

    private List<string> Pages => [.. Directory.EnumerateFiles(edition.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task EveryPage_PassesTheNuHtmlChecker_WithNoError()
    {
        var java = ExternalTool.OnPath("java");
        Assert.SkipWhen(java is null, "Java is not installed: apt-get install default-jre-headless.");
        Assert.SkipWhen(!File.Exists(VnuJar), $"The Nu HTML checker is not installed ({VnuJar} is missing): run `npm ci --prefix tests/browser`.");
        var pages = Pages;
        Assert.Contains(pages, p => p.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith("report.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("latn", "index.html"), StringComparison.Ordinal));

        var (_, _, error) = await ExternalTool.RunAsync(java!, ["-jar", VnuJar, "--format", "json", .. pages]);
        using var report = JsonDocument.Parse(error);
        var errors = new List<string>();
        var output = TestContext.Current.TestOutputHelper!;
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            var file = message.TryGetProperty("url", out var url) ? Path.GetRelativePath(edition.Output, Uri.UnescapeDataString(url.GetString()!.Replace("file:", "", StringComparison.Ordinal))) : "?";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var text = $"{file.Replace('\\', '/')}({line}): {message.GetProperty("message").GetString()}";
            if (type == "error" || type == "non-document-error")
            {
                errors.Add(text);
            }
            else
            {
                output.WriteLine($"warning: {text}");
            }
        }

        output.WriteLine($"Nu HTML checker: {pages.Count} pages, {errors.Count} errors.");
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task EveryPage_PassesHtmlValidate_WithNoMessage()
    {
        var node = ExternalTool.OnPath("node");
        Assert.SkipWhen(node is null, "Node.js is not installed: apt-get install nodejs.");
        Assert.SkipWhen(!File.Exists(HtmlValidate), $"html-validate is not installed ({HtmlValidate} is missing): run `npm ci --prefix tests/browser`.");
        var pages = Pages;

        // The report goes to a file: written to a pipe, Node cut it at 64 KiB when html-validate
        // exited with messages to report (the exit does not wait for the pipe to drain).
        var reportFile = Path.Combine(Path.GetTempPath(), $"kz-html-validate-{Guid.NewGuid():N}.json");
        string output;
        try
        {
            var (_, _, error) = await ExternalTool.RunAsync(node!, [HtmlValidate, "--config", HtmlValidateConfig, "--formatter", $"json={reportFile}", .. pages]);
            Assert.True(File.Exists(reportFile), error);
            output = await File.ReadAllTextAsync(reportFile, TestContext.Current.CancellationToken);
        }
        finally
        {
            File.Delete(reportFile);
        }

        Assert.False(string.IsNullOrWhiteSpace(output));
        using var report = JsonDocument.Parse(output);
        var messages = report.RootElement.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(m =>
                $"{Path.GetRelativePath(edition.Output, file.GetProperty("filePath").GetString()!)}({m.GetProperty("line").GetInt32()},{m.GetProperty("column").GetInt32()}): {m.GetProperty("ruleId").GetString()}: {m.GetProperty("message").GetString()}"))
            .ToList();
        TestContext.Current.TestOutputHelper!.WriteLine($"html-validate: {pages.Count} pages, {messages.Count} messages.");
        Assert.True(messages.Count == 0, $"{messages.Count} messages:\n" + string.Join("\n", messages));
    }
}
