using System.CommandLine;
using System.Diagnostics;
using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>
/// <c>kzedition serve</c> as a user runs it: it builds, says where it serves, serves, and stops
/// with exit code 0 on Ctrl+C; a bad option or folder ends it at once with a message.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-cli-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _input;
    private readonly string _output;

    public ServeCommandTests()
    {
        _input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        _output = Path.Combine(_root, "output");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Serve_Builds_PrintsTheUrl_Serves_AndStopsWithExitCodeZero()
    {
        var stdout = new LockedWriter();
        var stderr = new LockedWriter();
        using var stop = new CancellationTokenSource();
        var root = CliApp.CreateRootCommand(stdout, stderr, interactive: false);
        var serving = root.Parse(["serve", "--port", "0", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme])
            .InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, stop.Token);

        var url = (await stdout.WaitForAsync(@"Serving the edition at (http://127\.0\.0\.1:\d+/)", Patience)).Groups[1].Value;
        using var http = new HttpClient();
        var home = await http.GetStringAsync(new Uri(url), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var exit = await serving.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr.Text);
        Assert.Matches(@"^Built \d+ articles \(\d+ files\) into .*output/ in \d+ ms\.\n", stdout.Text.ReplaceLineEndings("\n"));
        Assert.Contains($"Watching {_input}/ and {RepoFolders.Theme}/ for changes; Ctrl+C stops.", stdout.Text, StringComparison.Ordinal);
        Assert.EndsWith("Stopped.\n", stdout.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("/_kzedition/preview.js", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CtrlC_StopsTheServer_WithExitCodeZero_EvenWithAPageListening()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("Sends SIGINT with Linux's kill and env.");
        }

        // env --default-signal: a test run started in the background inherits SIGINT ignored, and so would the child.
        var (process, stdout, stderr) = WatchedProcess.Start("env", null, "--default-signal=INT", "dotnet", typeof(CliApp).Assembly.Location, "serve", "--port", "0", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);
        using var _ = process;
        try
        {
            var url = (await stdout.WaitForAsync(@"Serving the edition at (http://127\.0\.0\.1:\d+/)", Patience)).Groups[1].Value;
            using var http = new HttpClient();
            using var events = await http.GetAsync(new Uri(new Uri(url), "_kzedition/events"), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(timeout.Token);
            process.WaitForExit();

            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr:\n{stderr.Text}");
            Assert.Contains("Stopped.", stdout.Text, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public async Task Serve_OnAHostThatIsNoAddress_FailsAtOnce_SayingWhatItTakes()
    {
        var (exit, stdout, stderr) = await Run("serve", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme, "--host", "example.org");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal("--host must be an IP address (127.0.0.1, ::1, 0.0.0.0, ::) or localhost, not 'example.org'\n", stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public async Task Serve_WhenTheInputIsMissing_FailsAtOnce_NamingTheFolder()
    {
        var missing = Path.Combine(_root, "no-such-input");

        var (exit, _, stderr) = await Run("serve", "-i", missing, "-o", _output, "--theme", RepoFolders.Theme);

        Assert.Equal(1, exit);
        Assert.Equal($"{missing}: error: input folder not found\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Serve_WhenThePortIsTaken_FailsSayingSo()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, stderr) = await Run("serve", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, exit);
        Assert.StartsWith($"cannot listen on 127.0.0.1 port {port}: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeHelp_ListsItsOptions()
    {
        var (exit, stdout, _) = await Run("serve", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--input", "--output", "--theme", "--host", "--port" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("127.0.0.1", stdout, StringComparison.Ordinal);
    }
}
