using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class DocumentTests
{
    [Fact]
    public void Create_GivesADocumentWithItsPathsContentAndNoMetadata()
    {
        var document = Document.Create("input/a.md", "a/index.html", "text");

        Assert.Equal("input/a.md", document.Source);
        Assert.Equal("a/index.html", document.Destination);
        Assert.Equal("text", document.Content);
        Assert.Empty(document.Metadata);
        Assert.Null(document.Bytes);
    }

    [Fact]
    public void With_ReturnsACopyWithTheValueAndLeavesTheOriginalUnchanged()
    {
        var original = Document.Create("a.md", null, "text");

        var changed = original.With(Keys.Title, "Абай");

        Assert.NotSame(original, changed);
        Assert.Equal("Абай", changed.Get<string>(Keys.Title));
        Assert.False(original.Has(Keys.Title));
        Assert.Empty(original.Metadata);
    }

    [Fact]
    public void With_WhenTheKeyIsAlreadySet_ReplacesTheValueInTheCopyOnly()
    {
        var first = Document.Create("a.md", null, "text").With(Keys.Lang, "kk");

        var second = first.With(Keys.Lang, "ru");

        Assert.Equal("ru", second.Get<string>(Keys.Lang));
        Assert.Equal("kk", first.Get<string>(Keys.Lang));
        Assert.Single(second.Metadata);
    }

    [Fact]
    public void WithContentAndWithDestination_ReturnCopiesAndKeepTheRest()
    {
        var original = Document.Create("a.md", "a.html", "old").With(Keys.Layout, "article") with { Bytes = new byte[] { 1, 2 } };

        var changed = original.WithContent("new").WithDestination("b.html");

        Assert.Equal(("old", "a.html"), (original.Content, original.Destination));
        Assert.Equal(("new", "b.html", "a.md"), (changed.Content, changed.Destination, changed.Source));
        Assert.Equal("article", changed.Get<string>(Keys.Layout));
        Assert.Equal(new byte[] { 1, 2 }, changed.Bytes!.Value.ToArray());
    }

    [Fact]
    public void WithDestination_WhenGivenNull_MakesADocumentThatIsNotWritten()
    {
        var document = Document.Create("a.md", "a.html", "text").WithDestination(null);

        Assert.Null(document.Destination);
    }

    [Fact]
    public void Has_IsTrueOnlyForKeysThatWereSet()
    {
        var document = Document.Create("a.md", null, "").With(Keys.InSitemap, false);

        Assert.True(document.Has(Keys.InSitemap));
        Assert.False(document.Has(Keys.Title));
    }

    [Fact]
    public void Metadata_IsKeyedOrdinally()
    {
        var document = Document.Create(null, null, "").With("b", 1).With("B", 2).With("a", 3);

        Assert.Equal(["B", "a", "b"], document.Metadata.Keys);
        Assert.Equal(2, document.Get<int>("B"));
        Assert.Equal(1, document.Get<int>("b"));
    }

    [Fact]
    public void Get_WhenTheKeyIsSetWithTheRightType_ReturnsTheValue()
    {
        var document = Document.Create("a.md", null, "").With(Keys.InSitemap, true).With(Keys.Title, "T");

        Assert.True(document.Get<bool>(Keys.InSitemap));
        Assert.Equal("T", document.Get<object>(Keys.Title));
    }

    [Fact]
    public void Get_WhenTheKeyIsMissing_ThrowsNamingTheKeyAndTheDocumentSource()
    {
        var document = Document.Create("input/sources/abai.md", "abai.html", "");

        var ex = Assert.Throws<KeyNotFoundException>(() => document.Get<string>(Keys.Markdown));

        Assert.Contains("'Markdown'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("input/sources/abai.md", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_WhenTheDocumentHasNoSource_NamesItsDestination()
    {
        var document = Document.Create(null, "sitemap.xml", "");

        var ex = Assert.Throws<KeyNotFoundException>(() => document.Get<string>(Keys.Title));

        Assert.Contains("sitemap.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Title'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_WhenTheValueHasAnotherType_ThrowsNamingTheKeyAndTheType()
    {
        var document = Document.Create("a.md", null, "").With(Keys.InSitemap, "yes");

        var ex = Assert.Throws<KeyNotFoundException>(() => document.Get<bool>(Keys.InSitemap));

        Assert.Contains("'InSitemap'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Boolean), ex.Message, StringComparison.Ordinal);
        Assert.Contains("a.md", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetOrDefault_WhenTheKeyIsSet_ReturnsTheValue()
    {
        var document = Document.Create("a.md", null, "").With(Keys.Layout, "article");

        Assert.Equal("article", document.GetOrDefault(Keys.Layout, "page"));
    }

    [Fact]
    public void GetOrDefault_WhenTheKeyIsMissing_ReturnsTheFallbackOrDefault()
    {
        var document = Document.Create("a.md", null, "");

        Assert.Equal("page", document.GetOrDefault(Keys.Layout, "page"));
        Assert.Null(document.GetOrDefault<string>(Keys.Layout));
        Assert.Equal(0, document.GetOrDefault<int>(Keys.Layout));
    }

    [Fact]
    public void GetOrDefault_WhenTheValueHasAnotherType_ReturnsTheFallback()
    {
        var document = Document.Create("a.md", null, "").With(Keys.InSitemap, "yes");

        Assert.True(document.GetOrDefault(Keys.InSitemap, true));
    }

    [Theory]
    [InlineData("input/a.md", "a.html", "input/a.md")]
    [InlineData(null, "a.html", "a.html")]
    [InlineData(null, null, "(generated document)")]
    public void DisplayName_IsTheSourceElseTheDestination(string? source, string? destination, string expected)
    {
        Assert.Equal(expected, Document.Create(source, destination, "").DisplayName);
    }
}
