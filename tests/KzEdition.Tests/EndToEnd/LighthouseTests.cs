using System.Text.Json;
using KzEdition.Pdf;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// Lighthouse, as a reviewer runs it (its default mobile settings, Debian's Chromium), on the four
/// kinds of page a reader meets first: the home page, an article, an index and the search with a
/// query. Accessibility, best practices and SEO score 95 or more on each (issue 17's gate).
/// Performance and layout shift move with the machine's load: benchmarks/lighthouse/run measures
/// them. The pages run one after another, the categories asked for only. Needs Chromium and
/// <c>npm ci --prefix tests/browser</c> (lighthouse); skipped with the reason otherwise.
/// </summary>
public sealed class LighthouseTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    private static readonly string Lighthouse = Path.Combine(RepoPaths.BrowserPackages, "lighthouse", "cli", "index.js");

    private static readonly string[] Categories = ["accessibility", "best-practices", "seo"];

    [Fact]
    public async Task HomeArticleIndexAndSearch_ScoreAtLeast95_InAccessibilityBestPracticesAndSeo()
    {
        var node = ExternalTool.OnPath("node");
        Assert.SkipWhen(node is null, "Node.js is not installed: apt-get install nodejs.");
        Assert.SkipWhen(!File.Exists(Lighthouse), $"Lighthouse is not installed ({Lighthouse} is missing): run `npm ci --prefix tests/browser`.");
        Assert.SkipWhen(ChromiumExecutable.MissingReason() is not null, ChromiumExecutable.MissingReason() ?? "");

        await using var site = await StaticSite.StartAsync(edition.Output);
        using var temp = new TempDirectory();
        var pages = new[] { "index.html", "articles/ulttyq-qurylys/index.html", "index/persons/index.html", "search/index.html?q=" + Uri.EscapeDataString("НАТО") };
        var failures = new List<string>();
        var output = TestContext.Current.TestOutputHelper!;
        foreach (var page in pages)
        {
            var report = temp.Combine("lighthouse.json");
            var (exit, _, error) = await ExternalTool.RunAsync(node!,
                [Lighthouse, new Uri(site.Url, page).AbsoluteUri, "--quiet", "--output", "json", "--output-path", report,
                 "--only-categories=" + string.Join(',', Categories), "--chrome-flags=--headless --no-sandbox --disable-gpu"],
                new Dictionary<string, string> { ["CHROME_PATH"] = ChromiumExecutable.Path });
            Assert.True(exit == 0, $"lighthouse on {page} ended with {exit}: {error}");
            using var result = JsonDocument.Parse(File.ReadAllText(report));
            var audits = result.RootElement.GetProperty("audits");
            foreach (var category in Categories)
            {
                var scored = result.RootElement.GetProperty("categories").GetProperty(category);
                var score = (int)Math.Round(scored.GetProperty("score").GetDouble() * 100);
                output.WriteLine($"{page}: {category} {score}");
                if (score < 95)
                {
                    // Name the audits that cost the points, as Lighthouse's report would.
                    var lost = scored.GetProperty("auditRefs").EnumerateArray()
                        .Where(r => r.GetProperty("weight").GetDouble() > 0)
                        .Select(r => audits.GetProperty(r.GetProperty("id").GetString()!))
                        .Where(a => a.GetProperty("score").ValueKind == JsonValueKind.Number && a.GetProperty("score").GetDouble() < 1)
                        .Select(a => a.GetProperty("title").GetString());
                    failures.Add($"{page}: {category} {score}: {string.Join("; ", lost)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
