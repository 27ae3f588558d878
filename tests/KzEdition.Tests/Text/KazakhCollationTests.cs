using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class KazakhCollationTests
{
    [Fact]
    public void Compare_FollowsTheKazakhAlphabet_ThenLatin()
    {
        string[] words = ["ISAF", "Өзбекстан", "Ауғанстан", "Әріптестік", "Бельгия", "Қытай", "Кавказ", "Ұлыбритания", "Үкімет", "Іле", "Ырғыз", "2001", "Яниз"];

        var sorted = words.Order(KazakhCollation.Instance).ToArray();

        Assert.Equal(["2001", "Ауғанстан", "Әріптестік", "Бельгия", "Кавказ", "Қытай", "Өзбекстан", "Ұлыбритания", "Үкімет", "Ырғыз", "Іле", "Яниз", "ISAF"], sorted);
    }

    [Fact]
    public void Compare_IgnoresCaseAndStressMarks_ExceptToBreakTies()
    {
        Assert.True(KazakhCollation.Instance.Compare("нато", "НАТО") != 0);
        Assert.True(KazakhCollation.Instance.Compare("НА\u0301ТО", "НАТОның") < 0);
        Assert.True(KazakhCollation.Instance.Compare("абв", "АБГ") < 0);
    }

    [Theory]
    [InlineData("Әуезов", "Ә")]
    [InlineData("ISAF", "I")]
    [InlineData("1949", "0–9")]
    public void Initial_IsTheSectionLetterOfAnIndex(string word, string expected) =>
        Assert.Equal(expected, KazakhCollation.Initial(word));
}
