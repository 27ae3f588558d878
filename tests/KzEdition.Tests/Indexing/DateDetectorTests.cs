using CsCheck;
using KzEdition.Indexing;
using KzEdition.Tests.Indexing.Oracles;

namespace KzEdition.Tests.Indexing;

public sealed class DateDetectorTests
{
    private static (string Iso, string Text)[] Find(string text) =>
        [.. DateDetector.Find(text).Select(d => (d.Date.Iso, text.Substring(d.Start, d.Length)))];

    [Theory]
    [InlineData("1994 жылғы 27 мамырда қол қойды", "1994-05-27", "1994 жылғы 27 мамырда")]
    [InlineData("1994 жылы 27 маусымда", "1994-06-27", "1994 жылы 27 маусымда")]
    [InlineData("(7-11 сәуір 2008 ж.)", "2008-04-07", "7-11 сәуір 2008")]
    [InlineData("2001 жылдың 11 қыркүйегіндегі шабуыл", "2001-09-11", "2001 жылдың 11 қыркүйегіндегі")]
    [InlineData("27.05.1994 жасалды", "1994-05-27", "27.05.1994")]
    [InlineData("2005 жылдың қаңтарында", "2005-01", "2005 жылдың қаңтарында")]
    [InlineData("В декабре 2007 года в ходе визита", "2007-12", "декабре 2007 года")]
    [InlineData("1992 жылы Қазақстан", "1992", "1992 жылы")]
    [InlineData("1997 ж. наурызда", "1997-03", "1997 ж. наурызда")]
    [InlineData("2001-2003 жж. аралығында", "2001/2003", "2001-2003 жж.")]
    [InlineData("1990-жылдары басталды", "1990s", "1990-жылдары")]
    [InlineData("в 2007 году", "2007", "2007 году")]
    public void Find_ReadsEachKindOfDate(string text, string iso, string words) =>
        Assert.Equal([(iso, words)], Find(text));

    [Fact]
    public void Find_KeepsTheDaysOfASpan()
    {
        var date = DateDetector.Find("2008 жылдың 9-12 маусымда").Single().Date;

        Assert.Equal((2008, 6, 9, 12), (date.Year, date.Month, date.Day, date.EndDay));
    }

    [Theory]
    [InlineData("«Қазақстан-2030» Стратегиясы")]   // a name, not a date
    [InlineData("2500 адам қатысты")]              // a number
    [InlineData("бұл туралы [5, 2005 ж.] жазылған")] // inside a citation marker
    [InlineData("1200 жылы")]                       // outside the years an edition of modern texts dates
    [InlineData("١٩٩٤ жылы 27 мамырда")]            // digits of another script (int.Parse threw on them)
    [InlineData("27.٠٥.1994 жасалды")]
    public void Find_TakesNoNumberForADateWithoutAYearWord(string text) =>
        Assert.Empty(Find(text));

    /// <summary>
    /// A month and a year (в мае 2007 года) is looked for only where one can start (after a run of
    /// letters, white space, a digit): the same dates as the oracle, which scans the whole text, on
    /// texts dense with months and years, white space of every kind between them, and letters,
    /// digits and signs glued to either side.
    /// </summary>
    [Fact]
    public void Find_MonthsBeforeYears_AsTheOracleFindsThem()
    {
        var piece = Gen.OneOf(
            Gen.OneOf("мае", "Мая", "МАЙ", "декабре", "қаңтар", "қыркүйегінде", "сәуір", "маусымда", "январь", "маXмыр", "ма", "ай", "в", "және", "Ж"),
            Gen.OneOf("2007", "1994", "1799", "2101", "205", "20070", "1990"),
            Gen.OneOf("года", "году", "г.", "ж.", "жылы", "жылдың", "жыл", "гг.", "ЖЫЛЫ"),
            Gen.OneOf(" ", " ", "  ", "\t", "\n", "\u00A0", "\u2009", "", "-", ".", ",", "«", "(", "5", "x", "ң"));
        piece.Array[0, 40].Select(string.Concat).Sample(text =>
            Assert.Equal(DateDetectorOracle.Find(text), DateDetector.Find(text)), iter: 20_000, print: text => $"«{text}»");
    }

    [Fact]
    public void Chronological_PutsAYearBeforeItsMonthsAndDays()
    {
        EventDate[] dates = [new(1994, 5, 27), new(1994), new(1993, 12), new(1994, 1), new(1990, Decade: true)];

        Assert.Equal(["1990s", "1993-12", "1994", "1994-01", "1994-05-27"], dates.Order(EventDate.Chronological).Select(d => d.Iso).ToArray());
    }
}
