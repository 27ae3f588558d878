using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class BuildExceptionTests
{
    [Fact]
    public void Constructor_WithSeveralDiagnostics_KeepsThemAllAndListsThemOnePerLine()
    {
        Diagnostic[] diagnostics = [Diagnostic.Error("first", "a.md", 1, 2), Diagnostic.Warning("second", "b.md")];

        var ex = new BuildException(diagnostics);

        Assert.Equal(diagnostics, ex.Diagnostics);
        Assert.Equal($"a.md(1,2): error: first{Environment.NewLine}b.md: warning: second", ex.Message);
    }

    [Fact]
    public void Constructor_WithOneDiagnostic_UsesItAsTheMessage()
    {
        var ex = new BuildException(Diagnostic.Error("no sources found"));

        Assert.Equal("error: no sources found", ex.Message);
        Assert.Single(ex.Diagnostics);
    }
}
