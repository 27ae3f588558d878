using System.Text.RegularExpressions;
using CsCheck;
using KzEdition.Cleaning;
using KzEdition.Tests.Cleaning.Oracles;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// The inline breaks found by hyphens, and the spaces collapsed by hand, are what the regexes they
/// replaced (the oracles) found and made: the same text, the same breaks reported with the same
/// decisions, on every character in every place of a break, the real corpus and generated text.
/// </summary>
public sealed partial class LineJoinerOracleTests
{
    private static readonly WordEvidence Evidence = WordEvidence.From(ScannedTexts.Real.Select(t => t.Text));

    [Fact]
    public void RepairInlineBreaks_OnEveryCharacterInEveryPlace_EqualsTheOracle()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { $"а{ch}- б", $"а-{ch}б", $"а- {ch}б", $"{ch}а- б", $"а- б{ch}- в", $"{ch}- ж{ch}", $"а- б- в{ch}" })
            {
                AssertSame(text, WordEvidence.Empty);
            }
        }
    }

    [Fact]
    public void RepairInlineBreaks_OnTheRealCorpus_EqualsTheOracle()
    {
        foreach (var (_, text) in ScannedTexts.Real)
        {
            AssertSame(text, Evidence);
            foreach (var line in text.Split('\n'))
            {
                AssertSame(line, Evidence);
            }
        }
    }

    [Fact]
    public void RepairInlineBreaks_OnGeneratedText_EqualsTheOracle() =>
        ScannedTexts.Generated.Sample(text => AssertSame(text, Evidence), iter: ScannedTexts.Iterations, print: text => text);

    [Fact]
    public void CollapseSpaces_EqualsTheRegexReplace()
    {
        foreach (var (_, text) in ScannedTexts.Real)
        {
            Assert.Equal(Spaces().Replace(text, " "), SourceCleaner.CollapseSpaces(text));
        }

        foreach (var text in new[] { "", " ", "  ", "\t", "a \tb", "a\u00A0 b ", " a  b\t\tc\u00A0", "a b c" })
        {
            Assert.Equal(Spaces().Replace(text, " "), SourceCleaner.CollapseSpaces(text));
        }

        ScannedTexts.Generated.Sample(text => Assert.Equal(Spaces().Replace(text, " "), SourceCleaner.CollapseSpaces(text)), iter: ScannedTexts.Iterations, print: text => text);
    }

    private static void AssertSame(string text, WordEvidence evidence)
    {
        var (expectedReports, actualReports) = (new List<(string, HyphenDecision)>(), new List<(string, HyphenDecision)>());
        var expected = LineJoinerOracle.RepairInlineBreaks(text, (head, tail) => LineJoiner.Decide(head, tail, evidence), (what, decision) => expectedReports.Add((what, decision)));
        var actual = LineJoiner.RepairInlineBreaks(text, evidence, (what, decision) => actualReports.Add((what, decision)));
        Assert.Equal(expected, actual);
        Assert.Equal(expectedReports, actualReports);
    }

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}
