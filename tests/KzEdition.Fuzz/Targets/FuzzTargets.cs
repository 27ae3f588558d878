using System.Collections.Immutable;
using KzEdition.Citing;
using KzEdition.Cleaning;
using KzEdition.Configuration;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;
using KzEdition.Reading;

namespace KzEdition.Fuzz.Targets;

/// <summary>
/// The four entry points issue 19 names, and the witness alignment between sources, each as the
/// build's modules call it (DecodeSource, CleanSource, SegmentSource, BuildArticle, AssembleArticles,
/// GenerateMarkdown, ParseArticleBody, ReadPage, ApplyHandCorrection), without the engine around them so that libFuzzer runs thousands a second.
/// Each is deterministic and keeps no state between inputs.
/// </summary>
public static class FuzzTargets
{
    /// <summary>A source's bytes to its text: byte-order marks, UTF-8/16/32, NUL and noncharacters.</summary>
    public static FuzzTarget Source { get; } = new("source", "input/sources/000_fuzz.txt", bytes =>
        _ = SourceReader.Decode(bytes, "input/sources/000_fuzz.txt"));

    /// <summary>
    /// A source through the cleaner to its articles' Markdown, HTML and citations: cleaning,
    /// segmenting, the article's head, the Markdown writer, the citation links and GOST/APA/BibTeX/RIS.
    /// Word and case evidence come from the source alone (the build's come from the whole corpus).
    /// </summary>
    public static FuzzTarget Cleaner { get; } = new("cleaner", "input/sources/000_fuzz.txt", bytes =>
    {
        var source = SourceReader.Decode(bytes, "input/sources/000_fuzz.txt");
        var words = WordEvidence.From([source.Text]);
        var cases = CaseEvidence.From([source.Text]);
        foreach (var segment in ArticleSegmenter.Segment(SourceCleaner.Clean(source, words)))
        {
            var article = ArticleBuilder.Build(segment, cases, words, "kk");
            var markdown = ArticleMarkdownWriter.Write(article);
            _ = ArticleBody.Parse(markdown, MarkdownPipelineFactory.Shared, CitationFacts.Of(article)).RenderHtml(BodyRenderOptions.Plain);
            var citation = new ArticleCitation(article, EditionSettings.Default);
            _ = (citation.Gost(), citation.Apa(), citation.BibTex(), citation.Ris(), citation.JsonLd(), citation.Description());
        }
    });

    /// <summary>
    /// Two sources, the input's bytes before and after its first form feed (0x0C), cleaned into
    /// articles and merged as witnesses of one another (AssembleArticles: the witness alignment,
    /// WordDiff, the variant notes), where repeated text once took memory quadratic in its length.
    /// </summary>
    public static FuzzTarget Witnesses { get; } = new("witnesses", "input/sources/000_fuzz.txt", bytes =>
    {
        var split = bytes.IndexOf((byte)'\f');
        SourceText[] sources = split < 0
            ? [SourceReader.Decode(bytes, "input/sources/000_fuzz.txt")]
            : [SourceReader.Decode(bytes[..split], "input/sources/000_fuzz.txt"), SourceReader.Decode(bytes[(split + 1)..], "input/sources/001_fuzz.txt")];
        var words = WordEvidence.From(sources.Select(s => s.Text));
        var cases = CaseEvidence.From(sources.Select(s => s.Text));
        var articles = new List<CleanedArticle>();
        foreach (var source in sources)
        {
            articles.AddRange(ArticleSegmenter.Segment(SourceCleaner.Clean(source, words)).Select(segment => new CleanedArticle(ArticleBuilder.Build(segment, cases, words, "kk"), segment)));
        }

        _ = WitnessMerger.Merge(articles, _ => { });
    });

    /// <summary>A corrected article's front matter (YAML between --- fences) and the blocks after it.</summary>
    public static FuzzTarget FrontMatter { get; } = new("frontmatter", "input/articles/fuzz.md", bytes =>
    {
        var markdown = Utf8TextFile.Decode(bytes, "input/articles/fuzz.md");
        _ = ArticleMarkdownReader.Read(markdown, "input/articles/fuzz.md", MarkdownPipelineFactory.Shared);
    });

    /// <summary>A page's Markdown to HTML, as ReadPage and RenderArticleBody make it (plain and site links).</summary>
    public static FuzzTarget Markdown { get; } = new("markdown", "input/pages/fuzz.md", bytes =>
    {
        var markdown = Utf8TextFile.Decode(bytes, "input/pages/fuzz.md");
        var pipeline = MarkdownPipelineFactory.Shared;
        _ = ArticleMarkdownReader.Read(markdown, "input/pages/fuzz.md", pipeline);
        _ = Markdig.Markdown.ToHtml(markdown, pipeline);
        var body = ArticleBody.Parse(markdown, pipeline);
        _ = body.RenderHtml(BodyRenderOptions.Plain);
        _ = body.RenderHtml(BodyRenderOptions.Site(index: null, "../", "kk"));
    });

    public static ImmutableArray<FuzzTarget> All { get; } = [Source, Cleaner, Witnesses, FrontMatter, Markdown];

    public static FuzzTarget? Named(string name) => All.FirstOrDefault(t => t.Name == name);
}
