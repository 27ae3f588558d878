using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class PipelineExceptionTests
{
    [Fact]
    public void Constructor_WithADocument_NamesEverythingInTheMessageAndProperties()
    {
        var inner = new FormatException("bad date");

        var ex = new PipelineException("articles", Phase.Process, "ParseFrontMatter", "input/a.md", inner);

        Assert.Equal("Pipeline 'articles', Process phase, module ParseFrontMatter on input/a.md: bad date", ex.Message);
        Assert.Equal(("articles", Phase.Process, "ParseFrontMatter", "input/a.md"), (ex.Pipeline, ex.Phase, ex.Module, ex.DocumentName));
        Assert.Same(inner, ex.InnerException);
    }

    [Fact]
    public void Constructor_WithoutADocument_LeavesItOutOfTheMessage()
    {
        var ex = new PipelineException("sitemap", Phase.PostProcess, "WriteFiles", null, new IOException("disk full"));

        Assert.Equal("Pipeline 'sitemap', PostProcess phase, module WriteFiles: disk full", ex.Message);
        Assert.Null(ex.DocumentName);
    }
}
