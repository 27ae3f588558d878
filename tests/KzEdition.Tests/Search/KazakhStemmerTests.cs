using KzEdition.Search;

namespace KzEdition.Tests.Search;

public sealed class KazakhStemmerTests
{
    [Theory]
    [InlineData("ел", "елдер", "елдің", "елге", "елді", "елде", "елден", "елмен", "елдері", "елдерінің", "еліміз", "елімізде")]
    [InlineData("бағдарлама", "бағдарламасы", "бағдарламасын", "бағдарламасына", "бағдарламасында", "бағдарламасындағы", "бағдарламалары", "бағдарламаның")]
    [InlineData("кітап", "кітабы", "кітапты", "кітапқа", "кітаптар", "кітабын", "кітаппен")]
    [InlineData("ынтымақтастық", "ынтымақтастығы", "ынтымақтастықтың", "ынтымақтастықты", "ынтымақтастығын", "ынтымақтастыққа")]
    [InlineData("қауіпсіздік", "қауіпсіздігі", "қауіпсіздікті", "қауіпсіздігін", "қауіпсіздікке")]
    [InlineData("ақша", "ақшасы", "ақшаның", "ақшаға", "ақшасын")]
    [InlineData("жол", "жолдағы", "жолы", "жолдар", "жолында", "жолға")]
    [InlineData("халық", "халқы", "халқының", "халықтың", "халыққа")]
    [InlineData("бол", "болып", "болды", "болған", "болады", "болатын", "болуы", "болса", "болмайды", "болмады", "болмауы")]
    [InlineData("ет", "етеді", "ету", "етуге", "ететін", "етіп")]
    [InlineData("дам", "даму", "дамуы", "дамуына", "дамыған", "дамиды")]
    public void InflectedForms_MeetInOneStem(string stem, params string[] forms)
    {
        Assert.All(forms, form => Assert.Equal(stem, KazakhStemmer.Stem(form)));
    }

    [Theory]
    [InlineData("НАТО", "нато")]
    [InlineData("НАТО-ның", "нато")]
    [InlineData("НАТО-мен", "нато")]
    [InlineData("ИПАП", "ипап")]
    [InlineData("ИПАП-қа", "ипап")]
    [InlineData("ЕАӘК-ның", "еаәк")]
    [InlineData("ӘІЖЖ-нің", "әіжж")]
    [InlineData("ҚР", "қр")]
    public void Acronyms_AreOnlyLowerCased_AndLoseAHyphenatedEnding(string word, string stem)
    {
        Assert.Equal(stem, KazakhStemmer.Stem(word));
    }

    [Fact]
    public void AWordInCapitals_LongerThanAnAcronym_IsStemmedAsAWord()
    {
        Assert.Equal("қазақстан", KazakhStemmer.Stem("ҚАЗАҚСТАННЫҢ"));
    }

    [Theory]
    [InlineData("үшін")]
    [InlineData("кейін")]
    [InlineData("орын")]
    [InlineData("үлкен")]
    [InlineData("қарсы")]
    [InlineData("және")]
    [InlineData("екі")]
    [InlineData("Қазақстан")]
    [InlineData("Өзбекстан")]
    public void WordsThatOnlyLookInflected_StayWhole(string word)
    {
        Assert.Equal(word.ToLowerInvariant(), KazakhStemmer.Stem(word));
    }

    [Theory]
    [InlineData("екіге", "екі")]
    [InlineData("бірдің", "бір")]
    [InlineData("олардың", "ол")]
    public void Stripping_StopsAtAProtectedWord(string word, string stem)
    {
        Assert.Equal(stem, KazakhStemmer.Stem(word));
    }

    [Theory]
    [InlineData("кейінгі")]
    [InlineData("бұрынғы")]
    [InlineData("жылғы")]
    [InlineData("ішкі")]
    [InlineData("алдыңғы")]
    public void ARelativeAdjective_StaysWhole(string word)
    {
        Assert.Equal(word, KazakhStemmer.Stem(word));
    }

    [Theory]
    [InlineData("суы", "су")]
    [InlineData("ол", "ол")]
    [InlineData("ақ", "ақ")]
    [InlineData("ба", "ба")]
    [InlineData("тау", "тау")]
    public void AStem_NeverGoesBelowTwoLetters(string word, string stem)
    {
        Assert.Equal(stem, KazakhStemmer.Stem(word));
        Assert.True(KazakhStemmer.Stem(word).Length >= Math.Min(word.Length, KazakhStemmer.MinStemLength));
    }

    [Theory]
    [InlineData("үйлар", "үйлар")]
    [InlineData("үйлер", "үй")]
    [InlineData("жүректар", "жүректар")]
    [InlineData("жүректер", "жүрек")]
    public void ASuffix_WhoseVowelDisagreesWithTheStem_IsNotStripped(string word, string stem)
    {
        Assert.Equal(stem, KazakhStemmer.Stem(word));
    }

    [Theory]
    [InlineData("қатар", "қатар")]
    [InlineData("жылдың", "жыл")]
    [InlineData("жылның", "жылның")]
    [InlineData("Қазақстанның", "қазақстан")]
    [InlineData("Қазақстандың", "қазақстандың")]
    public void ASuffix_IsStrippedOnlyAfterTheLettersItsVariantFollows(string word, string stem)
    {
        Assert.Equal(stem, KazakhStemmer.Stem(word));
    }

    [Theory]
    [InlineData("штаб-пәтерінде", "штаб-пәтер")]
    [InlineData("әскери-саяси", "әскери-саяси")]
    [InlineData("1990-жылдары", "1990-жыл")]
    [InlineData("2003", "2003")]
    [InlineData("9-12", "9-12")]
    [InlineData("", "")]
    public void HyphenatedWordsAndNumbers(string word, string stem)
    {
        Assert.Equal(stem, KazakhStemmer.Stem(word));
    }

    [Fact]
    public void TheWord_IsReadInNfc_WithoutStressMarks()
    {
        var decomposed = "Қазақстанның".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("қазақстан", KazakhStemmer.Stem(decomposed));
        Assert.Equal("нато", KazakhStemmer.Stem("НА\u0301ТО-ның"));
    }

    [Fact]
    public void EveryWordOfTheCorpus_StemsToAPrefixOfItself_SaveForTheAlternations()
    {
        foreach (var word in RealCorpusWords.All)
        {
            var lower = KzEdition.Text.TextKey.Fold(word.Normalize(System.Text.NormalizationForm.FormC));
            var stem = KazakhStemmer.Stem(word);
            var head = stem.Length > 1 ? stem[..^1] : stem;
            Assert.True(lower.StartsWith(head, StringComparison.Ordinal) || RepairedElision(stem), $"{word} → {stem}");
            Assert.Equal(stem, KazakhStemmer.Stem(word));
        }
    }

    [Fact]
    public void ANullWord_IsAnError()
    {
        Assert.Throws<ArgumentNullException>(() => KazakhStemmer.Stem(null!));
    }

    /// <summary>A stem the lexicon gives by name: a restored vowel (халық), a pronoun (оның → ол), a verb's other stem (тауып → тап), a loanword's (ролі → рөл).</summary>
    private static bool RepairedElision(string stem) =>
        KazakhLexicon.ElidedStems.Values.Concat(KazakhLexicon.Pronouns.Values).Concat(KazakhLexicon.VerbAlternations.Values).Concat(KazakhLexicon.LoanwordStems.Values)
            .Any(full => stem.EndsWith(full, StringComparison.Ordinal));
}
