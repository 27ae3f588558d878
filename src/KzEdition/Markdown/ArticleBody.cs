using System.Collections.Immutable;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Extensions.IndexLinks;
using KzEdition.Markdown.Extensions.ParagraphNumbers;
using KzEdition.Markdown.Extensions.StandardHtml;
using KzEdition.Markdown.Rendering;
using KzEdition.Model;
using Markdig;
using System.Text;
using Markdig.Syntax;

namespace KzEdition.Markdown;

/// <summary>
/// An article's text parsed once: the Markdig syntax tree (body paragraphs numbered, citation
/// markers linked) and the numbered paragraphs' texts, from which every body the edition shows is
/// rendered (<see cref="RenderHtml"/>: the site's page with cross-links to the index, the Latin
/// page's, the print edition's).
/// </summary>
/// <remarks>
/// The tree is not changed after <see cref="Parse"/>: renderings may run at the same time, each
/// with a renderer of its own. Their HTML is the HTML standard's serialization, byte for byte
/// what the build made before by parsing Markdig's HTML again with AngleSharp.
/// </remarks>
public sealed class ArticleBody : Engine.Memo.IFingerprinted
{
    private readonly MarkdownPipeline _pipeline;
    private readonly Engine.Memo.Fingerprint _fingerprint;

    private ArticleBody(MarkdownPipeline pipeline, MarkdownDocument document, ImmutableArray<NumberedParagraph> paragraphs, ImmutableArray<NumberedParagraph> searchPassages, Engine.Memo.Fingerprint fingerprint)
    {
        _pipeline = pipeline;
        _fingerprint = fingerprint;
        Document = document;
        Paragraphs = paragraphs;
        SearchPassages = searchPassages;
    }

    /// <summary>The syntax tree: read it, do not change it.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The body paragraphs, their numbers and texts (as the DOM's <c>textContent</c>), for the indices and search.</summary>
    public ImmutableArray<NumberedParagraph> Paragraphs { get; }

    /// <summary>
    /// What search files under each paragraph's number: the paragraph's text, then that of the
    /// unnumbered blocks up to the next paragraph (a table with its caption, a list, a quotation),
    /// which are the text the paragraph introduces; a heading goes with the paragraph it opens.
    /// So every word of the body is found, and a result still links to a numbered paragraph
    /// (<c>#pN</c>), the one the reader sees right above the table or list.
    /// </summary>
    public ImmutableArray<NumberedParagraph> SearchPassages { get; }

    /// <summary>
    /// Parses an article's Markdown with the edition's pipeline (<see cref="MarkdownPipelineFactory"/>);
    /// <paramref name="citations"/>, when given, links its citation markers.
    /// </summary>
    public static ArticleBody Parse(string markdown, MarkdownPipeline pipeline, CitationFacts? citations = null)
    {
        RequireExtensions(pipeline);
        var document = Markdig.Markdown.Parse(markdown, pipeline, citations?.ToParserContext());
        var paragraphs = ImmutableArray.CreateBuilder<NumberedParagraph>();
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph && ParagraphNumber.Of(paragraph) is { } number)
            {
                paragraphs.Add(new NumberedParagraph(number.Value, TextContent.Of(paragraph.Inline)));
            }
        }

        var numbered = paragraphs.ToImmutable();
        var searchPassages = SearchPassagesOf(document, numbered);

        // The tree is fully made of the text and the citation facts (the pipeline is the build's one).
        var fingerprint = new Engine.Memo.FingerprintBuilder().Add(markdown).AddValue(citations).Build();
        return new ArticleBody(pipeline, document, numbered, searchPassages, fingerprint);
    }

    /// <summary>The paragraphs with the text of the blocks between them (<see cref="SearchPassages"/>).</summary>
    private static ImmutableArray<NumberedParagraph> SearchPassagesOf(MarkdownDocument document, ImmutableArray<NumberedParagraph> paragraphs)
    {
        if (paragraphs.IsEmpty)
        {
            return [];
        }

        var passages = new List<(NumberedParagraph Paragraph, StringBuilder? More)>(paragraphs.Length);
        var waiting = new StringBuilder(); // blocks before the first paragraph, and headings: for the next paragraph
        var next = 0;
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph && ParagraphNumber.Of(paragraph) is not null)
            {
                var numbered = paragraphs[next++];
                passages.Add(waiting.Length == 0
                    ? (numbered, null)
                    : (numbered with { Text = string.Empty }, waiting.Append(numbered.Text)));
                waiting = new StringBuilder();
                continue;
            }

            var text = BlockText(block);
            if (text.Length == 0)
            {
                continue;
            }

            if (block is HeadingBlock || passages.Count == 0)
            {
                waiting.Append(text).Append('\n');
            }
            else
            {
                var (last, more) = passages[^1];
                passages[^1] = (last, (more ?? new StringBuilder(last.Text)).Append('\n').Append(text));
            }
        }

        if (waiting.Length > 0)
        {
            // Headings after the last paragraph: with it.
            var (last, more) = passages[^1];
            passages[^1] = (last, (more ?? new StringBuilder(last.Text)).Append('\n').Append(waiting.ToString(0, waiting.Length - 1)));
        }

        return [.. passages.Select(p => p.More is null ? p.Paragraph : p.Paragraph with { Text = p.More.ToString() })];
    }

    /// <summary>The text of a block that is not a numbered paragraph: its leaves' inline text, one line each.</summary>
    private static string BlockText(Markdig.Syntax.Block block)
    {
        var leaves = block is ContainerBlock container ? container.Descendants<LeafBlock>() : [(LeafBlock)block];
        return string.Join('\n', leaves.Select(LeafText).Where(t => t.Length > 0));
    }

    /// <summary>A leaf's text as the reader sees it: its inline content's, or a code block's lines (front matter is no text of the page).</summary>
    private static string LeafText(LeafBlock leaf) => leaf switch
    {
        { Inline: { } inline } => TextContent.Of(inline),
        Markdig.Extensions.Yaml.YamlFrontMatterBlock => string.Empty,
        CodeBlock code => code.Lines.ToString(),
        _ => string.Empty,
    };

    /// <summary>What the body is: its Markdown and citation facts, from which the tree is made.</summary>
    public Engine.Memo.Fingerprint GetFingerprint() => _fingerprint;

    /// <summary>The body's HTML for one rendering (<see cref="BodyRenderOptions"/>). Safe to call from several threads at once.</summary>
    public string RenderHtml(BodyRenderOptions options) => EditionHtmlRendererPool.Render(_pipeline, Document, options);

    private static void RequireExtensions(MarkdownPipeline pipeline)
    {
        if (!pipeline.Extensions.Contains<ParagraphNumberExtension>() || !pipeline.Extensions.Contains<CitationLinkExtension>()
            || !pipeline.Extensions.Contains<IndexLinkExtension>() || !pipeline.Extensions.Contains<StandardHtmlExtension>())
        {
            throw new ArgumentException("An article body needs the edition's pipeline (MarkdownPipelineFactory.Create): paragraph numbers, citation links, index links and standard HTML.", nameof(pipeline));
        }
    }
}
