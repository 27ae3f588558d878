using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class WordSearchTests
{
    [Theory]
    [InlineData("НАТО-ның Бас хатшысы", "НАТО")]
    [InlineData("Назарба́ев сапары", "Назарбаев")] // a stress mark, which keys drop
    [InlineData("Бас хатшы НАЗАРБАЕВ", "Назарбаев")]
    [InlineData("ҚЖБА алаңы", "ҚЖБА")]
    [InlineData("İstanbul sapary", "İstanbul")]
    public void AWordsKeyIsFound_WhereverTheWordIs(string text, string word)
    {
        var key = WordTokens.KeyOf(word);

        Assert.True(WordSearch.AnyIn(WordSearch.SearchText(text), [key]), $"{key} in {text}");
    }

    [Fact]
    public void AbsentWordsAreNotFound_AndAPlainTextIsSearchedAsItIs()
    {
        const string text = "Қазақстан мен НАТО ынтымақтастығы";

        Assert.Same(text, WordSearch.SearchText(text));
        Assert.False(WordSearch.AnyIn(text, ["қжба", "ұқшұ"]));
        Assert.True(WordSearch.AnyIn(text, ["ұқшұ", ""])); // an empty key: anything may match
    }
}
