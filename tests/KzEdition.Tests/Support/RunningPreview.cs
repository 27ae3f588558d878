using KzEdition.Building;
using KzEdition.Preview;

namespace KzEdition.Tests.Support;

/// <summary>
/// A preview server in this process, on a port the system chooses, over copies of the repository's
/// input and theme in a temporary folder: the tests edit the copies, never the repository. Create,
/// prepare the copies if need be, then <see cref="StartAsync"/>; disposing stops it and deletes all.
/// </summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    /// <summary>The longest a test waits for a rebuild or an answer: builds share two cores with the other tests.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _folder = new();
    private readonly RebuildTiming? _timing;
    private PreviewServer? _server;

    /// <param name="timing">When rebuilds start and are told (the preview's own unless given).</param>
    public RunningPreview(RebuildTiming? timing = null)
    {
        _timing = timing;
        Input = _folder.CopyFrom(RepoPaths.Input, "input");
        Theme = _folder.CopyFrom(RepoPaths.Theme, "theme");
        Output = _folder.Combine("output");
    }

    public string Input { get; }

    public string Theme { get; }

    public string Output { get; }

    /// <summary>The temporary folder around input/, theme/ and output/.</summary>
    public string Folder => _folder.Path;

    public RecordingPreviewReporter Reporter { get; } = new();

    public PreviewServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public Uri Url => Server.Urls[0];

    public HttpClient Http { get; private set; } = new();

    /// <summary>Starts the preview (again, after <see cref="StopAsync"/>: a new server over the same folders).</summary>
    /// <param name="port">0 for a port the system chooses.</param>
    public async Task<SessionBuild> StartAsync(CancellationToken cancellationToken, int port = 0)
    {
        await StopAsync();
        _server = new PreviewServer(new PreviewOptions(Input, Output, Theme, "127.0.0.1", port), Reporter, _timing);
        var first = await _server.StartAsync(cancellationToken);
        Http.Dispose();
        Http = new HttpClient { BaseAddress = Url, Timeout = Patience };
        return first;
    }

    public Task<EventStream> ListenAsync(CancellationToken cancellationToken) => EventStream.OpenAsync(Http, cancellationToken);

    /// <summary>The article pages' Markdown as import writes it: what editors correct by hand.</summary>
    public Task ImportArticlesAsync(CancellationToken cancellationToken) => ArticleImporter.ImportAsync(Input, "input", cancellationToken);

    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await StopAsync();
        _folder.Dispose();
    }
}
