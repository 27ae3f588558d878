using System.Text;

namespace KzEdition.Benchmarks;

/// <summary>
/// An edition of any number of distinct articles for the preview benchmark: each source is one
/// article, a title line and eight paragraphs whose words are the real edition's paragraphs
/// shuffled (seeded), so the articles share the edition's vocabulary, names and acronyms but no
/// article is a witness of another. The input is the real one otherwise (settings, terms, pages).
/// </summary>
public static class SyntheticEdition
{
    /// <summary>The real edition's running paragraphs (from the reviewed golden Markdown), longer than 200 characters.</summary>
    public static List<string> RealParagraphs() =>
        Directory.EnumerateFiles(Path.Combine(Corpus.RepositoryRoot(), "tests", "KzEdition.Tests", "Golden", "RealInput"), "*.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("---", 3)[^1].Split("\n\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length > 200 && !p.StartsWith('#') && !p.StartsWith(":::", StringComparison.Ordinal) && !p.StartsWith('|') && !p.StartsWith('-'))
            .ToList();

    public static void Write(string input, int articles)
    {
        var root = Corpus.RepositoryRoot();
        var paragraphs = RealParagraphs();
        Directory.CreateDirectory(Path.Combine(input, "sources"));
        Directory.CreateDirectory(Path.Combine(input, "editorial"));
        File.Copy(Path.Combine(root, "input", "edition.yml"), Path.Combine(input, "edition.yml"));
        File.Copy(Path.Combine(root, "input", "editorial", "terms.yml"), Path.Combine(input, "editorial", "terms.yml"));
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.Copy(Path.Combine(root, "input", "pages", "about.md"), Path.Combine(input, "pages", "about.md"));
        for (var i = 0; i < articles; i++)
        {
            var random = new Random(i);
            var text = new StringBuilder();
            text.Append("Мақала ").Append(i + 1).Append(": ").AppendJoin(' ', random.GetItems(paragraphs[i % paragraphs.Count].Split(' '), 5)).Append("\n\n");
            for (var p = 0; p < 8; p++)
            {
                var words = paragraphs[random.Next(paragraphs.Count)].Split(' ');
                random.Shuffle(words);
                text.AppendJoin(' ', words).Append("\n\n");
            }

            File.WriteAllText(Path.Combine(input, "sources", $"{i + 1:D5}.txt"), text.ToString());
        }
    }
}
