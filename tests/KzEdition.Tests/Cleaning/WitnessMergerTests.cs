using System.Text;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Reading;

namespace KzEdition.Tests.Cleaning;

public sealed class WitnessMergerTests
{
    private const string Web = "web.txt";
    private const string Pdf = "pdf.txt";

    /// <summary>The PDF witness with the web witness's word where the two differ: only line breaks and a hyphen remain.</summary>
    private static readonly string PdfSameWords = SyntheticSources.WitnessPdf.Replace("аймақтық ұйымдардың", "өңірлік ұйымдардың", StringComparison.Ordinal);

    [Fact]
    public void Merge_WhenTwoSourcesCarryTheSameText_MakesOneArticleWithTwoWitnesses()
    {
        var reports = new List<Diagnostic>();

        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, SyntheticSources.WitnessPdf)), reports.Add));

        Assert.Equal([new Witness(Web, 1, 4, Primary: true), new Witness(Pdf, 1, 10, Primary: false)], article.Witnesses);
        var report = Assert.Single(reports);
        Assert.Equal((Severity.Info, "input/sources/pdf.txt", 1), (report.Severity, report.File, report.Line));
        Assert.StartsWith("same article as web.txt lines 1–4", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_WhenTheWitnessesAreEquallyFull_TakesTheReadingTextFromTheOneThatIsNotHardWrapped()
    {
        var pdfFirst = Assert.Single(WitnessMerger.Merge(Built((Pdf, SyntheticSources.WitnessPdf), (Web, SyntheticSources.WitnessWeb)), _ => { }));

        Assert.Equal([Web, Pdf], pdfFirst.Witnesses.Select(w => w.Source));
        Assert.True(pdfFirst.Witnesses[0].Primary);
        Assert.Equal("web-1", pdfFirst.Id);
        Assert.Equal(3, pdfFirst.ParagraphCount);
    }

    [Fact]
    public void Merge_WhenOneWitnessIsFuller_TakesTheReadingTextFromItEvenIfHardWrapped()
    {
        var fullerPdf = PdfSameWords + "\nБұл ұйымның болашағы зор деп сенеміз.";

        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, fullerPdf)), _ => { }));

        Assert.Equal([(Pdf, true), (Web, false)], article.Witnesses.Select(w => (w.Source, w.Primary)));
        Assert.Equal("pdf-1", article.Id);
        var variant = Assert.Single(article.Notes, n => n.Kind == "variant");
        Assert.Equal(("", "Бұл ұйымның болашағы зор деп сенеміз", Web), (variant.Text, variant.Lemma, variant.Source));
    }

    [Fact]
    public void Merge_WhenAWitnessRepeatsAPassageThousandsOfWordsLong_SaysSoInOneNote_InsteadOfListingThem()
    {
        // Issue 19: one paragraph repeated 250 times made the word-by-word comparison hold D·(N+M)
        // numbers (651 MB; 22.5 GB at 4,824 repeats). Past WordDiff.MaxEdits it is one note.
        var lines = SyntheticSources.WitnessPdf.Split('\n');
        var repeated = SyntheticSources.WitnessPdf + "\n" + string.Join("\n", Enumerable.Repeat(string.Join("\n", lines.Skip(1)), 250));

        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, repeated)), _ => { }));

        var note = Assert.Single(article.Notes, n => n.Kind.StartsWith("variant", StringComparison.Ordinal));
        Assert.Equal(("variants-too-many", "2000", Web), (note.Kind, note.Text, note.Source));
    }

    [Fact]
    public void Merge_TakesTheTitleFromTheWitnessThatPrintsIt()
    {
        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, SyntheticSources.WitnessPdf)), _ => { }));

        Assert.Equal("Шанхай ынтымақтастық ұйымы және Қазақстан", article.Title);
        Assert.Equal(TitleSource.Source, article.TitleSource);
        Assert.Equal("sanhai-yntymaqtastyq-uiymy-jane-qazaqstan", article.Slug);
        Assert.Equal(ArticleStatus.Complete, article.Status);
    }

    [Fact]
    public void Merge_WhenTheWitnessesDifferInOneWord_NotesExactlyOneVariant()
    {
        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, SyntheticSources.WitnessPdf)), _ => { }));

        var variant = Assert.Single(article.Notes);
        Assert.Equal(("variant", "аймақтық", "өңірлік", Pdf), (variant.Kind, variant.Text, variant.Lemma, variant.Source));
        Assert.Contains("өңірлік ұйымдардың", ((Paragraph)article.Body[^1]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_WhenTheWitnessesDifferInOneWord_PointsTheVariantAtALineOfTheOtherWitnessParagraph()
    {
        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, SyntheticSources.WitnessPdf)), _ => { }));

        var variant = Assert.Single(article.Notes);
        Assert.InRange(variant.Line, 2, 10);
    }

    [Fact]
    public void Merge_WhenTheWitnessesDifferInOneWord_PointsTheVariantAtTheLineWhereTheOtherReadingStands()
    {
        // pdf.txt line 10: "аймақтық ұйымдардың бірі саналады." (its paragraph starts at line 2).
        Assert.StartsWith("аймақтық", LinesOf(SyntheticSources.WitnessPdf)[9], StringComparison.Ordinal);

        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, SyntheticSources.WitnessPdf)), _ => { }));

        Assert.Equal(10, Assert.Single(article.Notes).Line);
    }

    [Fact]
    public void Merge_WhenTheWitnessesDifferOnlyInLineBreaksAndHyphenation_NotesNoVariant()
    {
        var article = Assert.Single(WitnessMerger.Merge(Built((Web, SyntheticSources.WitnessWeb), (Pdf, PdfSameWords)), _ => { }));

        Assert.Equal(2, article.Witnesses.Length);
        Assert.Empty(article.Notes);
    }

    [Fact]
    public void Merge_WhenTheTextsAreUnrelated_KeepsThemApart()
    {
        var built = Built((Web, SyntheticSources.WitnessWeb), ("other.txt", SyntheticSources.Separated), ("third.txt", SyntheticSources.TitleAfterText));
        var reports = new List<Diagnostic>();

        var merged = WitnessMerger.Merge(built, reports.Add);

        Assert.Equal(built.Select(b => b.Article), merged);
        Assert.All(merged, a => Assert.Single(a.Witnesses));
        Assert.Empty(reports);
    }

    [Fact]
    public void Merge_NeverMergesTwoArticlesOfTheSameSource()
    {
        var twice = SyntheticSources.WitnessWeb + "\n--------------------\n" + SyntheticSources.WitnessWeb;
        var built = Built(("twice.txt", twice));
        Assert.Equal(2, built.Count);

        var merged = WitnessMerger.Merge(built, _ => { });

        Assert.Equal(["twice-1", "twice-2"], merged.Select(a => a.Id));
        Assert.All(merged, a => Assert.Single(a.Witnesses));
    }

    [Fact]
    public void Merge_OfTheRealCorpus_MakesSource000AndTheSecondArticleOf002OneArticle()
    {
        var built = new List<CleanedArticle>();
        foreach (var file in RealCorpus.FileNames)
        {
            built.AddRange(ArticleSegmenter.Segment(RealCorpus.Clean(file), RealCorpus.Editorial.SplitLinesOf(file))
                .Select(s => new CleanedArticle(ArticleBuilder.Build(s, RealCorpus.CaseEvidence, RealCorpus.WordEvidence, "kk"), s)));
        }

        var merged = WitnessMerger.Merge(built, _ => { });

        var shared = Assert.Single(merged, a => a.Witnesses.Length > 1);
        Assert.Equal(
            [new Witness("000_231815bb3e78ce1c.txt", 1, 84, true), new Witness("002_c7ff2cc66a30f6af.txt", 21, 490, false)],
            shared.Witnesses);
        Assert.Equal("Қазақстан-НАТО ынтымақтастығының әскери-саяси аспектілері", shared.Title);
        Assert.Equal(built.Count - 1, merged.Length);
    }

    private static string[] LinesOf(string text) => text.Split('\n');

    /// <summary>Cleans, segments and builds each source with the evidence of all of them, as a build does.</summary>
    private static List<CleanedArticle> Built(params (string Name, string Text)[] sources)
    {
        var decoded = sources.Select(s => SourceReader.Decode(Encoding.UTF8.GetBytes(s.Text), "input/sources/" + s.Name)).ToList();
        var words = WordEvidence.From(decoded.Select(d => d.Text));
        var cases = CaseEvidence.From(decoded.Select(d => d.Text));
        return
        [
            .. decoded.SelectMany(d => ArticleSegmenter.Segment(SourceCleaner.Clean(d, words))
                .Select(s => new CleanedArticle(ArticleBuilder.Build(s, cases, words, "kk"), s))),
        ];
    }
}
