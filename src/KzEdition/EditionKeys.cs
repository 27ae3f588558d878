using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Markdown;
using KzEdition.Model;
using KzEdition.Reading;
using KzEdition.Search;
using KzEdition.Templating;

namespace KzEdition;

/// <summary>
/// The metadata keys of the edition's documents, in one place so that modules agree on them (each
/// module's doc comment and <see cref="Reads"/> say which it reads and writes). The engine's own keys
/// (content) are <see cref="Keys"/>.
/// </summary>
public static class EditionKeys
{
    /// <summary>A file of the input as listed: its path, length and time of writing (<see cref="Reading.FileStamp"/>).</summary>
    public static readonly Key<FileStamp> FileStamp = new(nameof(FileStamp));

    /// <summary>The text of an input file read as UTF-8 (a page, an editor's corrected article).</summary>
    public static readonly Key<string> FileText = new(nameof(FileText));

    /// <summary>A source file decoded.</summary>
    public static readonly Key<SourceText> SourceText = new(nameof(SourceText));

    /// <summary>What one source gives the corpus's evidence (its words, and how it writes their case).</summary>
    public static readonly Key<SourceVocabulary> Vocabulary = new(nameof(Vocabulary));

    /// <summary>The corpus's word evidence for hyphens, made from every source and read by queries.</summary>
    public static readonly Key<WordEvidence> WordEvidence = new(nameof(WordEvidence));

    /// <summary>How the corpus writes each word (capitals, capitalised, lower case), made from every source and read by queries.</summary>
    public static readonly Key<CaseEvidence> CaseEvidence = new(nameof(CaseEvidence));

    /// <summary>How the corpus opens its paragraphs against its other sentences, made from every source and read by queries.</summary>
    public static readonly Key<OpeningEvidence> OpeningEvidence = new(nameof(OpeningEvidence));

    /// <summary>The editors' splits and joins of one source (lines).</summary>
    public static readonly Key<SourceEdits> SourceEdits = new(nameof(SourceEdits));

    /// <summary>What the cleaner made of a source.</summary>
    public static readonly Key<CleanedSource> CleanedSource = new(nameof(CleanedSource));

    /// <summary>The article segments a cleaned source was cut into.</summary>
    public static readonly Key<ImmutableArray<ArticleSegment>> Segments = new(nameof(Segments));

    /// <summary>One article segment (a document of the ArticleTexts pipeline before witnesses are merged).</summary>
    public static readonly Key<ArticleSegment> Segment = new(nameof(Segment));

    /// <summary>A segment's comparable words and shingles, by which the witnesses of one article are found.</summary>
    public static readonly Key<WitnessSignature> WitnessSignature = new(nameof(WitnessSignature));

    /// <summary>A segment's witness pairs with the later segments of the list (it is their <see cref="WitnessPair.First"/>), ordered by the later's place.</summary>
    public static readonly Key<ImmutableArray<WitnessPair>> WitnessPairs = new(nameof(WitnessPairs));

    /// <summary>The <see cref="Model.Article"/> a document stands for.</summary>
    public static readonly Key<Article> Article = new(nameof(Article));

    /// <summary>An editor's hand-corrected Markdown of an article (input/articles/&lt;slug&gt;.md), used as it stands.</summary>
    public static readonly Key<string> CorrectedMarkdown = new(nameof(CorrectedMarkdown));

    /// <summary>The cleaned Markdown (front matter and text) of an article.</summary>
    public static readonly Key<string> Markdown = new(nameof(Markdown));

    /// <summary>An article's text parsed once (the Markdig syntax tree), from which every HTML of it is rendered.</summary>
    public static readonly Key<ArticleBody> Body = new(nameof(Body));

    /// <summary>The article's numbered body paragraphs, as the indices and search read them.</summary>
    public static readonly Key<ImmutableArray<NumberedParagraph>> Paragraphs = new(nameof(Paragraphs));

    /// <summary>The numbered paragraphs with the tables, captions, lists and headings around them, as search files them (<see cref="Markdown.ArticleBody.SearchPassages"/>).</summary>
    public static readonly Key<ImmutableArray<NumberedParagraph>> SearchPassages = new(nameof(SearchPassages));

    /// <summary>What index detection finds in each paragraph of an article (acronyms, persons, dates).</summary>
    public static readonly Key<ImmutableArray<ParagraphFacts>> IndexFacts = new(nameof(IndexFacts));

    /// <summary>Each paragraph's search terms (stemmed, keyed).</summary>
    public static readonly Key<ImmutableArray<SearchParagraph>> SearchTerms = new(nameof(SearchTerms));

    /// <summary>An article's body as the print edition shows it (ids in the article's own space, no cross-links).</summary>
    public static readonly Key<string> PrintHtml = new(nameof(PrintHtml));

    /// <summary>The HTML of a page's own text (an article's body with its links, an about page).</summary>
    public static readonly Key<string> BodyHtml = new(nameof(BodyHtml));

    /// <summary>A page's opening text (HTML) shown on the home page: about.md's text before its first heading.</summary>
    public static readonly Key<string> Introduction = new(nameof(Introduction));

    /// <summary>The layout (template name under theme/layouts) a page is rendered with.</summary>
    public static readonly Key<string> Layout = new(nameof(Layout));

    /// <summary>The page's title, for the <c>&lt;title&gt;</c> element.</summary>
    public static readonly Key<string> Title = new(nameof(Title));

    /// <summary>The language of the text a document holds (BCP 47).</summary>
    public static readonly Key<string> Lang = new(nameof(Lang));

    /// <summary>The script a page is written in: absent for the edition's own, <c>latn</c> for the Latin reading view.</summary>
    public static readonly Key<string> Script = new(nameof(Script));

    /// <summary>Whether a page belongs in sitemap.xml (false for 404.html).</summary>
    public static readonly Key<bool> InSitemap = new(nameof(InSitemap));

    /// <summary>The edition's index (entries, timeline, related articles), built once a build.</summary>
    public static readonly Key<EditionIndex> EditionIndex = new(nameof(EditionIndex));

    /// <summary>The index's entries as search synonyms (<see cref="Search.SearchSynonyms"/>): the Synonyms pipeline's document, made again only when the index changes.</summary>
    public static readonly Key<SearchSynonyms> SearchSynonyms = new(nameof(SearchSynonyms));

    /// <summary>The files search.js reads the index's entries from (<see cref="Search.SearchEntryFiles"/>), beside <see cref="SearchSynonyms"/>.</summary>
    public static readonly Key<SearchEntryFiles> SearchEntryFiles = new(nameof(SearchEntryFiles));

    /// <summary>The synonym keys an article's paragraphs are filed under (<see cref="Search.ArticleSynonyms"/>), given to it in the Search pipeline every build.</summary>
    public static readonly Key<ArticleSynonyms> ArticleSynonyms = new(nameof(ArticleSynonyms));

    /// <summary>The edition's index as a page's text links to it, read by queries.</summary>
    public static readonly Key<IndexLinks> IndexLinks = new(nameof(IndexLinks));

    /// <summary>Which index a page shows; absent on the list of indices and the timeline.</summary>
    public static readonly Key<TermType> IndexKind = new(nameof(IndexKind));

    /// <summary>What every page's model shares (site, interface strings, table of contents, index), made once a build.</summary>
    public static readonly Key<SiteModel> SiteModel = new(nameof(SiteModel));

    /// <summary>An article's number in the edition (from 1): its place among the Articles pipeline's documents.</summary>
    public static readonly Key<int> ArticleNumber = new(nameof(ArticleNumber));

    /// <summary>An article's entry in the table of contents (<c>articles</c>), remembered by the article and its number.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> ContentsEntry = new(nameof(ContentsEntry));

    /// <summary>An article page's number, related articles and keyword links (<see cref="Templating.ArticleContext"/>), taken from the edition every build.</summary>
    public static readonly Key<ArticleContext> ArticleContext = new(nameof(ArticleContext));

    /// <summary>An article as its page's templates see it (<c>article</c>), remembered by the article, its body and its <see cref="ArticleContext"/>.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> ArticleModel = new(nameof(ArticleModel));

    /// <summary>An article's fragment of the print edition as its template sees it (<c>article</c>), remembered by the article, its print body and its number.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> PrintArticleModel = new(nameof(PrintArticleModel));

    /// <summary>An article's entry in the print edition's contents, with the mark of the place its fragment takes, remembered by the article and its number.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> PrintContentsEntry = new(nameof(PrintContentsEntry));

    /// <summary>The variables every part of the print edition shows alike (<c>site</c>, <c>ui</c>, <c>page</c>), one object given to each article until its part's model is made.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> PrintSharedVariables = new(nameof(PrintSharedVariables));

    /// <summary>One row of the print edition's indices, a document of its own before the indices' fragment until its entry's model is gathered into the fragment's.</summary>
    public static readonly Key<Templating.PrintIndexRow> PrintIndexRow = new(nameof(PrintIndexRow));

    /// <summary>A print index row's entry as its partial sees it (<c>entry</c>), remembered by the row and the articles' headings.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> PrintIndexEntryModel = new(nameof(PrintIndexEntryModel));

    /// <summary>What the indices show of every article (<see cref="Templating.ArticleHeading"/>), by id: a document of its own in the SiteModel pipeline, made every build.</summary>
    public static readonly Key<ImmutableSortedDictionary<string, ArticleHeading>> ArticleHeadings = new(nameof(ArticleHeadings));

    /// <summary>An index page's own variable (<c>index</c>, <c>timeline</c> or <c>indices</c>), remembered by the index and the articles' headings.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> IndexModel = new(nameof(IndexModel));

    /// <summary>One row of an index page, a document of its own before its page until its entry's model is gathered into the page's.</summary>
    public static readonly Key<Templating.IndexPageRow> IndexPageRow = new(nameof(IndexPageRow));

    /// <summary>An index row's entry as the templates see it (<c>entry</c>), remembered by the row and the articles' headings.</summary>
    public static readonly Key<Scriban.Runtime.ScriptObject> IndexEntryModel = new(nameof(IndexEntryModel));

    /// <summary>
    /// The name of a fragment of the page that follows it (an index entry's id on its page, a print index
    /// row's name): the fragment is rendered on its own and put in the page where its mark stands
    /// (<see cref="Templating.FragmentMarks"/>).
    /// </summary>
    public static readonly Key<string> FragmentName = new(nameof(FragmentName));

    /// <summary>Everything a page's template receives; the page is rendered again only when what its templates read of it changed.</summary>
    public static readonly Key<PageModel> PageModel = new(nameof(PageModel));

    /// <summary>An article's entry of edition.json, as written.</summary>
    public static readonly Key<string> ManifestEntry = new(nameof(ManifestEntry));

    /// <summary>The build report's summary.</summary>
    public static readonly Key<Site.EditionReport> EditionReport = new(nameof(EditionReport));

    /// <summary>For the build report, the articles a source's segments became (<see cref="Site.ReportLink"/>).</summary>
    public static readonly Key<ImmutableArray<Site.ReportLink>> ReportLinks = new(nameof(ReportLinks));

    /// <summary>A source's section of the build report, as HTML.</summary>
    public static readonly Key<string> ReportSection = new(nameof(ReportSection));
}
