using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class NominalEndingsTests
{
    [Theory]
    [InlineData("ның")]      // Қазақстан·ның
    [InlineData("ға")]       // Қазақстан·ға
    [InlineData("дағы")]     // Ауғанстан·дағы
    [InlineData("ы")]        // Республика·сы? no: possessive after consonant
    [InlineData("сының")]    // Азия·сының
    [InlineData("сындағы")]  // Азия·сындағы
    [InlineData("лардың")]   // plural + genitive
    [InlineData("ларының")]  // plural + possessive + genitive
    [InlineData("мен")]
    [InlineData("нан")]
    [InlineData("")]
    public void IsInflection_AcceptsKazakhNominalEndings(string rest) =>
        Assert.True(NominalEndings.IsInflection(rest, "kk"));

    [Theory]
    [InlineData("лық")]      // Еуропа·лық: derivation, "European"
    [InlineData("лік")]
    [InlineData("шы")]
    [InlineData("ша")]
    [InlineData("ныңға")]    // two cases in a row
    [InlineData("xyz")]
    [InlineData("ныңныңныңның")] // longer than any ending
    public void IsInflection_RejectsDerivationsAndNonsense(string rest) =>
        Assert.False(NominalEndings.IsInflection(rest, "kk"));

    [Theory]
    [InlineData("а", true)]
    [InlineData("ом", true)]
    [InlineData("ами", true)]
    [InlineData("ский", false)]
    public void IsInflection_InRussian_AcceptsCaseEndingsOnly(string rest, bool expected) =>
        Assert.Equal(expected, NominalEndings.IsInflection(rest, "ru"));

    [Theory]
    [InlineData("Назарбаев", "тың", true)]  // voiceless в → т
    [InlineData("Назарбаев", "қа", true)]
    [InlineData("Солана", "ның", true)]     // vowel → н
    [InlineData("Робертсон", "мен", true)]  // н → м
    [InlineData("Вернер", "дің", true)]     // р → д
    [InlineData("Спайк", "мен", false)]     // after к it would be -пен: Спайкмен is a name
    [InlineData("Маккин", "дер", false)]    // not a case ending at all
    [InlineData("Вернер", "тің", false)]
    public void IsCaseEndingAfter_ChecksTheConsonantTheStemCallsFor(string stem, string ending, bool expected) =>
        Assert.Equal(expected, NominalEndings.IsCaseEndingAfter(stem, ending));
}
