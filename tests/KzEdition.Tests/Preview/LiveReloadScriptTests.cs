using System.Text;
using KzEdition.Engine;
using KzEdition.Preview;

namespace KzEdition.Tests.Preview;

/// <summary>How the preview's script goes into a page as it is served.</summary>
public sealed class LiveReloadScriptTests
{
    [Fact]
    public void TheTags_GoBeforeTheLastClosingBody_WhateverItsCase()
    {
        var page = "<html><body><pre>&lt;/body&gt; </body> in text</pre>\n</BODY>\n</html>\n";

        var served = Encoding.UTF8.GetString(LiveReloadScript.InjectInto(Encoding.UTF8.GetBytes(page), "<script></script>"));

        Assert.Equal("<html><body><pre>&lt;/body&gt; </body> in text</pre>\n<script></script></BODY>\n</html>\n", served);
    }

    [Fact]
    public void APageWithoutClosingBody_GetsTheTagsAtItsEnd()
    {
        var served = Encoding.UTF8.GetString(LiveReloadScript.InjectInto("<p>Қазақ"u8, "<script></script>"));

        Assert.Equal("<p>Қазақ<script></script>", served);
    }

    [Fact]
    public void TheTags_SayWhichServerAndWhichBuildThePageComesFrom()
    {
        var tags = LiveReloadScript.Tags("abc123", new BuildStatus(7, []));

        Assert.Equal("<script src=\"/_kzedition/preview.js\" data-server=\"abc123\" data-generation=\"7\"></script>", tags);
    }

    [Fact]
    public void WhileTheBuildFails_ThePageCarriesTheErrors_EscapedSoThatNoTextCanCloseTheScript()
    {
        var error = Diagnostic.Error("template error: expected </script> & \"end\"", "theme/layouts/article.html", 12, 5);

        var tags = LiveReloadScript.Tags("abc123", new BuildStatus(1, [error]));

        Assert.StartsWith("<script type=\"application/json\" id=\"kzedition-preview-errors\">[{\"file\":\"theme/layouts/article.html\",\"line\":12,\"column\":5,", tags, StringComparison.Ordinal);
        Assert.Equal(2, tags.Split("</script>").Length - 1);
        Assert.Contains("\\u003C/script\\u003E \\u0026 \\u0022end\\u0022", tags, StringComparison.Ordinal);
    }

    [Fact]
    public void TheScript_IsEmbedded_AndListensForTheEvents()
    {
        var script = Encoding.UTF8.GetString(LiveReloadScript.Source);

        Assert.Contains("new EventSource(\"/_kzedition/events\")", script, StringComparison.Ordinal);
        Assert.Contains("location.reload()", script, StringComparison.Ordinal);
    }
}
