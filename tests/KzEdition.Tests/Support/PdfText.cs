using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KzEdition.Tests.Support;

/// <summary>
/// A PDF's text as poppler's <c>pdftotext</c> reads it, page by page: what a reader (or a
/// repository's indexer) gets out of the file, independent of how it was made. Skips the calling
/// test, with the reason, where poppler-utils is not installed.
/// </summary>
internal static partial class PdfText
{
    public const string Tool = "/usr/bin/pdftotext";

    public static string? MissingReason => File.Exists(Tool)
        ? null
        : $"pdftotext not found at {Tool}: install poppler-utils (apt-get install poppler-utils; .ci/run does).";

    /// <summary>
    /// The text of every page: in layout mode (by default), so the contents' page numbers stay on
    /// their lines; else in reading order, so each paragraph of a column (an index entry) stays whole.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(string pdf, bool layout = true)
    {
        var text = await RunAsync([.. layout ? ["-layout"] : Array.Empty<string>(), "-enc", "UTF-8", pdf, "-"]);
        var pages = text.Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages; // pdftotext ends every page with a form feed
    }

    /// <summary>
    /// The text of a two-column page (1-based), the left column then the right, each in reading
    /// order: the columns cut apart at <paramref name="split"/> points from the paper's left edge.
    /// </summary>
    public static async Task<string> ColumnsAsync(string pdf, int page, int split)
    {
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var left = await RunAsync("-f", number, "-l", number, "-x", "0", "-y", "0", "-W", split.ToString(System.Globalization.CultureInfo.InvariantCulture), "-H", "10000", "-enc", "UTF-8", pdf, "-");
        var right = await RunAsync("-f", number, "-l", number, "-x", split.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", "0", "-W", "10000", "-H", "10000", "-enc", "UTF-8", pdf, "-");
        return left.TrimEnd('\f') + "\n\n" + right.TrimEnd('\f');
    }

    /// <summary>
    /// The text of the PDF's tags (its structure tree), as poppler's <c>pdfinfo -struct-text</c>
    /// reads it: what a screen reader reads. Each element's text runs one after another, as quoted.
    /// </summary>
    public static async Task<string> TagsTextAsync(string pdf)
    {
        var tree = await RunAsync(Path.Combine(Path.GetDirectoryName(Tool)!, "pdfinfo"), ["-struct-text", pdf]);
        return string.Concat(TagText().Matches(tree).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex("^\\s*\"(.*)\"\\s*$", RegexOptions.Multiline)]
    private static partial Regex TagText();

    private static Task<string> RunAsync(params string[] arguments) => RunAsync(Tool, arguments);

    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        if (MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        return text;
    }

    /// <summary>Text with every run of white space made one space: lines broken differently compare equal.</summary>
    public static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
