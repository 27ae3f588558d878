using KzEdition.Indexing;

namespace KzEdition.Tests.Indexing;

public sealed class AcronymDetectorTests
{
    [Fact]
    public void Find_TakesCapitalWords_WithOrWithoutEndings_ButNotRomanNumerals() =>
        Assert.Equal(
            ["НАТО", "АҚШ", "ISAF", "НАТО"],
            AcronymDetector.Find("НАТО-ның ХХ ғасырдағы рөлі, АҚШ-тың XXI ғасырдағы ISAF күштері және НА\u0301ТО.").ToArray());

    [Fact]
    public void Find_IgnoresAParagraphSetInCapitals() =>
        Assert.Empty(AcronymDetector.Find("ҚАЗАҚСТАН МЕН НАТО ЫНТЫМАҚТАСТЫҒЫНЫҢ ЖАҢА БАҒЫТТАРЫ"));

    [Theory]
    [InlineData("Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ) мүшелері", "ҰҚШҰ", "Ұжымдық қауіпсіздік туралы шарт ұйымы")]
    [InlineData("Еуро-Атлантикалық әріптестік кеңесі (ЕАӘК) құрылды", "ЕАӘК", "Еуро-Атлантикалық әріптестік кеңесі")]
    [InlineData("жаңартылатын энергия көздері (ЖЭК) және", "ЖЭК", "жаңартылатын энергия көздері")]
    public void Expansions_AreTheWordsWhoseInitialsSpellTheAcronym(string text, string acronym, string expansion) =>
        Assert.Equal([(acronym, expansion)], AcronymDetector.Expansions(text).ToArray());

    [Theory]
    [InlineData("Солтүстік Атлант шарты ұйымы (НАТО)")]   // the initials do not spell НАТО
    [InlineData("Жоба. Energy Transition (ЕТ)")]         // the letters are not these words'
    public void Expansions_AreNotGuessed(string text) =>
        Assert.Empty(AcronymDetector.Expansions(text));
}
