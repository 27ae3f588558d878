using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class PrintTypographyTests
{
    [Theory]
    [InlineData("Президент Н.Ә. Назарбаевтың сапары", "Президент Н.Ә.\u00A0Назарбаевтың сапары")]
    [InlineData("бас хатшысы Дж. Робертсонмен", "бас хатшысы Дж.\u00A0Робертсонмен")]
    [InlineData("М. Вернердің Алматыға", "М.\u00A0Вернердің Алматыға")]
    [InlineData("№ 5 қаулы, § 3", "№\u00A05 қаулы, §\u00A03")]
    [InlineData("Қазақстан – НАТО қарым-қатынасы", "Қазақстан\u00A0– НАТО қарым-қатынасы")]
    [InlineData("Қазақстан - НАТО", "Қазақстан\u00A0- НАТО")]
    public void SetsTheSpacesAndHyphensOfPrint(string text, string expected) => Assert.Equal(expected, Hyphenation.Remove(PrintTypography.Apply(text)));

    [Theory]
    [InlineData("мүше НАТО. Қазақстан тарапы")] // a sentence's end after an acronym is no initial
    [InlineData("НАТО-ның штаб-пәтері")] // hyphens stay hyphens
    [InlineData("2022-2026 жылдарға")]
    public void LeavesOtherTextAsItIs(string text) => Assert.Equal(text, Hyphenation.Remove(PrintTypography.Apply(text)));

    [Fact]
    public void PutsSoftHyphensWhereWordsMayBreak() =>
        Assert.Equal("Пре\u00ADзи\u00ADдент Н.Ә.\u00A0На\u00ADзар\u00ADбаев\u00ADтың", PrintTypography.Apply("Президент Н.Ә. Назарбаевтың"));

    [Theory]
    [InlineData("НАТО-ның", true)]
    [InlineData("ЕО-ның", true)]
    [InlineData("НАТО", false)]
    [InlineData("Қазақстан-НАТО", false)]
    [InlineData("ЕО-Орталық", false)]
    [InlineData("CO2-ні", false)]
    [InlineData("штаб-пәтері", false)]
    [InlineData("НАТО-ның Парламенттік ассамблеясы", false)]
    public void TellsAnAcronymWithItsEnding(string text, bool expected) => Assert.Equal(expected, PrintTypography.IsAcronymWithEnding(text));
}
