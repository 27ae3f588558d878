using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToString_WithFileLineAndColumn_FormatsLikeACompiler()
    {
        Assert.Equal("input/a.md(12,7): error: unclosed quote", Diagnostic.Error("unclosed quote", "input/a.md", 12, 7).ToString());
    }

    [Fact]
    public void ToString_WithFileAndLineOnly_OmitsTheColumn()
    {
        Assert.Equal("input/a.md(3): warning: no title", Diagnostic.Warning("no title", "input/a.md", 3).ToString());
    }

    [Fact]
    public void ToString_WithFileOnly_OmitsThePosition()
    {
        Assert.Equal("input/a.md: info: taken as Kazakh", Diagnostic.Info("taken as Kazakh", "input/a.md").ToString());
    }

    [Fact]
    public void ToString_WithAColumnButNoLine_OmitsThePosition()
    {
        Assert.Equal("a.md: error: x", Diagnostic.Error("x", "a.md", 0, 5).ToString());
    }

    [Fact]
    public void ToString_WithoutFile_IsSeverityAndMessage()
    {
        Assert.Equal("error: no sources found", Diagnostic.Error("no sources found").ToString());
        Assert.Equal("warning: no sources found", Diagnostic.Warning("no sources found", null, 4, 2).ToString());
    }

    [Fact]
    public void Factories_SetTheSeverityAndKeepEveryField()
    {
        Assert.Equal(new Diagnostic(Severity.Error, "m", "f", 1, 2), Diagnostic.Error("m", "f", 1, 2));
        Assert.Equal(new Diagnostic(Severity.Warning, "m", "f", 1, 2), Diagnostic.Warning("m", "f", 1, 2));
        Assert.Equal(new Diagnostic(Severity.Info, "m", "f", 1, 2), Diagnostic.Info("m", "f", 1, 2));
        Assert.NotEqual(Diagnostic.Error("m", "f", 1, 2), Diagnostic.Warning("m", "f", 1, 2));
    }
}
