using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class DocumentTests
{
    private static readonly Key<string> Title = new("Title");
    private static readonly Key<string> Lang = new("Lang");
    private static readonly Key<bool> InSitemap = new("InSitemap");
    private static readonly Key<int> Count = new("Count");

    [Fact]
    public void Create_GivesADocumentWithItsPathsAndNoMetadata()
    {
        var document = Document.Create("input/a.md", "a/index.html");

        Assert.Equal("input/a.md", document.Source);
        Assert.Equal("a/index.html", document.Destination);
        Assert.Empty(document.Keys);
    }

    [Fact]
    public void With_ReturnsACopyWithTheValueAndLeavesTheOriginalUnchanged()
    {
        var original = Document.Create("a.md", null);

        var changed = original.With(Title, "Қазақстан");

        Assert.Equal("Қазақстан", changed.Get(Title));
        Assert.False(original.Has(Title));
    }

    [Fact]
    public void With_WhenTheKeyIsAlreadySet_ReplacesTheValueInTheCopyOnly()
    {
        var first = Document.Create("a.md", null).With(Lang, "kk");

        var second = first.With(Lang, "ru");

        Assert.Equal("kk", first.Get(Lang));
        Assert.Equal("ru", second.Get(Lang));
        Assert.Single(second.Keys);
    }

    [Fact]
    public void With_TheSameValueObject_GivesTheSameDocument()
    {
        var document = Document.Create("a.md", null).With(Lang, "kk");

        Assert.Same(document, document.With(Lang, document.Get(Lang)));
    }

    [Fact]
    public void WithDestinationAndWithSource_ReturnCopiesAndKeepTheRest()
    {
        var original = Document.Create("a.md", null).With(Title, "T");

        var moved = original.WithDestination("a/index.html").WithSource("b.md");

        Assert.Equal(("b.md", "a/index.html", "T"), (moved.Source, moved.Destination, moved.Get(Title)));
        Assert.Equal(("a.md", (string?)null), (original.Source, original.Destination));
    }

    [Fact]
    public void WithDestination_WhenGivenNull_MakesADocumentThatIsNotWritten()
    {
        Assert.Null(Document.Create("a.md", "a.html").WithDestination(null).Destination);
    }

    [Fact]
    public void WithoutContent_DropsTheContentKeysOnly()
    {
        var document = Document.Create("a.md", "a.html").With(Keys.Text, "<p>").With(Title, "T");

        var released = document.WithoutContent();

        Assert.False(released.Has(Keys.Text));
        Assert.Equal("T", released.Get(Title));
    }

    [Fact]
    public void Has_IsTrueOnlyForKeysThatWereSet()
    {
        var document = Document.Create(null, "x.html").With(InSitemap, false);

        Assert.True(document.Has(InSitemap));
        Assert.False(document.Has(Title));
    }

    [Fact]
    public void Keys_AreComparedByIdentity_NotByName()
    {
        var another = new Key<string>("Title");

        var document = Document.Create(null, null).With(Title, "one");

        Assert.False(document.Has(another));
    }

    [Fact]
    public void Get_WhenTheKeyIsMissing_ThrowsNamingTheKeyAndTheDocumentSource()
    {
        var document = Document.Create("input/sources/001.txt", "a/index.html");

        var ex = Assert.Throws<KeyNotFoundException>(() => document.Get(Title));

        Assert.Contains("'Title'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("input/sources/001.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_WhenTheDocumentHasNoSource_NamesItsDestination()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Document.Create(null, "sitemap.xml").Get(Title));

        Assert.Contains("sitemap.xml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetOrDefault_WhenTheKeyIsMissing_ReturnsTheFallbackOrNull()
    {
        var document = Document.Create(null, null);

        Assert.Null(document.GetOrDefault(Title));
        Assert.Equal(7, document.GetOrDefault(Count, 7));
        Assert.Equal(3, document.With(Count, 3).GetOrDefault(Count, 7));
    }

    [Theory]
    [InlineData("input/a.md", "a/index.html", "input/a.md")]
    [InlineData(null, "a/index.html", "a/index.html")]
    [InlineData(null, null, "(generated document)")]
    public void DisplayName_IsTheSourceElseTheDestination(string? source, string? destination, string expected)
    {
        Assert.Equal(expected, Document.Create(source, destination).DisplayName);
    }
}
