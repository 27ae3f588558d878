using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KzEdition.Pdf;
using KzEdition.Text;
using KzEdition.Tests.Support;
using Microsoft.Playwright;

namespace KzEdition.Tests.Printing;

/// <summary>
/// The PDFs of the real edition, checked as a reader gets them: their text read back with
/// <c>pdftotext</c> (poppler-utils). Needs Chromium and poppler-utils; skipped with the reason where
/// either is absent.
/// </summary>
public sealed partial class PdfTests(PrintedEdition printed, Chromium chromium) : IClassFixture<PrintedEdition>, IClassFixture<Chromium>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The letters of the Kazakh alphabet that Russian lacks: the test that the fonts embed real glyphs.</summary>
    private const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private List<(string Slug, string Title)> Articles()
    {
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "print", "index.html")));
        return [.. home.QuerySelectorAll("article.print-article").Select(a => (a.Id![2..], a.QuerySelector("h1")!.TextContent))]; // the id is "a-" and the slug
    }

    [Fact]
    public async Task TheContents_GiveForEveryArticleThePageItsTitleIsOn()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        var articles = Articles();

        // The contents' page: every entry ends its first line with its page number.
        var contents = pages.Select((text, i) => (text, i)).First(p => p.text.TrimStart().StartsWith("Мазмұны", StringComparison.Ordinal));
        var numbers = contents.text.Split('\n').Select(l => TrailingNumber().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(articles.Count + 5, numbers.Count); // the articles, four indices, the colophon
        Assert.Equal(numbers.Order(), numbers);

        for (var i = 0; i < articles.Count; i++)
        {
            var title = Head(articles[i].Title);
            // The first page after the contents that shows the title (running heads repeat it later).
            var first = Enumerable.Range(contents.i + 1, pages.Count - contents.i - 1).First(p => PdfText.Flat(pages[p]).Contains(title, StringComparison.Ordinal)) + 1;
            Assert.True(numbers[i] == first, $"the contents give page {numbers[i]} for «{articles[i].Title}», which is on page {first}");
            Assert.Equal(numbers[i].ToString(CultureInfo.InvariantCulture), LastLine(pages[first - 1]));
        }
    }

    [Fact]
    public async Task EveryPage_HasText_AndKazakhLettersComeOutAsText()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        var all = string.Concat(pages);

        // The half-title holds the title alone; every other page has text.
        Assert.Equal("Қазақстан және НАТО", PdfText.Flat(pages[0]).Trim());
        Assert.All(pages.Select((text, i) => (text, i)).Skip(1), p => Assert.True(
            p.text.Count(char.IsLetter) > 40, $"page {p.i + 1} is (nearly) blank: «{PdfText.Flat(p.text)}»"));
        var site = string.Concat(Directory.EnumerateFiles(Path.Combine(printed.Output, "articles"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
        var expected = KazakhLetters.Where(c => site.Contains(c, StringComparison.Ordinal)).ToList();
        Assert.True(expected.Count >= 9, new string([.. expected]));
        Assert.All(expected, c => Assert.True(all.Contains(c, StringComparison.Ordinal), $"«{c}» is not in the PDF's text"));
        Assert.Contains("Қазақстан және НАТО", PdfText.Flat(pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIndices_GivePageNumbersWithinTheArticles_AndEveryArticleTitleIsInThePdf()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        var flat = PdfText.Flat(string.Join(' ', pages));
        Assert.All(Articles(), a => Assert.Contains(Head(a.Title), flat, StringComparison.Ordinal));

        var persons = pages.Select((text, i) => (text, i)).First(p => p.text.TrimStart().StartsWith("Есімдер көрсеткіші", StringComparison.Ordinal));
        var entries = persons.text.TrimEnd()[..persons.text.TrimEnd().LastIndexOf('\n')]; // without the page's own number
        var numbers = Locators().Matches(entries).SelectMany(m => m.Groups[1].Value.Split(',')).Select(n => int.Parse(n.Trim(), CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.InRange(n, 3, persons.i)); // after the title page and contents, before the indices
        Assert.DoesNotContain(pages[persons.i], c => c == '¶');
    }

    [Fact]
    public async Task EveryIndexLocator_GivesAPageOnWhichTheEntryIsNamed()
    {
        await printed.EnsureAsync();
        var layout = await PdfText.PagesAsync(printed.EditionPdf);
        var html = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "print", "index.html")));
        // What each entry's mentions say in the text (НАТО-ның, Назарбаевтың), as the print body marks them.
        var mentions = html.QuerySelectorAll(".print-article .ix").GroupBy(m => m.GetAttribute("data-ix")!)
            .ToDictionary(g => g.Key, g => g.Select(m => Joined(m.TextContent)).Distinct().ToList());
        // A page's text without its running head (first line), its number (last line) and the paragraph numbers in its margin.
        var body = layout.Select(p => Joined(string.Join(' ', p.Split('\n').Where(l => l.Trim().Length > 0).Skip(1).SkipLast(1).Select(WithoutParagraphNumber)))).ToList();
        // The index pages, each column by itself, cut in the middle of the gap between the columns: the
        // text block of an A4 page runs from 32 to 168 mm on right-hand pages, 42 to 178 mm on left-hand
        // ones (print.css), so the gap's middle is at 100 or 110 mm (283 or 312 points).
        var first = Enumerable.Range(0, layout.Count).First(i => layout[i].TrimStart().StartsWith("Есімдер көрсеткіші", StringComparison.Ordinal));
        var last = Enumerable.Range(first, layout.Count - first).First(i => layout[i].TrimStart().StartsWith("Шығу деректері", StringComparison.Ordinal));
        var columns = new List<string>();
        for (var page = first + 1; page <= last; page++)
        {
            columns.Add(await PdfText.ColumnsAsync(printed.EditionPdf, page, split: page % 2 == 1 ? 283 : 312));
        }

        var indices = PdfText.Flat(Regex.Replace(string.Join("\n\n", columns), @"\n\s*\n", " ¶ "));
        var checkedPages = 0;
        var entries = html.QuerySelectorAll(".print-index .index-entry").ToList();
        Assert.True(entries.Count > 100, $"{entries.Count} entries");
        foreach (var entry in entries)
        {
            var heading = PdfText.Flat(entry.QuerySelector(".index-heading")!.TextContent);
            var key = entry.GetAttribute("data-ix")!;
            // After the previous entry's last page, the preface's last word or an empty line; a see-reference or an expansion after a dash.
            var given = Regex.Match(indices, @"(?<=[\d).¶] )" + Regex.Escape(heading) + @"(?: — [^\d¶]*?)? ((?:\d+(?:–\d+)?, )*\d+(?:–\d+)?)(?=\s|$)");
            Assert.True(given.Success, $"«{heading}» has no page numbers in the PDF's index");
            foreach (var page in Expand(given.Groups[1].Value))
            {
                // A mention may begin at the page's foot and end on the next page, hyphenated (Құрама
                // Штатта‐ | рындағы): the page it begins on is the one to give.
                var here = body[page - 1];
                var onward = page < body.Count ? Joined(here + " " + body[page]) : here;
                Assert.True(
                    mentions.GetValueOrDefault(key, []).Any(m => onward.IndexOf(m, StringComparison.Ordinal) is var at and >= 0 && at < here.Length),
                    $"the index gives page {page} for «{heading}», which does not name it there ({string.Join(", ", mentions.GetValueOrDefault(key, []))})");
                checkedPages++;
            }
        }

        Assert.True(checkedPages > 300, $"{checkedPages} locators checked");

    }

    [Fact]
    public async Task EveryWordHyphenatedAtALineEnd_JoinsBackIntoAWordOfTheText_AndNoSoftHyphenReachesThePdfsText()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        Assert.DoesNotContain(Hyphenation.SoftHyphen, string.Concat(pages)); // a reader's search for a word finds it

        var (paragraphs, lines) = RunningText(pages);
        // A word is looked for from a word's start; pdftotext drops a space here and there (ҚазақстанныңНАТО-ға), so also in the text without its spaces.
        var text = " " + string.Join(" ", paragraphs);
        var unspaced = text.Replace(" ", "", StringComparison.Ordinal);
        // Each line of running text that ends in a hyphen, with the line printed after it: the next
        // one on its page, or the first below the next page's running head.
        var running = new HashSet<string>(lines, StringComparer.Ordinal);
        var printedLines = pages.SelectMany(p => p.Split('\n').Where(l => l.Trim().Length > 0).Skip(1).SkipLast(1))
            .Select(WithoutParagraphNumber).ToList();
        var hyphenated = printedLines.Zip(printedLines.Skip(1))
            .Where(pair => running.Contains(pair.First))
            .Select(pair => (Before: Regex.Match(pair.First, @"(?<![\p{L}\p{N}])(\p{L}+)\u2010$"), After: Regex.Match(pair.Second, @"^\p{L}[^\s]*?(?=[\p{P}]*(?:\s|$))")))
            .Where(pair => pair.Before.Success && pair.After.Success)
            .Select(pair => (Printed: $"{pair.Before.Value} {pair.After.Value}", Word: pair.Before.Groups[1].Value + pair.After.Value))
            .ToList();

        Assert.True(hyphenated.Count > 200, $"only {hyphenated.Count} words hyphenated: is the text justified and hyphenated?");
        var broken = hyphenated.Where(h => !Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(h.Word)) && !unspaced.Contains(h.Word, StringComparison.Ordinal)).Select(h => h.Printed).ToList();
        Assert.True(broken.Count == 0, $"{broken.Count} hyphenated words are no words of the text: {string.Join("; ", broken.Take(10))}");
    }

    /// <summary>
    /// Nothing of the running text is lost on paper: every paragraph of every article stands in the
    /// PDF's text whole, across line ends and page breaks. Paged.js once kept the letter after a
    /// soft hyphen on a page it did not fit, and two lines of an article were cut off at the page's
    /// foot (print.js, registerSoftHyphenBreaks). Compared without spaces: pdftotext drops one here
    /// and there.
    /// </summary>
    [Fact]
    public async Task EveryParagraphOfTheArticles_StandsWholeInThePdfsText()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        var (paragraphs, _) = RunningText(pages);
        // Each page without its running head (or an opener's article number) and its page number, read on from page to page.
        var text = Joined(string.Join(" ", pages.SelectMany(p => p.Split('\n').Where(l => l.Trim().Length > 0).Skip(1).SkipLast(1)).Select(WithoutParagraphNumber)));
        var unspaced = Regex.Replace(text, @"\s+", "");
        var lost = paragraphs.Where(p => !unspaced.Contains(Regex.Replace(p, @"\s+", ""), StringComparison.Ordinal)).ToList();
        Assert.True(paragraphs.Count > 80, $"only {paragraphs.Count} paragraphs");
        Assert.True(lost.Count == 0, $"{lost.Count} of {paragraphs.Count} paragraphs are not whole in the PDF: {string.Join(" | ", lost.Take(3).Select(p => p[..Math.Min(p.Length, 120)]))}");
    }

    /// <summary>
    /// A screen reader reads the PDF's tags: every paragraph of the articles is there with a space
    /// wherever its printed line broke at one (Chromium dropped it, and read
    /// "өзгерістергебайланысты"), and its words hyphenated at a line's end whole again once the
    /// printed hyphen is taken out.
    /// </summary>
    [Fact]
    public async Task TheTagsOfTheRunningText_KeepTheSpaceWhereALineBroke()
    {
        await printed.EnsureAsync();
        // Each paragraph's words as the HTML has them, without its number: letters, digits and
        // spaces (of any kind, as one space) on both sides. Punctuation is left out because
        // Chromium drops a paragraph's opening « from the tags, a fault of its own not mended here.
        // Paragraphs with a combining accent are left out too: Chromium drops the rest of a
        // word after one (НА́ТО is read "НА"), also not mended.
        var html = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "print", "index.html")));
        static string Spaced(string text) => Regex.Replace(Regex.Replace(Hyphenation.Remove(text), @"[^\p{L}\p{N}\s]", ""), @"\s+", " ");
        var paragraphs = html.QuerySelectorAll(".print-article .article-text > p").Select(p =>
        {
            p.QuerySelector(".pnum")?.Remove();
            return p.TextContent;
        }).Where(text => !text.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)).Select(text => Spaced(text).Trim()).ToList();
        var tags = Spaced(await PdfText.TagsTextAsync(printed.EditionPdf));
        var runTogether = paragraphs.Where(p => !tags.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(paragraphs.Count > 80, $"only {paragraphs.Count} paragraphs");
        Assert.True(runTogether.Count == 0, $"{runTogether.Count} of {paragraphs.Count} paragraphs are not in the tags as printed: {string.Join(" | ", runTogether.Take(2).Select(p => p[..Math.Min(p.Length, 160)]))}");
    }

    [Fact]
    public async Task NoLineOfRunningText_IsLongerThan75Characters()
    {
        await printed.EnsureAsync();
        var (_, lines) = RunningText(await PdfText.PagesAsync(printed.EditionPdf));

        Assert.True(lines.Count > 500, $"only {lines.Count} lines of running text found");
        var lengths = lines.Select(l => l.Length).Order().ToList();
        Assert.True(lengths[^1] <= 75, $"lines of {lengths[^1]} characters (median {lengths[lengths.Count / 2]}): {string.Join(" | ", lines.Where(l => l.Length > 75).Take(5))}");
        Assert.InRange(lengths[lengths.Count / 2], 55, 75);
    }

    /// <summary>
    /// The articles' paragraphs as a reader reads them (without their numbers), and the printed
    /// lines that are theirs, in order: the lines of the layout text, each without the paragraph
    /// number in the margin, that some paragraph holds. Notes, tables and citations are left out.
    /// </summary>
    private (List<string> Paragraphs, List<string> Lines) RunningText(IReadOnlyList<string> pages)
    {
        var html = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "print", "index.html")));
        var paragraphs = html.QuerySelectorAll(".print-article .article-text > p").Select(p =>
        {
            p.QuerySelector(".pnum")?.Remove();
            return Joined(p.TextContent);
        }).ToList();
        var lines = pages.SelectMany(p => p.Split('\n'))
            .Select(WithoutParagraphNumber)
            .Where(l => l.Length > 20 && paragraphs.Any(p => p.Contains(Joined(l.TrimEnd('\u2010')), StringComparison.Ordinal)))
            .ToList();
        return (paragraphs, lines);
    }

    [Fact]
    public async Task EveryPageOfRunningText_CarriesItsRunningHead_AndOpeningPagesNone()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        var articles = Articles();
        var contents = pages.Select((text, i) => (text, i)).First(p => p.text.TrimStart().StartsWith("Мазмұны", StringComparison.Ordinal));
        var starts = contents.text.Split('\n').Select(l => TrailingNumber().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var checkedPages = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            Assert.DoesNotContain("Қазақстан және НАТО", FirstLine(pages[starts[i] - 1]), StringComparison.Ordinal); // an opening page has no head
            for (var page = starts[i] + 1; page < starts[i + 1]; page++)
            {
                var expected = page % 2 == 1 ? Head(articles[i].Title) : "Қазақстан және НАТО";
                Assert.True(FirstLine(pages[page - 1]).StartsWith(expected, StringComparison.Ordinal), $"page {page} is headed «{FirstLine(pages[page - 1])}», not «{expected}»");
                checkedPages++;
            }
        }

        Assert.True(checkedPages >= 10, $"{checkedPages} pages checked");
    }

    [Fact]
    public async Task EveryArticle_HasItsPdf_LinkedFromItsPage_AndInItsCitationMetaTags()
    {
        await printed.EnsureAsync();
        foreach (var (slug, title) in Articles())
        {
            var pdf = Path.Combine(printed.Output, "articles", slug, slug + ".pdf");
            var text = PdfText.Flat(string.Join(' ', await PdfText.PagesAsync(pdf)));
            Assert.Contains(Head(title), text, StringComparison.Ordinal);
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "articles", slug, "index.html")));
            Assert.Equal(slug + ".pdf", page.QuerySelector("meta[name=citation_pdf_url]")?.GetAttribute("content"));
            Assert.Contains(page.QuerySelectorAll("a[type='application/pdf']"), a => a.GetAttribute("href") == $"../../articles/{slug}/{slug}.pdf");
            // The site's navigation is not printed.
            Assert.DoesNotContain("Іздеу", text, StringComparison.Ordinal);
        }

        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "index.html")));
        Assert.Contains(home.QuerySelectorAll(".print-links a"), a => a.GetAttribute("href") == "print/qazaqstan-jane-nato.pdf");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(printed.Output, "edition.json")));
        Assert.Equal("print/qazaqstan-jane-nato.pdf", manifest.RootElement.GetProperty("pdf").GetString());
        Assert.All(manifest.RootElement.GetProperty("articles").EnumerateArray(), a =>
            Assert.True(File.Exists(Path.Combine(printed.Output, a.GetProperty("pdf").GetString()!))));
    }

    [Fact]
    public async Task NoPdf_LinksToAFileOfTheBuildMachine()
    {
        await printed.EnsureAsync();
        var links = printed.Report.Files.SelectMany(f => PdfLinks.Uris(Path.Combine(printed.Output, f)).Select(uri => (File: f, Uri: uri))).ToList();
        Assert.DoesNotContain(links, l => l.Uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(links, l => l.Uri.Contains("staging", StringComparison.Ordinal));
    }

    /// <summary>A second build with PDFs, into another folder (so another staging folder): every PDF the same, byte for byte.</summary>
    [Fact]
    public async Task TwoRuns_GiveByteIdenticalPdfs()
    {
        await printed.EnsureAsync();
        using var second = new TempDirectory();
        var output = second.Combine("site");
        PdfReport? report = null;
        await KzEdition.Building.EditionBuilder.BuildAsync(
            new KzEdition.Building.BuildOptions(RepoPaths.Input, output, Theme: RepoPaths.Theme, Pdf: true),
            async (site, token) => report = await PdfRenderer.RenderAsync(site, cancellationToken: token),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(printed.Report.Files, report!.Files);
        Assert.Equal(9, report.Files.Count);
        Assert.All(report.Files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(printed.Output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, f))),
            $"{f} differs between two runs"));
    }

    [Fact]
    public async Task EveryPdf_SaysItsTitleAuthorSubjectKeywordsLanguageAndCreator_AndOpensWithItsBookmarks()
    {
        await printed.EnsureAsync();
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(printed.Output, "edition.json")));
        var edition = PdfLinks.Metadata(printed.EditionPdf);
        Assert.Equal(manifest.RootElement.GetProperty("title").GetString(), edition.Info.Title);
        Assert.Equal("kk", edition.Lang);
        var languages = new HashSet<string>();
        var signed = 0;
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var (info, lang, mode) = PdfLinks.Metadata(Path.Combine(printed.Output, article.GetProperty("pdf").GetString()!));
            var authors = article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ToList();
            var keywords = article.GetProperty("keywords").EnumerateArray().Select(a => a.GetString()).ToList();
            Assert.Equal(article.GetProperty("title").GetString(), info.Title);
            Assert.Equal(authors.Count == 0 ? null : string.Join(", ", authors), info.Author);
            Assert.Equal(keywords.Count == 0 ? null : string.Join("; ", keywords), info.Keywords);
            Assert.Equal(article.GetProperty("abstract").GetString() is { Length: > 0 } a ? a : null, info.Subject);
            Assert.Equal(article.GetProperty("lang").GetString(), lang);
            Assert.Equal("UseOutlines", mode);
            Assert.Equal(PdfRenderer.Creator, info.Creator);
            languages.Add(lang!);
            signed += authors.Count > 0 ? 1 : 0;
        }

        Assert.Contains("ru", languages); // the Russian article, which Chromium declared Kazakh
        Assert.True(signed > 0);
        Assert.Matches(@"^KzEdition \d+\.\d+\.\d+", PdfRenderer.Creator);
    }

    /// <summary>
    /// Every PDF carries an XMP packet that says what its Info dictionary says, read by PdfPig:
    /// title, the authors one by one in order, the language, the licence and the creator tool.
    /// </summary>
    [Fact]
    public async Task EveryPdf_CarriesXmpMetadata_ThatAgreesWithItsInfo()
    {
        await printed.EnsureAsync();
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/", xmp = "http://ns.adobe.com/xap/1.0/";
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(printed.Output, "edition.json")));
        var licence = manifest.RootElement.GetProperty("licence").GetString();
        var files = manifest.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => (Pdf: a.GetProperty("pdf").GetString()!, Title: a.GetProperty("title").GetString(), Lang: a.GetProperty("lang").GetString(), Authors: a.GetProperty("authors").EnumerateArray().Select(x => x.GetString()).ToList()))
            .Prepend((Pdf: KzEdition.Site.SitePaths.PrintPdf(printed.Site.Settings.Slug), Title: manifest.RootElement.GetProperty("title").GetString(), Lang: "kk", Authors: manifest.RootElement.GetProperty("editors").EnumerateArray().Select(x => x.GetString()).ToList()));
        foreach (var (pdf, title, lang, authors) in files)
        {
            var packet = PdfLinks.Xmp(Path.Combine(printed.Output, pdf));
            Assert.True(packet is not null, $"{pdf} has no XMP");
            Assert.Equal(title, packet!.Descendants(dc + "title").Single().Descendants().First(e => e.Name.LocalName == "li").Value);
            Assert.Equal(authors.OfType<string>().ToList(), packet.Descendants(dc + "creator").SelectMany(c => c.Descendants()).Where(e => e.Name.LocalName == "li").Select(e => e.Value).ToList());
            Assert.Equal(lang, packet.Descendants(dc + "language").Single().Descendants().Last().Value);
            Assert.Equal(licence, packet.Descendants(dc + "rights").Single().Descendants().First(e => e.Name.LocalName == "li").Value);
            Assert.Equal(PdfRenderer.Creator, packet.Descendants(xmp + "CreatorTool").Single().Value);
        }
    }

    /// <summary>
    /// An article's PDF is its pages of the print edition: they carry the edition's page numbers
    /// (not "1 / n"), and the first cites the article as printed, with those pages, and its licence.
    /// </summary>
    [Fact]
    public async Task EveryArticlePdf_IsItsPagesOfTheEdition_AndItsFirstPageCitesThem()
    {
        await printed.EnsureAsync();
        var edition = await PdfText.PagesAsync(printed.EditionPdf);
        var licence = PdfText.Flat(printed.Site.Settings.Licence!);
        foreach (var article in Articles())
        {
            var pages = await PdfText.PagesAsync(Path.Combine(printed.Output, "articles", article.Slug, article.Slug + ".pdf"));
            var first = PdfText.Flat(pages[0]);
            // The pages it takes: its first page's number, in the edition, where its title stands.
            var given = Regex.Match(first, @"Басылымдағы беттері: (\d+)(?:–(\d+))?");
            Assert.True(given.Success, $"{article.Slug}: no page range on its first page");
            var from = int.Parse(given.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = given.Groups[2].Success ? int.Parse(given.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            Assert.Equal(to - from + 1, pages.Count);
            Assert.Contains(Head(article.Title), PdfText.Flat(edition[from - 1]), StringComparison.Ordinal);
            for (var i = 0; i < pages.Count; i++)
            {
                Assert.Equal(PdfText.Flat(edition[from - 1 + i]), PdfText.Flat(pages[i]));
                Assert.EndsWith((from + i).ToString(CultureInfo.InvariantCulture), pages[i].TrimEnd(), StringComparison.Ordinal);
            }

            var range = from == to ? $"{from}" : $"{from}–{to}";
            Assert.Contains($"Б. {range}.", first, StringComparison.Ordinal); // GOST 7.1
            Assert.Contains($"(pp. {range})", first, StringComparison.Ordinal); // APA 7
            Assert.Contains(licence, first, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Opened from disk (file:), where no script may read the site's files, the print edition lays
    /// itself out as it does served: the same pages, each article on the same ones.
    /// </summary>
    [Fact]
    public async Task OpenedFromDisk_ThePrintEditionLaysOutAsItDoesServed()
    {
        await printed.EnsureAsync();
        var browser = await chromium.BrowserAsync();
        await using var disk = await browser.NewContextAsync();
        var fromDisk = await disk.NewPageAsync();
        await fromDisk.GotoAsync(new Uri(Path.Combine(printed.Output, "print", "index.html")).AbsoluteUri);
        await fromDisk.WaitForFunctionAsync("() => window.kzPrintReady === true", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        var diskPages = await fromDisk.EvaluateAsync<Dictionary<string, string>>("() => window.kzArticlePages");
        var diskCount = await fromDisk.EvaluateAsync<int>("() => document.querySelectorAll('.pagedjs_page').length");

        await using var served = await browser.NewContextAsync();
        var page = await LaidOutServedAsync(served);
        Assert.Equal(await page.EvaluateAsync<int>("() => document.querySelectorAll('.pagedjs_page').length"), diskCount);
        Assert.Equal(await page.EvaluateAsync<Dictionary<string, string>>("() => window.kzArticlePages"), diskPages);
        Assert.True(diskCount == (await PdfText.PagesAsync(printed.EditionPdf)).Count, $"{diskCount} pages from disk");
    }

    /// <summary>Chromium wrote "ынтымақтастығыныңәскери-саяси" where a heading's line wrapped.</summary>
    [Fact]
    public async Task EveryBookmark_IsTheTextOfAHeading_WithItsSpaces()
    {
        await printed.EnsureAsync();
        var checkedTitles = 0;
        foreach (var file in printed.Report.Files)
        {
            var htmlFile = file.StartsWith("print/", StringComparison.Ordinal) ? "print/index.html" : Path.Combine(Path.GetDirectoryName(file)!, "index.html");
            var html = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, htmlFile)));
            var headings = html.QuerySelectorAll("h1, h2, h3, h4").Select(h => PdfText.Flat(h.TextContent)).ToHashSet(StringComparer.Ordinal);
            var bookmarks = PdfLinks.Bookmarks(Path.Combine(printed.Output, file));
            Assert.NotEmpty(bookmarks);
            foreach (var title in bookmarks)
            {
                Assert.True(headings.Contains(PdfText.Flat(title)), $"{file}: the bookmark «{title}» is no heading's text");
                checkedTitles++;
            }
        }

        Assert.True(checkedTitles > 30, $"{checkedTitles} bookmarks");
    }

    [Fact]
    public async Task ThePdfs_CarryNoTimeOfPrinting()
    {
        await printed.EnsureAsync();
        foreach (var file in printed.Report.Files)
        {
            var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(printed.Output, file)));
            Assert.DoesNotContain("/CreationDate", bytes, StringComparison.Ordinal);
            Assert.DoesNotContain("/ModDate", bytes, StringComparison.Ordinal);
            Assert.StartsWith("%PDF-", bytes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WithoutScripts_ThePrintEditionStillPrints_WithArticleAndParagraphLocators()
    {
        await printed.EnsureAsync();
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(printed.Output, "print", "index.html")).AbsoluteUri);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)").ContinueWith(_ => { }, TaskScheduler.Default); // scripts off: may not evaluate
        var pdf = Path.Combine(printed.Output, "no-script.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true });

        var pages = await PdfText.PagesAsync(pdf);
        var flat = PdfText.Flat(string.Join(' ', pages));
        Assert.True(pages.Count > 10, $"{pages.Count} pages");
        Assert.All(Articles(), a => Assert.Contains(Head(a.Title), flat, StringComparison.Ordinal));
        Assert.Matches(@"\b1\.\d+, 1\.\d+", flat); // locators as article.paragraph
    }

    /// <summary>
    /// The print edition opened in <paramref name="context"/> as the pdf command opens it, under an
    /// http origin whose requests the site's folder answers, once print.js says it is laid out.
    /// </summary>
    private async Task<IPage> LaidOutServedAsync(IBrowserContext context)
    {
        const string Origin = "http://print.test.invalid/";
        await context.RouteAsync(Origin + "**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Path = Path.Combine(printed.Output, Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath.TrimStart('/'))),
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(Origin + "print/index.html");
        await page.WaitForFunctionAsync("() => window.kzPrintReady === true", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        return page;
    }

    /// <summary>
    /// Laid out by Paged.js in Chromium, as the pdf command does: a paragraph that opens an
    /// article's text or follows a heading has no first-line indent, every other paragraph of the
    /// text has one; the contents leave a gap before the back matter. (Paged.js rewrites the
    /// selectors with "+" that said so before.)
    /// </summary>
    [Fact]
    public async Task AfterEveryHeading_TheFirstParagraphIsNotIndented_AndTheContentsSetTheBackMatterApart()
    {
        await printed.EnsureAsync();
        var html = Parser.ParseDocument(File.ReadAllText(Path.Combine(printed.Output, "print", "index.html")));
        var paragraphs = html.QuerySelectorAll(".article-text > p[id]").Select(p => (p.Id!, Opens: p.PreviousElementSibling is null || p.PreviousElementSibling.LocalName is "h2" or "h3" or "h4")).ToList();
        Assert.Contains(paragraphs, p => p.Opens);
        Assert.Contains(paragraphs, p => !p.Opens);

        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync();
        var page = await LaidOutServedAsync(context);
        var indents = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries([...document.querySelectorAll('.pagedjs_pages .article-text > p[id]:not([data-split-from])')].map(p => [p.id, getComputedStyle(p).textIndent]))");
        foreach (var (id, opens) in paragraphs)
        {
            Assert.True(indents.TryGetValue(id, out var indent), $"{id} is not laid out");
            Assert.True(opens == (indent == "0px"), $"{id} {(opens ? "follows a heading" : "runs on")} and has text-indent {indent}");
        }

        var gap = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.pagedjs_pages .print-toc li.toc-back')).marginTop");
        Assert.NotEqual("0px", gap);
    }

    /// <summary>
    /// The issue counted initials left at a line's end 6 times (0 now), and НАТО-/ның broken at its
    /// hyphen (4 lines end in an acronym's hyphen on this edition before; the 2 left are НАТО-/Ресей,
    /// two names that may break, and НАТО-/ның in an abstract, which the template writes, not the
    /// print rendering).
    /// </summary>
    [Fact]
    public async Task NoLineEndsWithAnInitial_AndAtMostTwoWithAnAcronymsHyphen()
    {
        await printed.EnsureAsync();
        var pages = await PdfText.PagesAsync(printed.EditionPdf);
        var lines = pages.SelectMany(p => p.Split('\n')).Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        Assert.DoesNotContain(lines, l => LineEndingInAnInitial().IsMatch(l));
        Assert.True(lines.Count(l => LineEndingInAnAcronymsHyphen().IsMatch(l)) <= 2, string.Join("\n", lines.Where(l => LineEndingInAnAcronymsHyphen().IsMatch(l))));
        Assert.DoesNotContain(string.Concat(pages), c => c == '\u2011');
    }

    [Fact]
    public void ARenderWithoutChromium_SaysHowToInstallIt()
    {
        var ex = Assert.Throws<global::KzEdition.Engine.BuildException>(() => ChromiumExecutable.Require("/nonexistent/chromium"));

        var message = Assert.Single(ex.Diagnostics).Message;
        Assert.Contains("/nonexistent/chromium", message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", message, StringComparison.Ordinal);
    }

    /// <summary>The start of a title, flattened: enough to find it, short enough not to wrap differently.</summary>
    private static string Head(string title) => PdfText.Flat(title).Length > 28 ? PdfText.Flat(title)[..28] : PdfText.Flat(title);

    private static string FirstLine(string page) => PdfText.Flat(page.Split('\n').First(l => l.Trim().Length > 0));

    /// <summary>Text flattened, and a word broken at its own hyphen at a line's end joined again (НАТО- ның → НАТО-ның).</summary>
    /// <summary>
    /// A printed line, trimmed, without the paragraph number that stands in the margin: before it on
    /// a left-hand page, after it, far off, on a right-hand page.
    /// </summary>
    private static string WithoutParagraphNumber(string line) => Regex.Replace(Regex.Replace(line.Trim(), @"^\d+\s{2,}", ""), @"\s{6,}\d+$", "");

    /// <summary>Text as a reader reads it: soft hyphens gone, a word hyphenated at a line's end (U+2010) whole again, a hyphen at a line's end kept.</summary>
    private static string Joined(string text) =>
        PdfText.Flat(Hyphenation.Remove(text)).Replace("\u2010 ", "", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal);

    /// <summary>The pages of a list of locators: 4–6, 9 → 4, 5, 6, 9.</summary>
    private static IEnumerable<int> Expand(string locators) => locators.Split(", ").SelectMany(part => part.Split('–') is [var from, var to]
        ? Enumerable.Range(int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture) - int.Parse(from, CultureInfo.InvariantCulture) + 1)
        : [int.Parse(part, CultureInfo.InvariantCulture)]);

    private static string LastLine(string page) => page.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0);

    /// <summary>A line whose last word is an initial (Н.Ә., Дж.): a capital, maybe a small letter, a full stop.</summary>
    [GeneratedRegex(@"(?:^|[\s.])\p{Lu}\p{Ll}?\.$")]
    private static partial Regex LineEndingInAnInitial();

    [GeneratedRegex(@"\p{Lu}{2,}[-\u2011]$")]
    private static partial Regex LineEndingInAnAcronymsHyphen();

    [GeneratedRegex(@"\S\s{2,}(\d{1,4})\s*$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"\s((?:\d{1,4}, )*\d{1,4})(?=\s{2,}|\s*$)", RegexOptions.Multiline)]
    private static partial Regex Locators();
}
