using System.Text.RegularExpressions;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>Every distinct word of the real edition's cleaned articles (the golden Markdown files), as written.</summary>
internal static partial class RealCorpusWords
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static string[] Load()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "KzEdition.Tests", "Golden", "RealInput");
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            foreach (Match match in Word().Matches(File.ReadAllText(file)))
            {
                words.Add(match.Value);
            }
        }

        return [.. words];
    }

    /// <summary>Letters, combining marks (the stress of НА́ТО) and digits, joined by inner hyphens.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+(?:-[\p{L}\p{M}\p{Nd}]+)*")]
    private static partial Regex Word();
}
