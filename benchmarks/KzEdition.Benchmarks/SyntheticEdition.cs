using System.Text;

namespace KzEdition.Benchmarks;

/// <summary>
/// An edition of any number of distinct articles for the preview benchmark: each source is one
/// article, a title line and eight paragraphs whose words are the real edition's paragraphs
/// shuffled (seeded), so the articles share the edition's vocabulary, names and acronyms but no
/// article is a witness of another. Each article keeps to one language, as a change of language
/// starts a new article. The input is the real one otherwise (settings, terms, pages).
/// </summary>
public static class SyntheticEdition
{
    /// <summary>The real edition's running paragraphs (from the reviewed golden Markdown), longer than 200 characters.</summary>
    public static List<string> RealParagraphs() => [.. RealParagraphsWithLanguage().Select(p => p.Text)];

    /// <summary>The same paragraphs, each with its article's language (<c>lang</c> of the front matter), as a build stems them.</summary>
    public static List<(string Text, string Lang)> RealParagraphsWithLanguage() =>
        Directory.EnumerateFiles(Path.Combine(Corpus.RepositoryRoot(), "tests", "KzEdition.Tests", "Golden", "RealInput"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .SelectMany(file => file.Split("---", 3)[^1].Split("\n\n").Select(p => (Text: p.Trim(), Lang: LanguageOf(file))))
            .Where(p => p.Text.Length > 200 && !p.Text.StartsWith('#') && !p.Text.StartsWith(":::", StringComparison.Ordinal) && !p.Text.StartsWith('|') && !p.Text.StartsWith('-'))
            .ToList();

    public static void Write(string input, int articles)
    {
        var root = Corpus.RepositoryRoot();
        var paragraphs = RealParagraphsWithLanguage();
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
            var (first, lang) = paragraphs[i % paragraphs.Count];
            var ofItsLanguage = paragraphs.Where(p => p.Lang == lang).Select(p => p.Text).ToList();
            text.Append("Мақала ").Append(i + 1).Append(": ").AppendJoin(' ', random.GetItems(first.Split(' '), 5)).Append("\n\n");
            for (var p = 0; p < 8; p++)
            {
                // One language an article: a paragraph in another would start an article of its own.
                var words = ofItsLanguage[random.Next(ofItsLanguage.Count)].Split(' ');
                random.Shuffle(words);
                text.AppendJoin(' ', words).Append("\n\n");
            }

            File.WriteAllText(Path.Combine(input, "sources", $"{i + 1:D5}.txt"), text.ToString());
        }
    }

    private static string LanguageOf(string markdown) =>
        markdown.Split('\n').FirstOrDefault(line => line.StartsWith("lang: ", StringComparison.Ordinal))?["lang: ".Length..].Trim() ?? "kk";
}
