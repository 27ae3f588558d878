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

    /// <summary>The text of every page (in layout mode, so columns and the contents' page numbers stay on their lines).</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(string pdf)
    {
        if (MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var start = new ProcessStartInfo(Tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        var pages = text.Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages; // pdftotext ends every page with a form feed
    }

    /// <summary>Text with every run of white space made one space: lines broken differently compare equal.</summary>
    public static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
