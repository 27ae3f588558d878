using KzEdition.Indexing;

namespace KzEdition.Tests.Indexing;

public sealed class PersonDetectorTests
{
    [Theory]
    [InlineData("Президент Н.Ә. Назарбаевтың сапары", "Н.Ә. Назарбаев")]
    [InlineData("Н.Назарбаевқа хат", "Н. Назарбаев")]
    [InlineData("лорд Дж. Робертсонмен кездесу", "Дж. Робертсон")]
    [InlineData("Х.Дж.Маккиндер теориясы", "Х.Дж. Маккиндер")]
    [InlineData("Х.Дж.Макиндердің ойы", "Х.Дж. Макиндер")]
    [InlineData("Н.Спайкмен пікірі", "Н. Спайкмен")]
    [InlineData("Л.Т. Исова", "Л.Т. Исова")]
    [InlineData("Х. Солананың сапары", "Х. Солана")]
    public void Find_GivesInitialsAndSurnameWithoutCaseEnding(string text, string expected) =>
        Assert.Equal([expected], PersonDetector.Find(text).Select(p => p.Name).ToArray());

    [Theory]
    [InlineData("1994 ж. Қазақстан қосылды")]  // a lower-case abbreviation is no initial
    [InlineData("ҚР. Президенті")]             // capitals are an acronym, not initials
    [InlineData("т.б. Ресей")]
    public void Find_TakesNoAbbreviationForAnInitial(string text) =>
        Assert.Empty(PersonDetector.Find(text));
}
