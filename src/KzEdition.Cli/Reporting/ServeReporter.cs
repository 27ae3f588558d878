using System.Globalization;
using KzEdition.Building;
using KzEdition.Preview;

namespace KzEdition.Cli.Reporting;

/// <summary>
/// What <c>kzedition serve</c> prints while it runs: each build, good or not, with the time, the
/// changes that caused it and its errors (file, line, message) on standard error. Builds end on
/// other threads than the command's, so each report is written whole under a lock.
/// </summary>
internal sealed class ServeReporter(BuildOptions options, TextWriter output, TextWriter error) : IPreviewReporter
{
    private readonly Lock _lock = new();
    private bool _firstBuildReported;

    public void BuildFinished(SessionBuild build, IReadOnlyCollection<string>? changes)
    {
        lock (_lock)
        {
            var first = !_firstBuildReported;
            _firstBuildReported = true;
            if (build.Succeeded)
            {
                output.WriteLine(first && build.Result is { } result
                    ? BuildSummary.Headline(options, result)
                    : $"{Now()} Rebuilt{Cause(changes)} in {Milliseconds(build.Elapsed)}: {Files(build.Changed.Length)} of the output changed; pages reload.");
                return;
            }

            foreach (var diagnostic in build.Errors)
            {
                error.WriteLine(diagnostic);
            }

            if (build.Context is not null)
            {
                error.WriteLine($"  ({build.Context})");
            }

            error.WriteLine(first
                ? $"{Now()} The build failed: fix the error and save; the preview rebuilds and pages show the errors until then."
                : $"{Now()} The build failed{Cause(changes)}: still serving the last good build; pages show the errors until it is fixed.");
        }
    }

    public void Fault(Exception exception)
    {
        lock (_lock)
        {
            error.WriteLine($"{Now()} internal error (KzEdition's fault, not the input's; the preview goes on): {exception}");
        }
    }

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";

    private static string Cause(IReadOnlyCollection<string>? changes)
    {
        if (changes is null)
        {
            return "";
        }

        var first = changes.Order(StringComparer.Ordinal).FirstOrDefault();
        if (first is null)
        {
            return "";
        }

        // Relative to the current folder when under it (input/articles/x.md), else in full.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, first);
        var shown = (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? first : relative).Replace('\\', '/');
        return changes.Count == 1 ? $" after a change to {shown}" : $" after changes to {shown} and {changes.Count - 1} more";
    }
}
