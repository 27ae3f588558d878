using System.Net;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Site;
using KzEdition.Templating;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KzEdition.Preview;

/// <summary>
/// The editors' preview: builds the edition, serves the output folder on Kestrel, watches the input
/// and the theme, rebuilds when they change and tells the open pages to reload, or shows them why
/// the build failed while the last good site stays served. It only reads the input and the theme;
/// it writes nothing but the output, through the build.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    // Long enough for the event streams to end (they are closed first); short enough to stay within
    // the two seconds System.CommandLine gives a command after Ctrl+C.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(1);

    private readonly IPreviewReporter _reporter;
    private readonly RebuildTiming? _timing;
    private readonly EditionSession _session;
    private readonly LiveReloadHub _hub = new();
    private readonly OutputGate _gate = new();
    private readonly IdleCollection _idle = new(IdleCollection.DefaultDelay);
    private RebuildScheduler<SessionBuild>? _scheduler;
    private SourceWatcher? _watcher;
    private WebApplication? _app;
    private bool _stopped;

    /// <param name="timing">When a rebuild starts and when the pages are told (<see cref="RebuildTiming.Default"/> unless given).</param>
    public PreviewServer(PreviewOptions options, IPreviewReporter reporter, RebuildTiming? timing = null)
    {
        Options = options;
        _reporter = reporter;
        _timing = timing;
        _session = new EditionSession(new BuildOptions(options.Input, options.Output, BaseUrl: null, Theme: options.Theme));
    }

    public PreviewOptions Options { get; }

    public string InputDirectory => Path.GetFullPath(Options.Input);

    /// <summary>The theme the preview builds with and watches, once started.</summary>
    public ThemeLocation? Theme { get; private set; }

    public string OutputDirectory => _session.OutputDirectory;

    /// <summary>The pages' connections and what they are told.</summary>
    public LiveReloadHub Hub => _hub;

    /// <summary>Where the preview listens, once started (with the real port when <see cref="PreviewOptions.Port"/> is 0).</summary>
    public IReadOnlyList<Uri> Urls { get; private set; } = [];

    /// <summary>Whether it listens on every network interface rather than on this machine alone.</summary>
    public bool IsOnTheNetwork => ListenAddress(Options.Host) is { } address && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any));

    /// <summary>
    /// Starts watching, builds once, then serves. A failed first build does not stop it (the editor
    /// fixes the input and the preview rebuilds), unless the output is a folder the build did not make.
    /// </summary>
    /// <exception cref="PreviewException">A folder is missing, the address is unusable or taken, or the output must not be served.</exception>
    public async Task<SessionBuild> StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_stopped, this);
        CheckFolder(InputDirectory, Options.Input, "input folder not found");
        try
        {
            Theme = Options.ResolveTheme();
        }
        catch (BuildException ex)
        {
            throw new PreviewException(string.Join('\n', ex.Diagnostics.Select(d => d.ToString())));
        }

        if (Options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new PreviewException($"--port must be between 0 and {IPEndPoint.MaxPort}, not {Options.Port}");
        }

        if (Options.Host != "localhost" && ListenAddress(Options.Host) is null)
        {
            throw new PreviewException($"--host must be an IP address (127.0.0.1, ::1, 0.0.0.0, ::) or localhost, not '{Options.Host}'");
        }

        // Watching starts before the first build, so that a file saved during it is not missed.
        _scheduler = new RebuildScheduler<SessionBuild>(RebuildAsync, Publish, _reporter.Fault, _timing);
        _watcher = new SourceWatcher([InputDirectory, Theme.Directory], _scheduler.Notify, _scheduler.NotifyEverything);

        _idle.BuildStarted();
        var first = await _gate.BuildAsync(() => _session.BuildAsync(null, cancellationToken));
        Publish(first, changes: null);
        if (!first.Succeeded && HoldsSomethingElse(OutputDirectory))
        {
            throw new PreviewException(string.Join('\n', first.Errors.Select(e => e.ToString())));
        }

        _app = CreateApplication();
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new PreviewException($"cannot listen on {Options.Host} port {Options.Port}: {ex.Message}", ex);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            // An address this machine does not have (--host 10.99.99.99): the user's to change.
            throw new PreviewException($"cannot listen on {Options.Host} port {Options.Port}: {ex.Message} (is {Options.Host} an address of this machine?)", ex);
        }

        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Urls = [.. addresses.Select(a => new Uri(a.EndsWith('/') ? a : a + "/"))];
        return first;
    }

    /// <summary>Stops in order: no more changes, no more builds (a running one is cancelled), the pages' streams end, then the server.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _watcher?.Dispose();
        if (_scheduler is not null)
        {
            await _scheduler.DisposeAsync();
        }

        _hub.Close();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(ShutdownTimeout);
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        _hub.Dispose();
        _idle.Dispose();
        _session.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private Task<SessionBuild> RebuildAsync(IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        _idle.BuildStarted();
        return _gate.BuildAsync(() => _session.BuildAsync(changes, cancellationToken));
    }

    private void Publish(SessionBuild build, IReadOnlyCollection<string>? changes)
    {
        if (build.Succeeded)
        {
            _hub.BuildSucceeded();
        }
        else
        {
            _hub.BuildFailed(build.Errors);
        }

        _reporter.BuildFinished(build, changes);
        _idle.BuildFinished();
    }

    private WebApplication CreateApplication()
    {
        // The empty builder: no configuration files, environment variables (ASPNETCORE_URLS) or
        // logging providers of its own; only Kestrel, listening where the options say.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(PreviewServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (Options.Host == "localhost" && Options.Port != 0)
            {
                kestrel.ListenLocalhost(Options.Port);
            }
            else
            {
                // localhost with a port chosen by the system: Kestrel can bind one address so, not both.
                kestrel.Listen(ListenAddress(Options.Host) ?? IPAddress.Loopback, Options.Port);
            }
        });
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        var app = builder.Build();
        var handler = new PreviewRequestHandler(OutputDirectory, _hub, _gate, _reporter.Fault, Options.Host);
        app.Use((context, next) =>
        {
            _idle.Requested();
            return next(context);
        });
        app.Run(handler.HandleAsync);
        return app;
    }

    private static IPAddress? ListenAddress(string host) => IPAddress.TryParse(host, out var address) ? address : null;

    private static void CheckFolder(string fullPath, string display, string message)
    {
        if (!Directory.Exists(fullPath))
        {
            throw new PreviewException(Diagnostic.Error(message, display).ToString());
        }
    }

    /// <summary>
    /// Whether the output folder holds files but is no built edition (no edition.json): the build
    /// refused to replace it, and the preview will not publish someone's documents either.
    /// </summary>
    private static bool HoldsSomethingElse(string output) =>
        Directory.Exists(output)
        && !File.Exists(Path.Combine(output, SitePaths.Manifest))
        && Directory.EnumerateFileSystemEntries(output).Any(e => Path.GetFileName(e) != OutputFolder.Placeholder);
}
