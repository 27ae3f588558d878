using System.Text;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

/// <summary>The composition table against .NET's NFC (this test process has ICU; a build with invariant globalization has not, and uses the table alone).</summary>
public sealed class LatinCompositionTests
{
    [Fact]
    public void EveryTriple_ComposesAsNfcDoes()
    {
        for (var i = 0; i < LatinComposition.Triples.Length; i += 3)
        {
            var pair = LatinComposition.Triples.Substring(i, 2);
            Assert.Equal(pair.Normalize(NormalizationForm.FormC), LatinComposition.Compose(pair));
            Assert.Equal(LatinComposition.Triples[i + 2].ToString(), pair.Normalize(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void TheTable_HoldsEveryLetterAndMarkOfTheLatinBlocksThatNfcComposes()
    {
        var composites = new HashSet<char>(LatinComposition.Triples.Where((_, i) => i % 3 == 2));
        for (var c = '\u00C0'; c <= '\u1EFF'; c++)
        {
            if (c is > '\u024F' and < '\u1E00')
            {
                continue;
            }

            var nfd = c.ToString().Normalize(NormalizationForm.FormD);
            var single = nfd.Length >= 2 && nfd[^1] is >= '\u0300' and <= '\u036F' ? nfd[..^1].Normalize(NormalizationForm.FormC) + nfd[^1] : null;
            if (single is { Length: 2 } && single.Normalize(NormalizationForm.FormC) == c.ToString())
            {
                Assert.Contains(c, composites);
            }
        }
    }

    [Theory]
    [InlineData("NA\u0301TO")]                 // the stress of НА́ТО in Latin
    [InlineData("u\u0308\u0301")]              // ü, then ǘ
    [InlineData("A\u0323\u0302")]              // a mark below, then one above: Ậ
    [InlineData("i\u0307")]                    // i and a dot above: no single character
    [InlineData("q\u0301 \u0301")]             // no composite, and a mark after a space
    [InlineData("Qazaqstan")]
    public void Text_WithMarksInCanonicalOrder_IsWhatNfcMakesOfIt(string text) =>
        Assert.Equal(text.Normalize(NormalizationForm.FormC), LatinComposition.Compose(text));
}
