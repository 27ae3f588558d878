namespace KzEdition.Engine;

/// <summary>
/// The metadata keys documents carry, in one place so that modules agree on them
/// (each module's doc comment says which it reads and writes).
/// </summary>
public static class Keys
{
    /// <summary>The <c>SourceText</c> read from a source file.</summary>
    public const string SourceText = nameof(SourceText);

    /// <summary>The <c>CleanedSource</c> the cleaner made of a source (layout, blocks, furniture, decisions).</summary>
    public const string CleanedSource = nameof(CleanedSource);

    /// <summary>The corpus's <c>WordEvidence</c>, built once a build from every source and shared.</summary>
    public const string WordEvidence = nameof(WordEvidence);

    /// <summary>The <c>ArticleSegment</c>s a cleaned source was cut into.</summary>
    public const string Segments = nameof(Segments);

    /// <summary>The <c>EditionReport</c> summarising what the build found and decided.</summary>
    public const string EditionReport = nameof(EditionReport);

    /// <summary>The <c>Article</c> model an article document stands for.</summary>
    public const string Article = nameof(Article);

    /// <summary>An editor's hand-corrected Markdown of an article (input/articles/&lt;slug&gt;.md), used as it stands.</summary>
    public const string HandCorrectedMarkdown = nameof(HandCorrectedMarkdown);

    /// <summary>The cleaned Markdown (front matter and text) of an article.</summary>
    public const string Markdown = nameof(Markdown);

    /// <summary>The HTML fragment rendered from an article's Markdown.</summary>
    public const string BodyHtml = nameof(BodyHtml);

    /// <summary>A page's opening text (HTML) shown on the home page: about.md's text before its first heading.</summary>
    public const string Introduction = nameof(Introduction);

    /// <summary>The layout (template name under theme/layouts) a page is rendered with.</summary>
    public const string Layout = nameof(Layout);

    /// <summary>The page's title, for the <c>&lt;title&gt;</c> element.</summary>
    public const string Title = nameof(Title);

    /// <summary>The page's language (BCP 47).</summary>
    public const string Lang = nameof(Lang);

    /// <summary>The script a page is written in: absent for the edition's own, <c>latn</c> for the Latin reading view.</summary>
    public const string Script = nameof(Script);

    /// <summary>Whether a page belongs in sitemap.xml (false for 404.html).</summary>
    public const string InSitemap = nameof(InSitemap);

    /// <summary>The article's numbered body paragraphs (<c>NumberedParagraph</c>s), as the index reads them.</summary>
    public const string Paragraphs = nameof(Paragraphs);

    /// <summary>The edition's <c>EditionIndex</c> (entries, timeline, related articles), built once a build.</summary>
    public const string EditionIndex = nameof(EditionIndex);

    /// <summary>Which index a page shows (<c>TermType</c>); absent on the list of indices and the timeline.</summary>
    public const string IndexKind = nameof(IndexKind);

    /// <summary>The document's text as <see cref="Engine.ContentParts"/>, written instead of its content (which is then empty).</summary>
    public const string ContentParts = nameof(ContentParts);
}
