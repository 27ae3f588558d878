using System.Collections.Immutable;
using System.Text;
using KzEdition.Engine;
using KzEdition.Model;
using Block = KzEdition.Model.Block;
using ListBlock = KzEdition.Model.ListBlock;
using MarkdigList = Markdig.Syntax.ListBlock;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KzEdition.Markdown;

/// <summary>
/// Reads an article's Markdown (as <see cref="ArticleMarkdownWriter"/> writes it, or as an editor
/// corrected it) back into its front matter and body blocks. What the article model cannot hold
/// (code, quotations, rules, raw HTML) is an error at its line, not silently dropped.
/// </summary>
public static class ArticleMarkdownReader
{
    private static readonly IDeserializer FrontMatterReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    private const string TooDeep = "the Markdown nests too deeply to be read (a long run of [, >, * or the like): break the run up, or escape its characters with \\";

    /// <summary>
    /// Reads an article's (or page's) Markdown; <paramref name="report"/> receives a warning, with
    /// the file's line, for each link or attribute the pipeline's link filter refused.
    /// </summary>
    public static (ArticleFrontMatter FrontMatter, ImmutableArray<Block> Body) Read(string markdown, string displayPath, MarkdownPipeline pipeline, Action<Diagnostic>? report = null)
    {
        // Only the line ends Markdig reads as such (CommonMark 2.1: LF, CR, CR LF): the tree checked
        // here must be the tree the build renders from the same text. ReplaceLineEndings also broke
        // lines at form feeds, NEL and U+2028/9, which Markdig does not: a page nested past the
        // renderers' limit only without those breaks passed this check and crashed the renderer
        // (found by the libFuzzer harness, markdown target).
        markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var errors = new List<Diagnostic>();
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig stops at its depth limit (a thousand [ or > in a row): bad input, not a bug.
            throw new BuildException(Diagnostic.Error(TooDeep, displayPath, DeepestLine(markdown)));
        }

        // Parsed, it may still nest deeper than Markdig's renderers go: refused here, at its line.
        var (depth, line) = MarkdownNesting.Deepest(document);
        if (depth >= MarkdownNesting.RenderLimit)
        {
            throw new BuildException(Diagnostic.Error(TooDeep, displayPath, line + 1));
        }

        // The renderers count depth their own way (a chain of unmatched delimiters, links in links):
        // rendered once here, a text they would refuse is refused as bad input, not met as an
        // exception while the site is written (found by the libFuzzer harness, markdown target).
        try
        {
            _ = Markdig.Markdown.ToHtml(document, pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new BuildException(Diagnostic.Error(TooDeep, displayPath, line + 1));
        }

        foreach (var refused in Extensions.LinkSchemes.LinkSchemeFilter.Refused(document))
        {
            report?.Invoke(Diagnostic.Warning(refused.Message, displayPath, refused.Line + 1, refused.Column + 1));
        }

        var frontMatter = new ArticleFrontMatter();
        var body = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatter = ReadFrontMatter(yaml, markdown, displayPath, errors) ?? frontMatter;
                    break;
                case HeadingBlock heading when heading.Level >= 2:
                    body.Add(new Heading(heading.Level, TextOf(heading.Inline)));
                    break;
                case ParagraphBlock paragraph:
                    body.Add(new Paragraph(TextOf(paragraph.Inline)));
                    break;
                case MarkdigList list:
                    body.Add(new ListBlock(list.IsOrdered, ItemsOf(list)));
                    break;
                case CustomContainer { Info: "table" } container:
                    body.Add(ReadTable(container, displayPath, errors));
                    break;
                case HeadingBlock heading:
                    errors.Add(Diagnostic.Error("a level-1 heading in the text: the title belongs in the front matter ('title:')", displayPath, heading.Line + 1, heading.Column + 1));
                    break;
                default:
                    errors.Add(Diagnostic.Error($"an article's text holds paragraphs, headings, lists and ::: table blocks, not a {Describe(block)}", displayPath, block.Line + 1, block.Column + 1));
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new BuildException(errors);
        }

        return (frontMatter, body.ToImmutable());
    }

    private static ArticleFrontMatter? ReadFrontMatter(YamlFrontMatterBlock yaml, string markdown, string displayPath, List<Diagnostic> errors)
    {
        // Lines is null for a front matter with nothing between its fences.
        var text = yaml.Lines.Lines is null ? "" : string.Join('\n', yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.ToString())).Trim('-', '\n');
        try
        {
            var frontMatter = FrontMatterReader.Deserialize<ArticleFrontMatter?>(text) ?? new ArticleFrontMatter();

            // By name only: Enum.TryParse also takes numbers, and "status: 7" was published as 7.
            if (frontMatter.Status is { } status && !Enum.GetNames<ArticleStatus>().Contains(status, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Diagnostic.Error($"status must be complete or fragment, not '{status}'", displayPath, LineOfKey(markdown, yaml.Line, "status")));
            }

            if (frontMatter.TitleSource is { } source && !Enum.GetNames<TitleSource>().Contains(source, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Diagnostic.Error($"titleSource must be one of {string.Join(", ", Enum.GetNames<TitleSource>().Select(n => n.ToLowerInvariant()))}, not '{source}'", displayPath, LineOfKey(markdown, yaml.Line, "titleSource")));
            }

            // The language becomes the lang attribute of the article on many pages.
            if (frontMatter.Lang is { } lang && Site.SiteNames.LanguageProblem("lang", lang) is { } problem)
            {
                errors.Add(Diagnostic.Error(problem, displayPath, LineOfKey(markdown, yaml.Line, "lang"), 1));
                frontMatter.Lang = null;
            }

            return frontMatter;
        }
        catch (YamlException ex)
        {
            // The front matter starts after its opening '---' line.
            var message = ex.Message.StartsWith("Property '", StringComparison.Ordinal) ? ex.Message.Split(" on type", 2)[0].Replace("Property", "unknown front-matter key", StringComparison.Ordinal) : ex.Message;
            errors.Add(Diagnostic.Error(message, displayPath, yaml.Line + 1 + (int)ex.Start.Line, (int)ex.Start.Column));
            return null;
        }
    }

    /// <summary>The line (from 1) of a top-level key of the front matter that starts on 0-based line <paramref name="start"/>.</summary>
    private static int LineOfKey(string markdown, int start, string key)
    {
        var lines = markdown.Split('\n');
        for (var i = start + 1; i < lines.Length && lines[i].TrimEnd() != "---"; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return start + 1;
    }

    private static TableBlock ReadTable(CustomContainer container, string displayPath, List<Diagnostic> errors)
    {
        var parts = container.ToList();
        var caption = parts.FirstOrDefault() as ParagraphBlock;
        var label = "";
        string? title = null;
        if (caption?.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } strong)
        {
            label = TextOf(strong).TrimEnd('.').Trim();
            var rest = new StringBuilder();
            for (var inline = strong.NextSibling; inline is not null; inline = inline.NextSibling)
            {
                rest.Append(TextOf(inline));
            }

            title = rest.ToString().Trim() is { Length: > 0 } t ? t : null;
        }
        else
        {
            errors.Add(Diagnostic.Error("a ::: table block starts with its caption in bold: **1 кесте.** Title", displayPath, container.Line + 1, container.Column + 1));
        }

        var rows = ImmutableArray<ImmutableArray<string>>.Empty;
        var lines = ImmutableArray<string>.Empty;
        string? source = null;
        foreach (var part in parts.Skip(1))
        {
            switch (part)
            {
                case Table table:
                    rows = [.. table.OfType<TableRow>()
                        .Select(r => r.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => TextOf(p.Inline)))).ToImmutableArray())
                        .Where((r, i) => i > 0 || r.Any(c => c.Length > 0))];
                    break;
                case MarkdigList list:
                    lines = ItemsOf(list);
                    break;
                case ParagraphBlock paragraph:
                    source = TextOf(paragraph.Inline);
                    break;
                default:
                    errors.Add(Diagnostic.Error($"a ::: table block holds a caption, a table or a list, and a source line; not a {Describe(part)}", displayPath, part.Line + 1, part.Column + 1));
                    break;
            }
        }

        return new TableBlock(label, title, rows, lines, source);
    }

    private static ImmutableArray<string> ItemsOf(MarkdigList list) =>
        [.. list.OfType<ListItemBlock>().Select(item => string.Join(' ', item.OfType<ParagraphBlock>().Select(p => TextOf(p.Inline))))];

    /// <summary>The plain text of inlines: escapes resolved, soft line breaks as spaces, emphasis dropped to its words.</summary>
    internal static string TextOf(Inline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text);
                }

                break;
            default:
                text.Append(inline.ToString());
                break;
        }
    }

    private static string Describe(Markdig.Syntax.Block block) => block switch
    {
        FencedCodeBlock or CodeBlock => "code block",
        QuoteBlock => "quotation block",
        ThematicBreakBlock => "horizontal rule",
        HtmlBlock => "HTML block",
        CustomContainer c => $"'::: {c.Info}' block",
        _ => block.GetType().Name,
    };

    /// <summary>The line (from 1) with the longest run of one character that is no letter, digit or space: where Markdig's nesting limit was met.</summary>
    private static int DeepestLine(string markdown)
    {
        var (best, bestLine, line, run) = (0, 1, 1, 0);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n')
            {
                (line, run) = (line + 1, 0);
                continue;
            }

            var repeats = i > 0 && markdown[i] == markdown[i - 1] && !char.IsLetterOrDigit(markdown[i]) && !char.IsWhiteSpace(markdown[i]);
            run = repeats ? run + 1 : 1;
            if (run > best)
            {
                (best, bestLine) = (run, line);
            }
        }

        return bestLine;
    }
}
