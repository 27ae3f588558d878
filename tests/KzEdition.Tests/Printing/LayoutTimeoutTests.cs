using KzEdition.Pdf;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Printing;

/// <summary>
/// The print edition's layout timeout holds even where the page never answers: its script keeps
/// the page's thread, so no evaluation asking whether the layout is done comes back.
/// </summary>
[Collection(LayoutTimeoutCollection.Name)]
public sealed class LayoutTimeoutTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task APrintEditionThatHangs_EndsWithTheLayoutTimeout()
    {
        if (ChromiumExecutable.MissingReason() is { } reason)
        {
            Assert.Skip(reason);
        }

        // The loop starts after the load event, once the page is known to have loaded.
        Directory.CreateDirectory(_temp.Combine("site", "print"));
        File.WriteAllText(_temp.Combine("site", "print", "index.html"), """<!doctype html><script>addEventListener("load", () => setTimeout(() => { while (true) {} }, 1000));</script>""");
        File.WriteAllText(_temp.Combine("site", "edition.json"), """{"title":"Test","articles":[]}""");
        var site = new KzEdition.Building.StagedSite(_temp.Combine("site"), new KzEdition.Configuration.EditionSettings(), []);
        var timeout = PdfRenderer.LayoutTimeout;
        PdfRenderer.LayoutTimeout = TimeSpan.FromSeconds(3);
        try
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var ex = await Assert.ThrowsAsync<KzEdition.Engine.BuildException>(() => PdfRenderer.RenderAsync(site, cancellationToken: TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

            var error = Assert.Single(ex.Diagnostics);
            Assert.Equal("print/index.html", error.File);
            Assert.Equal("the print edition did not finish its layout within 3 s", error.Message);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"{stopwatch.Elapsed}");
        }
        finally
        {
            PdfRenderer.LayoutTimeout = timeout;
        }
    }
}
