using KzEdition.Engine.Memo;
using KzEdition.Indexing;
using KzEdition.Tests.Markdown;

namespace KzEdition.Tests.Indexing;

/// <summary>
/// The index's links find a run of text's mentions once and give them again from memory (the site's
/// page, the Latin page and the print edition write the same runs): what they give must be what
/// the matcher finds, for each language apart, and every query must still be logged for the preview.
/// </summary>
public sealed class IndexLinksTests
{
    private const string Text = "НАТО-ның Бас хатшысы Астанада. Еуропалық Одақ (ЕО) мен ЕҚЫҰ Орталық Азиядағы Назарбаевтың";

    [Fact]
    public void Matches_AreTheMatchersOwn_TheFirstTimeAndFromMemory()
    {
        var links = new IndexLinks(TestIndex.Index);
        var expected = TestIndex.Index.Mentions.Matches(Text, "kk");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, links.Matches(Text, "kk"));
        Assert.Equal(expected, links.Matches(Text, "kk"));
        Assert.Equal(expected, links.Matches(new string(Text.AsSpan()), "kk")); // an equal text, not the same string
    }

    [Fact]
    public void Matches_OfOneText_AreRememberedForEachLanguageApart()
    {
        const string text = "Астанада Назарбаевтың";
        var kazakh = TestIndex.Index.Mentions.Matches(text, "kk");
        var russian = TestIndex.Index.Mentions.Matches(text, "ru");
        Assert.NotEqual(kazakh, russian); // the case this test is about: Russian endings are not Kazakh ones

        var links = new IndexLinks(TestIndex.Index);
        Assert.Equal(kazakh, links.Matches(text, "kk"));
        Assert.Equal(russian, links.Matches(text, "ru"));
        Assert.Equal(kazakh, links.Matches(text, "kk"));
    }

    [Fact]
    public void Matches_FromMemory_AreStillLogged_ForThePreviewToCheck()
    {
        var links = new IndexLinks(TestIndex.Index);
        links.Matches(Text, "kk"); // remembered now
        var log = new ObservationLog();
        var observed = (IndexLinks)links.ObservedBy(log);

        Assert.Equal(links.Matches(Text, "kk"), observed.Matches(Text, "kk"));
        Assert.Contains(log.Entries, e => (string)e.Key == Text);
    }
}
