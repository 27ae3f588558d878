using KzEdition.Building;
using KzEdition.Pdf;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Printing;

/// <summary>
/// The real input built with PDFs (what <c>kzedition pdf</c> does) into a temporary folder, once
/// for the tests of a class; the tests that ask for it are skipped with the reason where Chromium
/// is not installed.
/// </summary>
public sealed class PrintedEdition : IAsyncDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _built;

    public string Output => _temp.Combine("site");

    public StagedSite Site { get; private set; } = null!;

    public PdfReport Report { get; private set; } = null!;

    public string EditionPdf => Path.Combine(Output, KzEdition.Site.SitePaths.PrintPdf(Site.Settings.Slug));

    public async Task EnsureAsync()
    {
        if (ChromiumExecutable.MissingReason() is { } reason)
        {
            Assert.Skip(reason);
        }

        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!_built)
            {
                await EditionBuilder.BuildAsync(
                    new BuildOptions(RepoPaths.Input, Output, Theme: RepoPaths.Theme, Pdf: true),
                    async (site, token) =>
                    {
                        Report = await PdfRenderer.RenderAsync(site, cancellationToken: token);
                        Site = site with { Directory = Output };
                    },
                    cancellationToken: TestContext.Current.CancellationToken);
                _built = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
