using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class FurnitureTests
{
    [Theory]
    [InlineData("2455")]
    [InlineData("17")]
    [InlineData("  3  ")]
    [InlineData("\t108 ")]
    public void Classify_WhenTheLineIsABareNumber_IsAPageNumber(string line)
    {
        Assert.Equal(Furniture.PageNumberLine, Furniture.Classify(line));
    }

    [Theory]
    [InlineData("________________________")]
    [InlineData("  _____  ")]
    [InlineData("-----")]
    [InlineData("——————")]
    [InlineData("==========")]
    [InlineData("**********")]
    [InlineData("..........")]
    public void Classify_WhenTheLineIsARuleOfPunctuation_IsASeparator(string line)
    {
        Assert.Equal(Furniture.SeparatorLine, Furniture.Classify(line));
    }

    [Theory]
    [InlineData("Қазақстан Республикасы 1991 жылы тәуелсіздік алды.")]
    [InlineData("1992 жылы")]
    [InlineData("12345")]
    [InlineData("1 кесте")]
    [InlineData("[1]")]
    [InlineData("____")]
    [InlineData("— деді ол.")]
    [InlineData("НАТО")]
    [InlineData("")]
    [InlineData("http://www.mfa.gov.tr/")]
    public void Classify_WhenTheLineIsText_IsNotFurniture(string line)
    {
        Assert.Null(Furniture.Classify(line));
    }

    [Theory]
    [InlineData("http://www.mfa.gov.tr/")]
    [InlineData("https://www.nato.int/cps/en/natohq/topics_52044.htm")]
    [InlineData("  www.akorda.kz  ")]
    public void IsStrayFootnote_WhenTheLineIsABareUrl_IsTrue(string line)
    {
        Assert.True(Furniture.IsStrayFootnote(line));
    }

    [Theory]
    [InlineData("Қараңыз: https://www.nato.int")]
    [InlineData("https://www.nato.int сайтында жарияланған")]
    [InlineData("Қазақстан және НАТО")]
    [InlineData("2455")]
    [InlineData("")]
    public void IsStrayFootnote_WhenTheLineIsMoreThanAUrl_IsFalse(string line)
    {
        Assert.False(Furniture.IsStrayFootnote(line));
    }

    /// <summary>Text filler of a page's length: lines of running text, none alike.</summary>
    private static IEnumerable<string> Page(int from) =>
        Enumerable.Range(from, 30).Select(i => $"Жолдың {i} мәтіні жалғасады және келесі жолға өтеді");

    [Fact]
    public void RunningHeads_ALineTwiceAPageApart_IsAHead()
    {
        string[] lines = ["Саясат – Policy, 2011, № 4", .. Page(0), "Саясат – Policy, 2011, № 4", .. Page(100)];

        Assert.Contains("Саясат – Policy, #, № #", Furniture.RunningHeads(lines));
    }

    /// <summary>A sentence that recurs word for word can be wrapped alike twice, a page apart; its line breaks a word off, which no head does.</summary>
    [Fact]
    public void RunningHeads_NotALineThatBreaksAWordOff_ThoughItRecursAPageApart()
    {
        const string recurring = "НАТО-ның «Бейбітшілік жолындағы әріптестік» бағдарла-";
        string[] lines = [recurring, "масы бойынша жүзеге асырылатын іс-шараларға", .. Page(0), recurring, "масы аясында өтті", .. Page(100)];

        Assert.Empty(Furniture.RunningHeads(lines));
    }
}
