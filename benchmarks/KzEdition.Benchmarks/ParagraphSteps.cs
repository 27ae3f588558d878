using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KzEdition.Indexing;
using KzEdition.Search;
using KzEdition.Tests.Indexing.Oracles;
using KzEdition.Tests.Search.Oracles;

namespace KzEdition.Benchmarks;

/// <summary>
/// The two per-paragraph steps of a build, over every real running paragraph in its article's
/// language: search terms (<see cref="SearchParagraph.Of"/>, the StemParagraphs module) and index
/// facts (<see cref="EditionIndexBuilder.FactsOf"/>, DetectIndexFacts). Each beside the code it
/// replaced (the test project's oracles, linked in), so old and new are measured in one run on a
/// busy machine. A synthetic article has eight such paragraphs: 1,000 articles stem about 8,000.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParagraphSteps
{
    private (string Text, string Lang)[] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        _paragraphs = [.. SyntheticEdition.RealParagraphsWithLanguage()];
        Console.WriteLine($"// Input: {_paragraphs.Length} paragraphs, {_paragraphs.Sum(p => p.Text.Split(' ').Length):N0} words");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("SearchTerms")]
    public int SearchTermsBefore()
    {
        var terms = 0;
        foreach (var (text, lang) in _paragraphs)
        {
            terms += SearchParagraphOracle.Of(text, lang).Terms.Length;
        }

        return terms;
    }

    [Benchmark]
    [BenchmarkCategory("SearchTerms")]
    public int SearchTerms()
    {
        var terms = 0;
        foreach (var (text, lang) in _paragraphs)
        {
            terms += SearchParagraph.Of(text, lang).Terms.Length;
        }

        return terms;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("IndexFacts")]
    public int IndexFactsBefore()
    {
        var facts = 0;
        foreach (var (text, _) in _paragraphs)
        {
            var found = ParagraphFactsOracle.FactsOf(text);
            facts += found.Acronyms.Length + found.Persons.Length + found.Events.Length;
        }

        return facts;
    }

    [Benchmark]
    [BenchmarkCategory("IndexFacts")]
    public int IndexFacts()
    {
        var facts = 0;
        foreach (var (text, _) in _paragraphs)
        {
            var found = EditionIndexBuilder.FactsOf(text);
            facts += found.Acronyms.Length + found.Persons.Length + found.Events.Length;
        }

        return facts;
    }
}
