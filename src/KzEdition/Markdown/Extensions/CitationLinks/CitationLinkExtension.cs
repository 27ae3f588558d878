using KzEdition.Markdown.Rendering;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.CitationLinks;

/// <summary>
/// Links citation markers in documents parsed with <see cref="CitationFacts"/> in their parser
/// context (<see cref="CitationFacts.ToParserContext"/>): the facts are taken from the context
/// while the document's blocks are parsed, and the markers linked once the whole document is
/// parsed (<see cref="CitationLinker"/>). Documents parsed without facts are left as they are.
/// On an <see cref="EditionHtmlRenderer"/> the links are written by <see cref="HtmlCitationLinkRenderer"/>,
/// and markers in raw running text (maths) linked as it is written (<see cref="RawTextCitationLinker"/>).
/// </summary>
public sealed class CitationLinkExtension : IMarkdownExtension
{
    private static readonly object DataKey = typeof(CitationLinkExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // A parser context is within reach only while a document is parsed: the first block closed
        // leaves its facts on the document, for the hook that runs when the document is complete.
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= KeepFacts;
            parser.Closed += KeepFacts;
        }

        pipeline.DocumentProcessed -= LinkMarkers;
        pipeline.DocumentProcessed += LinkMarkers;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is EditionHtmlRenderer edition)
        {
            edition.ObjectRenderers.AddIfNotAlready<HtmlCitationLinkRenderer>();
            edition.RawText = new RawTextCitationLinker();
        }
    }

    /// <summary>The facts <paramref name="document"/> was parsed with, if any.</summary>
    public static CitationFacts? FactsOf(MarkdownDocument document) => document.GetData(DataKey) as CitationFacts;

    private static void KeepFacts(BlockProcessor processor, Block block)
    {
        if (processor.Document.GetData(DataKey) is null && CitationFacts.In(processor.Context) is { } facts)
        {
            processor.Document.SetData(DataKey, facts);
        }
    }

    private static void LinkMarkers(MarkdownDocument document)
    {
        if (document.GetData(DataKey) is CitationFacts facts)
        {
            CitationLinker.Link(document, facts);
        }
    }
}
