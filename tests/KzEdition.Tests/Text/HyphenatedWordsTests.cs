using System.Text.RegularExpressions;
using CsCheck;
using KzEdition.Tests.Support;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

/// <summary>
/// The word scanner finds exactly the matches of the two regexes it replaced (the oracles): on every
/// character of the BMP in the places a word's characters take, on the real corpus, and on generated text.
/// </summary>
public sealed partial class HyphenatedWordsTests
{
    [Theory]
    [InlineData("Қазақстан мен НАТО-ның қару-жарақ", new[] { "Қазақстан", "мен", "НАТО-ның", "қару-жарақ" })]
    [InlineData("НАТО- ның бағдарла-\nмасы", new[] { "НАТО", "ның", "бағдарла", "масы" })]
    [InlineData("НА\u0301ТО \u0301мен 1990-жылы", new[] { "НА\u0301ТО", "мен", "жылы" })]
    [InlineData("--а--б- -", new[] { "а", "б" })]
    public void NextWord_FindsLettersAndMarks_HyphenatedPartsJoined(string text, string[] words) =>
        Assert.Equal(words, Words(text, numbers: false));

    [Fact]
    public void NextWordOrNumber_TakesNumbersAsLetters() =>
        Assert.Equal(["1990-жылы", "²", "НАТО-2"], Words("1990-жылы ² НАТО-2", numbers: true));

    [Fact]
    public void Next_OnEveryCharacterInEveryPlace_MatchesTheRegexes()
    {
        // Each character as a word's first, inner and hyphenated character, and after a mark.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { $"{ch}", $"а{ch}б", $"а-{ch}", $"{ch}-а", $"1{ch}", $"\u0301{ch}", $"а{ch}-{ch}" })
            {
                Assert.Equal(Oracle(text, numbers: false), Words(text, numbers: false));
                Assert.Equal(Oracle(text, numbers: true), Words(text, numbers: true));
            }
        }
    }

    [Fact]
    public void Next_OnTheRealCorpus_MatchesTheRegexes()
    {
        foreach (var (name, text) in ScannedTexts.Real)
        {
            Assert.True(Oracle(text, numbers: false).SequenceEqual(Words(text, numbers: false)), name);
            Assert.True(Oracle(text, numbers: true).SequenceEqual(Words(text, numbers: true)), name);
        }
    }

    [Fact]
    public void Next_OnGeneratedText_MatchesTheRegexes() =>
        ScannedTexts.Generated.Sample(text =>
        {
            Assert.Equal(Oracle(text, numbers: false), Words(text, numbers: false));
            Assert.Equal(Oracle(text, numbers: true), Words(text, numbers: true));
        }, iter: ScannedTexts.Iterations, print: text => text);

    private static List<string> Words(string text, bool numbers)
    {
        var words = new List<string>();
        for (var at = 0; numbers ? HyphenatedWords.NextWordOrNumber(text, at, out var start, out var end) : HyphenatedWords.NextWord(text, at, out start, out end); at = end)
        {
            words.Add(text[start..end]);
        }

        return words;
    }

    private static List<string> Oracle(string text, bool numbers) =>
        [.. (numbers ? WordOrNumber() : Word()).Matches(text).Select(m => m.Value)];

    /// <summary>The pattern of a corpus word, as WordEvidence and the vocabulary had it.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*")]
    private static partial Regex Word();

    /// <summary>The pattern of a witness's word, as the signature had it.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*)*")]
    private static partial Regex WordOrNumber();
}
