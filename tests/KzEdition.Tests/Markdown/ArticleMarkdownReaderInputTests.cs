using KzEdition.Engine;
using KzEdition.Markdown;

namespace KzEdition.Tests.Markdown;

/// <summary>An editor's Markdown that cannot be what it says is an error at its line, never published as written.</summary>
public sealed class ArticleMarkdownReaderInputTests
{
    [Theory]
    [InlineData("status: 7", 3, "status must be complete or fragment, not '7'")]       // Enum.TryParse took the number
    [InlineData("status: done", 3, "status must be complete or fragment, not 'done'")]
    [InlineData("titleSource: 2", 3, "titleSource must be one of")]
    [InlineData("title: Екінші", 3, "duplicate key title")]
    public void FrontMatter_WithAValueItCannotHold_OrAKeyTwice_IsAnErrorAtItsLine(string line, int expectedLine, string expected)
    {
        var markdown = $"---\ntitle: Бет\n{line}\n---\n\nМәтін.\n";

        var error = Assert.Throws<BuildException>(() => ArticleMarkdownReader.Read(markdown, "input/articles/x.md", MarkdownPipelineFactory.Shared));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("input/articles/x.md", expectedLine), (diagnostic.File, diagnostic.Line));
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("Fragment")]
    public void FrontMatter_WithAStatusByName_IsRead(string status)
    {
        var (frontMatter, _) = ArticleMarkdownReader.Read($"---\ntitle: Бет\nstatus: {status}\n---\n\nМәтін.\n", "x.md", MarkdownPipelineFactory.Shared);

        Assert.Equal(status, frontMatter.Status);
    }
}
