using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class WordEvidenceTests
{
    [Fact]
    public void From_TakesTheWordsInsideLines()
    {
        var evidence = WordEvidence.From(["Қазақстан мен НАТО арасындағы ынтымақтастық дамыды."]);

        Assert.True(evidence.Contains("мен"));
        Assert.True(evidence.Contains("арасындағы"));
        Assert.True(evidence.Contains("ынтымақтастық"));
    }

    [Fact]
    public void From_TakesTheFirstWordOfALineWhenItIsCapitalised()
    {
        Assert.True(WordEvidence.From(["Қазақстан тәуелсіз мемлекет болды."]).Contains("Қазақстан"));
    }

    [Fact]
    public void From_DoesNotTakeTheLastWordOfALine()
    {
        var evidence = WordEvidence.From(["Мемлекеттік бағдарлама\nжаңа кезеңге өтті."]);

        Assert.False(evidence.Contains("бағдарлама"));
        Assert.True(evidence.Contains("мемлекеттік"));
    }

    [Fact]
    public void From_DoesNotTakeTheLastWordOfALineFollowedBySpaces()
    {
        Assert.False(WordEvidence.From(["Мемлекеттік бағдарлама   \n"]).Contains("бағдарлама"));
    }

    [Fact]
    public void From_DoesNotTakeTheHalfOfAWordCutByAHyphenAtTheLineEnd()
    {
        // "бағдар-" ends the line: it is the first half of a split word, not a word of the corpus.
        var evidence = WordEvidence.From(["Мемлекеттік бағдар-\nламасындағы өзгерістер туралы."]);

        Assert.False(evidence.Contains("бағдар"));
    }

    [Fact]
    public void From_DoesNotTakeALowerCaseWordThatStartsALine()
    {
        // "ламасындағы" may be the second half of a word split across lines.
        var evidence = WordEvidence.From(["Мемлекеттік бағдар-\nламасындағы өзгерістер туралы."]);

        Assert.False(evidence.Contains("ламасындағы"));
        Assert.True(evidence.Contains("өзгерістер"));
    }

    [Fact]
    public void From_TakesAWordFollowedByPunctuationAtTheLineEnd()
    {
        var evidence = WordEvidence.From(["Бұл маңызды қадам болды.\nКелісімге қол қойылды,"]);

        Assert.True(evidence.Contains("болды"));
        Assert.True(evidence.Contains("қойылды"));
    }

    [Fact]
    public void From_LowerCasesTheWords()
    {
        var evidence = WordEvidence.From(["Біз ҚАЗАҚСТАН мен Әлеуметтік саясат туралы айттық."]);

        Assert.True(evidence.Contains("қазақстан"));
        Assert.True(evidence.Contains("әлеуметтік"));
        Assert.True(evidence.Contains("ӘЛЕУМЕТТІК"));
    }

    /// <summary>A hyphenated word is a word whole, and a compound under any ending; its parts are words only where the text writes them alone.</summary>
    [Fact]
    public void From_TakesAHyphenatedWordWholeAndAsACompound_NotItsPartsAsWords()
    {
        var evidence = WordEvidence.From(["Елдің әлеуметтік-экономикалық дамуы мен қару-жарақ қоры, НАТО-ның жоспары."]);

        Assert.True(evidence.Contains("әлеуметтік-экономикалық"));
        Assert.True(evidence.Contains("қару-жарақ"));
        Assert.True(evidence.ContainsCompound("қару", "жарақтың"));
        Assert.True(evidence.ContainsCompound("әлеуметтік", "экономикалық"));
        Assert.False(evidence.ContainsCompound("қару", "құрал"));
        Assert.False(evidence.Contains("қару"));
        Assert.False(evidence.Contains("ның"));
        Assert.False(evidence.Contains("әлеуметтікэкономикалық"));
    }

    [Fact]
    public void From_IgnoresStressMarks()
    {
        var evidence = WordEvidence.From(["Бұл НА\u0301ТО-ның жаңа рөлі еді."]);

        Assert.True(evidence.Contains("нато-ның"));
        Assert.True(evidence.Contains("НАТО-ның"));
        Assert.True(evidence.Contains("НА\u0301ТО-ның"));
        Assert.True(evidence.ContainsCompound("НА\u0301ТО", "ның"));
    }

    [Fact]
    public void From_CollectsTheWordsOfEveryText()
    {
        var evidence = WordEvidence.From(["Бірінші мәтін аяқталды.", "Екінші мәтін басталды."]);

        Assert.True(evidence.Contains("бірінші"));
        Assert.True(evidence.Contains("екінші"));
    }

    [Fact]
    public void Empty_ContainsNothing()
    {
        Assert.False(WordEvidence.Empty.Contains("қазақ"));
        Assert.False(WordEvidence.From(Array.Empty<string>()).Contains("қазақ"));
        Assert.False(WordEvidence.From(["", "\n\n"]).Contains(""));
    }

    /// <summary>
    /// An update keeps the words' order by merging what changed into the order it had (a sort of the
    /// whole vocabulary at every edit would cost the preview): after any run of updates, the order and
    /// the answers about words' beginnings are those of the evidence built from nothing.
    /// </summary>
    [Fact]
    public void Update_KeepsTheWordsInOrder_AsTheEvidenceBuiltFromNothing()
    {
        var random = new Random(20261206);
        string[] pool = ["бағдарлама", "бағдарламасы", "бағдарламаның", "қару-жарақ", "қару-жарақтың", "НАТО-ның", "әскери", "әскери-саяси", "ынтымақтастық", "ынтымақтастықты", "жаңа", "жаңалық", "кеңес", "кеңесі", "Қазақстан", "Қазақстанның"];
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => pool[random.Next(pool.Length)])) + " соңы.";

        var sources = Enumerable.Range(0, 6).Select(_ => SourceVocabulary.Of(Text())).ToList();
        var evidence = WordEvidence.From(sources);
        for (var step = 0; step < 40; step++)
        {
            _ = evidence.ContainsWordStartingWith("бағ"); // the order made, so that the next update merges into it
            var at = random.Next(sources.Count);
            var replacement = SourceVocabulary.Of(Text());
            evidence = evidence.Update([sources[at]], [replacement]);
            sources[at] = replacement;

            var fresh = WordEvidence.From(sources);
            Assert.Equal(fresh.OrderedWords, evidence.OrderedWords);
            foreach (var prefix in new[] { "бағдарлама", "қаружа", "қару-жар", "әскерис", "жаңал", "кеңесі", "қазақстанн" })
            {
                Assert.Equal(fresh.ContainsWordStartingWith(prefix), evidence.ContainsWordStartingWith(prefix));
            }
        }
    }
}
