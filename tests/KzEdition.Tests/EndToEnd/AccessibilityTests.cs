using System.Text.Json;
using KzEdition.Tests.Support;
using Microsoft.Playwright;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// WCAG 2.1 AA, as axe-core checks it in a real browser: every .html page of the built real
/// edition (found by listing the output, so new kinds of page are covered as they come), opened
/// in Chromium in the light and in the dark colour scheme, has no serious or critical violation.
/// Needs Chromium (<c>apt-get install chromium</c>) and axe-core (<c>npm ci --prefix tests/browser</c>);
/// skipped with the reason otherwise.
/// </summary>
public sealed class AccessibilityTests(BuiltEdition edition, Chromium chromium) : IClassFixture<BuiltEdition>, IClassFixture<Chromium>
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string[] Blocking = ["serious", "critical"];

    private static readonly string AxeScript = Path.Combine(RepoPaths.BrowserPackages, "axe-core", "axe.min.js");

    /// <summary>Runs axe on the loaded page; returns its violations, one entry a node, and the rules it could not decide.</summary>
    private const string RunAxe = """
        async (tags) => {
          const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          const target = n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' ');
          const message = n => [...n.any, ...n.all, ...n.none].map(c => c.message).filter(Boolean).join(' ');
          return {
            violations: results.violations.flatMap(v => v.nodes.map(n => ({
              rule: v.id, impact: n.impact || v.impact || '', help: v.help, target: target(n), message: message(n),
            }))),
            incomplete: results.incomplete.map(v => v.id),
          };
        }
        """;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryPage_HasNoSeriousOrCriticalWcag21AaViolation(ColorScheme scheme)
    {
        Assert.SkipWhen(!File.Exists(AxeScript), $"axe-core is not installed ({AxeScript} is missing): run `npm ci --prefix tests/browser`.");
        var browser = await chromium.BrowserAsync();
        var pages = Directory.EnumerateFiles(edition.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var tab = await context.NewPageAsync();
        var failures = new List<string>();
        var others = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var undecided = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            await tab.GotoAsync(new Uri(page).AbsoluteUri);
            // By URL: Chromium reads the file itself, instead of half a megabyte of script a page through the driver.
            await tab.AddScriptTagAsync(new PageAddScriptTagOptions { Url = new Uri(AxeScript).AbsoluteUri });
            var result = await tab.EvaluateAsync<JsonElement>(RunAxe, Tags);
            var name = Path.GetRelativePath(edition.Output, page).Replace('\\', '/');
            foreach (var node in result.GetProperty("violations").EnumerateArray())
            {
                var rule = node.GetProperty("rule").GetString();
                var impact = node.GetProperty("impact").GetString() ?? "";
                if (Blocking.Contains(impact))
                {
                    failures.Add($"{name}: {rule} ({impact}) at {node.GetProperty("target").GetString()}: "
                        + $"{node.GetProperty("help").GetString()}. {node.GetProperty("message").GetString()}");
                }
                else
                {
                    Count(others, $"{rule} ({impact})");
                }
            }

            foreach (var rule in result.GetProperty("incomplete").EnumerateArray())
            {
                Count(undecided, rule.GetString()!);
            }
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{pages.Count} pages, {scheme} scheme.");
        output?.WriteLine("Moderate or minor violations (not failing), nodes: " + Describe(others));
        output?.WriteLine("Rules axe could not decide (to review by eye), pages: " + Describe(undecided));
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} serious or critical WCAG 2.1 AA violations in the {scheme.ToString().ToLowerInvariant()} scheme "
            + $"({pages.Count} pages):\n" + string.Join('\n', failures));
    }

    private static void Count(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Describe(SortedDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key} ×{c.Value}"));
}
