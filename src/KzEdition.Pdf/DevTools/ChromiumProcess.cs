using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// A headless Chromium started for one print run: its own profile in a temporary folder (deleted
/// after), its DevTools endpoint on a port the system chooses, read from what Chromium writes to
/// stderr as it starts. Disposing kills it with its child processes (renderers, GPU, zygote).
/// </summary>
internal sealed partial class ChromiumProcess : IDisposable
{
    /// <summary>How long Chromium may take to say where it listens.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The lines of stderr kept to explain an exit: what says why is among the last.</summary>
    private const int LinesKept = 20;

    /// <summary>
    /// How old a profile folder left by another run (killed before it could delete it) must be to
    /// be deleted: no print run lasts a day, so none still uses it.
    /// </summary>
    private static readonly TimeSpan StaleProfileAge = TimeSpan.FromDays(1);

    /// <summary>
    /// The switches Playwright 1.64 gave Chromium (its <c>chromiumSwitches</c>, and what its
    /// launcher adds for headless), kept when it was replaced so that the PDFs stayed byte for byte
    /// what they were: some change what is laid out or written (<c>--hide-scrollbars</c>,
    /// <c>--force-color-profile=srgb</c>, <c>--blink-settings</c>' pointer types,
    /// <c>--export-tagged-pdf</c>), the rest keep a browser that only prints from doing anything
    /// else (updates, background throttling of a tab that waits, first-run screens).
    /// </summary>
    internal static IReadOnlyList<string> AutomationSwitches { get; } =
    [
        "--disable-field-trial-config",
        "--disable-background-networking",
        "--disable-background-timer-throttling",
        "--disable-backgrounding-occluded-windows",
        "--disable-back-forward-cache",
        "--disable-breakpad",
        "--disable-client-side-phishing-detection",
        "--disable-component-extensions-with-background-pages",
        "--disable-component-update",
        "--no-default-browser-check",
        "--disable-default-apps",
        "--disable-dev-shm-usage",
        "--disable-edgeupdater",
        "--disable-extensions",
        "--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,DialMediaRouteProvider,GlobalMediaControls,HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,BlockOriginHeaderModificationOnRedirect,AvoidCorsURLLoaderRestartOnRedirect,Translate,AutoDeElevate,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,msForceBrowserSignIn,msEdgeUpdateLaunchServicesPreferredVersion",
        "--enable-features=CDPScreenshotNewSurface",
        "--allow-pre-commit-input",
        "--disable-hang-monitor",
        "--disable-ipc-flooding-protection",
        "--disable-popup-blocking",
        "--disable-prompt-on-repost",
        "--disable-renderer-backgrounding",
        "--disable-updater-scheduler",
        "--force-color-profile=srgb",
        "--metrics-recording-only",
        "--no-first-run",
        "--password-store=basic",
        "--use-mock-keychain",
        "--no-service-autorun",
        "--export-tagged-pdf",
        "--disable-search-engine-choice-screen",
        "--unsafely-disable-devtools-self-xss-warnings",
        "--edge-skip-compat-layer-relaunch",
        "--disable-infobars",
        "--disable-sync",
        "--enable-unsafe-swiftshader",
        "--headless",
        "--hide-scrollbars",
        "--mute-audio",
        "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4",
    ];

    private readonly Process _process;
    private readonly string _profile;

    private ChromiumProcess(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        Endpoint = endpoint;
    }

    /// <summary>The browser's DevTools WebSocket (<c>ws://127.0.0.1:&lt;port&gt;/devtools/browser/&lt;id&gt;</c>).</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts <paramref name="executable"/> headless with <paramref name="arguments"/> and waits until it listens for DevTools.</summary>
    /// <exception cref="DevToolsException">It cannot be started, or exits (or says nothing) before it listens: the message says what it wrote last.</exception>
    public static async Task<ChromiumProcess> StartAsync(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        DeleteStaleProfiles(Path.GetTempPath());
        var profile = Directory.CreateTempSubdirectory(ProfilePrefix).FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // Once each: the caller's may repeat some of these (ChromiumExecutable.Arguments, shared with the browser tests).
        foreach (var argument in AutomationSwitches.Concat(arguments).Distinct(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--user-data-dir=" + profile);
        // A port of the system's choosing, said on stderr: no port can be taken by another program.
        start.ArgumentList.Add("--remote-debugging-port=0");
        // No first tab: each page is a tab of its own browser context, opened over DevTools.
        start.ArgumentList.Add("--no-startup-window");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DevToolsException("it did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            DeleteProfile(profile);
            throw new DevToolsException($"it could not be started ({ex.Message})");
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var said = new Queue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                // stderr closed: Chromium exited. Once it listened, that is for the connection to
                // tell (and the process may be disposed by now: it is not touched).
                if (!listening.Task.IsCompleted)
                {
                    listening.TrySetException(new DevToolsException(Exited(process, said)));
                }

                return;
            }

            if (Listening().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
            else
            {
                lock (said)
                {
                    // Only the last lines: a browser that lives for the whole run may say a lot.
                    said.Enqueue(e.Data);
                    if (said.Count > LinesKept)
                    {
                        said.Dequeue();
                    }
                }
            }
        };
        // Read and dropped: a full pipe would stop Chromium.
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var chromium = (ChromiumProcess?)null;
        try
        {
            var endpoint = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
            chromium = new ChromiumProcess(process, profile, endpoint);
            return chromium;
        }
        catch (TimeoutException)
        {
            throw new DevToolsException($"it did not listen for DevTools within {StartTimeout.TotalSeconds:0} s");
        }
        finally
        {
            if (chromium is null)
            {
                Kill(process);
                process.Dispose();
                DeleteProfile(profile);
            }
        }
    }

    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
        DeleteProfile(_profile);
    }

    /// <summary>What Chromium said before it exited, its last lines (the first say little: a missing library, a bad switch come last).</summary>
    private static string Exited(Process process, Queue<string> said)
    {
        string code;
        try
        {
            process.WaitForExit(5000);
            code = process.HasExited ? $" with code {process.ExitCode}" : "";
        }
        catch (InvalidOperationException)
        {
            // Disposed in between (the start given up): the code is not known.
            code = "";
        }

        lock (said)
        {
            var last = said.Where(l => l.Trim().Length > 0).TakeLast(2).ToList();
            return last.Count == 0
                ? $"it exited{code} before it listened for DevTools"
                : $"it exited{code} before it listened for DevTools: {string.Join(" ", last.Select(l => l.Trim()))}";
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited in between.
        }
    }

    private const string ProfilePrefix = "kzedition-chromium-";

    /// <summary>
    /// Deletes the profile folders of runs that were killed (their own clean-up never ran), once
    /// they are a day old and no running Chromium holds them.
    /// </summary>
    internal static void DeleteStaleProfiles(string temp)
    {
        try
        {
            foreach (var folder in new DirectoryInfo(temp).EnumerateDirectories(ProfilePrefix + "*"))
            {
                if (folder.LastWriteTimeUtc < DateTime.UtcNow - StaleProfileAge && !IsHeld(folder.FullName))
                {
                    DeleteProfile(folder.FullName);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Whether a Chromium still runs on <paramref name="profile"/>: while it does, its
    /// <c>SingletonLock</c> is a symbolic link to "&lt;host&gt;-&lt;pid&gt;". A lock that cannot
    /// be read counts as held.
    /// </summary>
    private static bool IsHeld(string profile)
    {
        try
        {
            if (new FileInfo(Path.Combine(profile, "SingletonLock")).LinkTarget is not { } target)
            {
                return false;
            }

            var dash = target.LastIndexOf('-');
            if (dash < 0 || !int.TryParse(target.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture, out var pid))
            {
                return true;
            }

            using var process = Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            // No process with that id: the lock was left behind.
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return true;
        }
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going away: the folder is in the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^DevTools listening on (ws://\S+)")]
    private static partial Regex Listening();
}
