using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void EveryCharacter_IsCasedAsDotNetCasesIt()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            Assert.Equal(char.ToLowerInvariant(c), InvariantCase.Lower(c));
            Assert.Equal(char.ToUpperInvariant(c), InvariantCase.Upper(c));
        }
    }

    [Theory]
    [InlineData("Қазақстан мен НАТО-ның ӘСКЕРИ")]
    [InlineData("already lower")]
    [InlineData("ÉCOLE Ⅻ ǅ")]
    [InlineData("Deseret \U00010400 and ЁЖ")]
    [InlineData("")]
    public void AString_IsCasedAsToLowerInvariantCasesIt(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), InvariantCase.ToLower(text));
    }

    [Fact]
    public void AStringAlreadyInLowerCase_IsGivenBackAsItIs()
    {
        var text = "қазақстан";

        Assert.Same(text, InvariantCase.ToLower(text));
    }
}
