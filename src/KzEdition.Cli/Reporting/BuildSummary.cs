using System.Globalization;
using KzEdition.Building;
using KzEdition.Engine;

namespace KzEdition.Cli.Reporting;

/// <summary>The lines both reporters print, so the terminal and the log say the same things.</summary>
internal static class BuildSummary
{
    public static string Findings(BuildResult result) => result.Report.Summary();

    public static string Headline(BuildOptions options, BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Built {result.Articles} articles ({result.Files} files) into {options.Output}/ in {result.Elapsed.TotalMilliseconds:0} ms.");

    /// <summary>
    /// What the garbage collector did in this process so far (the build, with --verbose): how often
    /// each generation was collected, the time the program stood paused for it, what was allocated,
    /// and the heap after the last collection. A build that grows faster than its edition shows it
    /// here first: full (gen 2) collections of a heap that holds the whole edition.
    /// </summary>
    public static string Memory()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return string.Create(CultureInfo.InvariantCulture,
            $"Memory: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused; {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated; {info.HeapSizeBytes / 1048576.0:0} MB heap after the last collection, {info.PromotedBytes / 1048576.0:0} MB of it promoted.");
    }

    public static string Warnings(BuildResult result)
    {
        var count = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        return count == 0 ? "" : $"{count} warning(s) above: decisions taken on weak evidence and what the build could not do as asked; check them.";
    }

    /// <summary>For an edition with no sources yet (as <c>kzedition new</c> makes it): what to do next; empty otherwise.</summary>
    public static string Empty(BuildOptions options, BuildResult result) =>
        result.Articles > 0 ? "" : $"The edition is empty: put the raw texts (.txt) in {options.Input.TrimEnd('/', '\\')}/sources/, then build again.";

    public static IEnumerable<string> Timings(BuildResult result) =>
        result.Timings
            .Where(t => t.Elapsed > TimeSpan.Zero || t.Documents > 0)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"  {t.Pipeline,-10} {t.Phase,-11} {t.Elapsed.TotalMilliseconds,8:0.0} ms  {t.Documents,4} docs  from {t.Started.TotalMilliseconds,6:0} to {(t.Started + t.Elapsed).TotalMilliseconds,6:0} ms"));

    /// <summary>The modules that worked longest (summed over their documents: two cores make more than the wall time).</summary>
    public static IEnumerable<string> ModuleTimings(BuildResult result) =>
        result.ModuleTimings
            .Where(t => t.Elapsed.TotalMilliseconds >= 1)
            .Take(40)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"  {t.Pipeline + "/" + t.Module,-44} {t.Elapsed.TotalMilliseconds,8:0.0} ms  {t.Runs,5} runs  {t.Remembered,5} remembered  {t.Allocated / 1e6,7:0.0} MB allocated  {t.Checking.TotalMilliseconds,6:0.0} ms checking"));

    public static IEnumerable<Diagnostic> Shown(BuildResult result, bool verbose) =>
        result.Diagnostics.Where(d => verbose || d.Severity >= Severity.Warning);
}
