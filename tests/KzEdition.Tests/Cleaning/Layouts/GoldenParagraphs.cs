using System.Text.RegularExpressions;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning.Layouts;

/// <summary>The reviewed body paragraphs of the real edition's golden articles: the text the re-laid sources are made from.</summary>
internal static partial class GoldenParagraphs
{
    /// <summary>The golden articles' file names, in order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The body paragraphs of a golden article (not headings, lists, tables or bold lines), unescaped.</summary>
    public static List<string> Of(string golden) => FromMarkdown(File.ReadAllText(Golden.Folder("RealInput", golden)));

    /// <summary>The body paragraphs of an article's Markdown, after its front matter.</summary>
    public static List<string> FromMarkdown(string markdown)
    {
        var body = markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        body = Table().Replace(body, "");
        return [.. body.Split("\n\n")
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && !p.StartsWith('#') && !p.StartsWith("- ", StringComparison.Ordinal) && !p.StartsWith(":::", StringComparison.Ordinal) && !char.IsDigit(p[0]) && !p.Contains('|', StringComparison.Ordinal) && !p.StartsWith("**", StringComparison.Ordinal))
            .Select(p => Escape().Replace(p, "$1"))];
    }

    [GeneratedRegex(@"(?ms)^::: table\n.*?^:::\n")]
    private static partial Regex Table();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escape();
}
