using CsCheck;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class HyphenationTests
{
    private static string Shown(string text) => text.Replace(Hyphenation.SoftHyphen, '|');

    [Theory]
    [InlineData("ынтымақтастығының", "ын|ты|мақ|тас|ты|ғы|ның")]
    [InlineData("Назарбаев", "На|зар|баев")]
    [InlineData("сотрудничества", "сот|руд|ни|чества")]
    [InlineData("бағдарлама", "бағ|дар|лама")]
    [InlineData("елдің", "ел|дің")]
    [InlineData("жылы", "жылы")] // too short to break
    public void Insert_BreaksBeforeTheConsonantThatOpensASyllable_LeavingTwoLettersBeforeAndThreeAfter(string word, string expected) =>
        Assert.Equal(expected, Shown(Hyphenation.Insert(word)));

    [Theory]
    [InlineData("НАТО-ның")] // an acronym and its ending
    [InlineData("ҰҚШҰ")]
    [InlineData("Partnership")] // Latin: not ours to break
    [InlineData("CO2-шығарындылары1")] // glued to a digit
    [InlineData("http://www.mfa.gov.tr/")]
    [InlineData("1994")]
    public void Insert_LeavesAcronymsLatinWordsAndWordsGluedToDigitsWhole(string text) =>
        Assert.Equal(text, Hyphenation.Insert(text));

    [Fact]
    public void Insert_KeepsEveryCharacterOfTheText_AndPutsNoHyphenTwiceOrAtAWordsEdge()
    {
        Gen.String[Gen.Char["абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі ҚАЗ-.,1"], 0, 200].Sample(text =>
        {
            var hyphenated = Hyphenation.Insert(text);
            Assert.Equal(text, Hyphenation.Remove(hyphenated)); // nothing lost or added but soft hyphens
            for (var i = 0; i < hyphenated.Length; i++)
            {
                if (hyphenated[i] == Hyphenation.SoftHyphen)
                {
                    // Two letters at least before it (since the last break or the word's start), three to the word's end.
                    Assert.True(i >= 2 && char.IsLetter(hyphenated[i - 1]) && char.IsLetter(hyphenated[i - 2]), Shown(hyphenated));
                    Assert.True(hyphenated[(i + 1)..].TakeWhile(c => char.IsLetter(c) || c == Hyphenation.SoftHyphen).Count(char.IsLetter) >= 3, Shown(hyphenated));
                }
            }
        }, iter: 2000);
    }
}
