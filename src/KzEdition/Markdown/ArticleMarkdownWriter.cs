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
        markdown.Append(FrontMatterSerializer.Serialize(ArticleFrontMatter.From(article)).Replace("\r\n", "\n", StringComparison.Ordinal));
        markdown.Append("---\n");
        foreach (var block in article.Body)
        {
            markdown.Append('\n');
            switch (block)
            {
                case Heading heading:
                    markdown.Append('#', heading.Level).Append(' ').Append(MarkdownEscaper.EscapeHeading(heading.Text)).Append('\n');
                    break;
                case Paragraph paragraph:
                    markdown.Append(MarkdownEscaper.Escape(paragraph.Text)).Append('\n');
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        markdown.Append(list.Ordered ? $"{i + 1}. " : "- ").Append(MarkdownEscaper.Escape(list.Items[i])).Append('\n');
                    }

                    break;
                case TableBlock table:
                    WriteTable(markdown, table);
                    break;
                default:
                    throw new NotSupportedException($"No Markdown form for {block.GetType().Name}.");
            }
        }

        return markdown.ToString();
    }

    /// <summary>
    /// A table in a <c>::: table</c> container (Markdig's custom containers): its caption in bold,
    /// then a pipe table when the cells were recovered, or its lines as a list when they were not,
    /// then its source line. Marked as a table, yet no HTML in the Markdown.
    /// </summary>
    private static void WriteTable(StringBuilder markdown, TableBlock table)
    {
        markdown.Append("::: table\n");
        markdown.Append("**").Append(MarkdownEscaper.Escape(table.Caption)).Append(".**");
        if (table.Title is not null)
        {
            markdown.Append(' ').Append(MarkdownEscaper.Escape(table.Title));
        }

        markdown.Append("\n\n");
        if (table.HasCells)
        {
            var columns = table.Rows.Max(r => r.Length);
            // The source prints no header row: an empty one, as pipe tables need one.
            markdown.Append('|').Append(string.Concat(Enumerable.Repeat("  |", columns))).Append('\n');
            markdown.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
            foreach (var row in table.Rows)
            {
                markdown.Append("| ").AppendJoin(" | ", row.Select(MarkdownEscaper.Escape).Concat(Enumerable.Repeat("", columns - row.Length))).Append(" |\n");
            }
        }
        else
        {
            foreach (var line in table.Lines)
            {
                markdown.Append("- ").Append(MarkdownEscaper.Escape(line)).Append('\n');
            }
        }

        if (table.Source is not null)
        {
            markdown.Append('\n').Append(MarkdownEscaper.Escape(table.Source)).Append('\n');
        }

        markdown.Append(":::\n");
    }
}
