using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>The Snowball Russian stemmer; the vectors file holds the official Snowball outputs it must match.</summary>
public sealed class RussianStemmerTests
{
    [Theory]
    [InlineData("президент", "президент", "президента", "президенту", "президентом", "президенте", "президенты", "президентов")]
    [InlineData("безопасн", "безопасность", "безопасности", "безопасностью")]
    [InlineData("организац", "организация", "организации", "организацию", "организацией", "организаций")]
    public void InflectedForms_MeetInOneStem(string stem, params string[] forms)
    {
        Assert.All(forms, form => Assert.Equal(stem, RussianStemmer.Stem(form)));
    }

    [Theory]
    [InlineData("выдумывая", "выдумыв")]      // perfective gerund group 1 needs а/я, which stays
    [InlineData("выздоровевший", "выздоровевш")]
    [InlineData("переходящее", "переходя")]   // adjectival: adjective, then participle -щ after я
    [InlineData("перинное", "перин")]         // step 4: -нн undoubled
    [InlineData("красивейшая", "красив")]     // superlative -ейш
    [InlineData("выбрось", "выбр")]           // soft sign removed
    [InlineData("вый", "вы")]
    public void EachStep_AsTheAlgorithmDescribesIt(string word, string stem)
    {
        Assert.Equal(stem, RussianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("ещё", "ещ")]
    [InlineData("ЁЛКА", "елк")]
    [InlineData("", "")]
    [InlineData("NATO", "nato")]
    public void LetterCase_Yo_AndNonCyrillicWords(string word, string stem)
    {
        Assert.Equal(stem, RussianStemmer.Stem(word));
    }
}
