using System.Text;
using KzEdition.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KzEdition.Markdown;

/// <summary>
/// Writes an article as Markdown with YAML front matter: the metadata above, the cleaned text
/// (paragraphs, headings, citation markers) below, and no HTML anywhere.
/// </summary>
public static class ArticleMarkdownWriter
{
    private static readonly ISerializer FrontMatterSerializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .DisableAliases()
        .Build();

    public static string Write(Article article)
    {
        var markdown = new StringBuilder();
        markdown.Append("---\n");
        markdown.Append(FrontMatterSerializer.Serialize(FrontMatter.From(article)).Replace("\r\n", "\n", StringComparison.Ordinal));
        markdown.Append("---\n");
        foreach (var block in article.Body)
        {
            markdown.Append('\n');
            switch (block)
            {
                case Heading heading:
                    markdown.Append('#', heading.Level).Append(' ').Append(MarkdownEscaper.Escape(heading.Text)).Append('\n');
                    break;
                case Paragraph paragraph:
                    markdown.Append(MarkdownEscaper.Escape(paragraph.Text)).Append('\n');
                    break;
                default:
                    throw new NotSupportedException($"No Markdown form for {block.GetType().Name}.");
            }
        }

        return markdown.ToString();
    }

    /// <summary>The front matter's shape; names as in edition.json.</summary>
    private sealed class FrontMatter
    {
        public required string Id { get; init; }

        public required string Title { get; init; }

        public required string TitleSource { get; init; }

        public required string Lang { get; init; }

        public List<string>? Authors { get; init; }

        public List<string>? Affiliations { get; init; }

        public required string Status { get; init; }

        public required List<WitnessEntry> Witnesses { get; init; }

        public string? Abstract { get; init; }

        public List<string>? Keywords { get; init; }

        public List<NoteEntry>? Notes { get; init; }

        public static FrontMatter From(Article a) => new()
        {
            Id = a.Id,
            Title = a.Title,
            TitleSource = a.TitleSource.ToString().ToLowerInvariant(),
            Lang = a.Lang,
            Authors = [.. a.Authors],
            Affiliations = [.. a.Affiliations],
            Status = a.Status.ToString().ToLowerInvariant(),
            Witnesses = [.. a.Witnesses.Select(w => new WitnessEntry { Source = w.Source, FirstLine = w.FirstLine, LastLine = w.LastLine, Primary = w.Primary })],
            Abstract = a.Abstract,
            Keywords = [.. a.Keywords],
            Notes = [.. a.Notes.Select(n => new NoteEntry { Kind = n.Kind, Text = n.Text, Source = n.Source, Line = n.Line == 0 ? null : n.Line })],
        };
    }

    private sealed class WitnessEntry
    {
        public required string Source { get; init; }

        public int FirstLine { get; init; }

        public int LastLine { get; init; }

        public bool Primary { get; init; }
    }

    private sealed class NoteEntry
    {
        public required string Kind { get; init; }

        public required string Text { get; init; }

        public string? Source { get; init; }

        public int? Line { get; init; }
    }
}
