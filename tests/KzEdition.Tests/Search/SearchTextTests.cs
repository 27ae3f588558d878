using System.Text;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

public sealed class SearchTextTests
{
    /// <summary>
    /// <see cref="SearchText.IsPlainNfc"/> lets a word skip normalisation. A text of characters
    /// each its own NFC, none a combining mark and no two composing, is its own NFC: composition
    /// only joins a character to the one before it, so every character and every pair of them,
    /// asked of ICU here, proves it for words of any length.
    /// </summary>
    [Fact]
    public void PlainCharacters_AreTheirOwnNfc_AloneAndInEveryPair()
    {
        var plain = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => SearchText.IsPlainNfc([c])).ToArray();
        var changed = new List<string>();
        foreach (var a in plain)
        {
            if (a.ToString().Normalize(NormalizationForm.FormC) != a.ToString())
            {
                changed.Add($"U+{(int)a:X4}");
            }

            foreach (var b in plain)
            {
                var pair = string.Concat(a, b);
                if (pair.Normalize(NormalizationForm.FormC) != pair)
                {
                    changed.Add($"U+{(int)a:X4} U+{(int)b:X4}");
                }
            }
        }

        Assert.Contains('ә', plain);
        Assert.Contains('Ӏ', plain);
        Assert.DoesNotContain('\u0301', plain);
        Assert.DoesNotContain('\u0483', plain);
        Assert.Empty(changed);
    }

    [Theory]
    [InlineData("НА\u0301ТО", "НАТО")]
    [InlineData("и\u0306гі", "йгі")]
    [InlineData("Қазақстан", "Қазақстан")]
    [InlineData("е\u0308\u0300л", "ёл")]
    public void Prepare_GivesNfcWithoutStressMarks(string word, string prepared) =>
        Assert.Equal(prepared, SearchText.Prepare(word));
}
