using CsCheck;
using KzEdition.Tests.Support;
using KzEdition.Tests.Text.Oracles;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

/// <summary>Folding into a buffer gives what <see cref="TextKey.Fold"/> gives, and Fold what it always gave (the oracle).</summary>
public sealed class TextKeyTests
{
    [Theory]
    [InlineData("НА\u0301ТО", "нато")]
    [InlineData("Қазақстан", "қазақстан")]
    [InlineData("ара\u0300сы", "арасы")]
    [InlineData("𐐀𐐨", "𐐨𐐨")]
    [InlineData("𐐀\u0301", "𐐀")]
    public void Fold_LowersAndDropsStressMarks(string text, string folded) => Assert.Equal(folded, TextKey.Fold(text));

    [Fact]
    public void FoldInto_OnEveryCharacter_EqualsFold()
    {
        var buffer = new char[8];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"а{(char)c}Б";
            Assert.Equal(TextKeyOracle.Fold(text), TextKey.Fold(text));
            Assert.Equal(TextKey.Fold(text), new string(buffer, 0, TextKey.FoldInto(text, buffer)));
        }
    }

    [Fact]
    public void FoldInto_OnGeneratedText_EqualsFold() =>
        ScannedTexts.Generated.Sample(text =>
        {
            var buffer = new char[text.Length];
            Assert.Equal(TextKeyOracle.Fold(text), TextKey.Fold(text));
            Assert.Equal(TextKey.Fold(text), new string(buffer, 0, TextKey.FoldInto(text, buffer)));
        }, iter: ScannedTexts.Iterations, print: text => text);
}
