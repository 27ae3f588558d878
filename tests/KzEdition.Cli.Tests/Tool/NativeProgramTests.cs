using System.Diagnostics;
using KzEdition.Building;
using KzEdition.Cli.Tests.Support;

namespace KzEdition.Cli.Tests.Tool;

/// <summary>
/// The installed tool's program, compiled ahead of time (Native AOT, no JIT), against the .NET
/// program the repository runs: what it makes is what the .NET program makes, byte for byte (the
/// site, and the PDFs where Chromium is installed), and its preview speaks the same JSON.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class NativeProgramTests(InstalledTool native) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kzedition-native-use-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Build_OfTheRealInput_IsByteForByteWhatTheDotNetProgramBuilds()
    {
        var output = Path.Combine(_root, "native-output");
        var built = await native.RunAsync(_root, "build", "-i", RepoFolders.Input, "-o", output, "--theme", RepoFolders.Theme);
        Assert.True(built.Exit == 0, built.Stdout + built.Stderr);
        Assert.Equal("", built.Stderr);

        var repository = Path.Combine(_root, "repository-output");
        await EditionBuilder.BuildAsync(new BuildOptions(RepoFolders.Input, repository, Theme: RepoFolders.Theme), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(FolderComparison.Differences(repository, output));
    }

    [Fact]
    public async Task Import_WritesTheArticles_AndReadsItsOwnRecordBack()
    {
        var input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        if (Directory.Exists(Path.Combine(input, "articles")))
        {
            Directory.Delete(Path.Combine(input, "articles"), recursive: true);
        }

        var first = await native.RunAsync(_root, "import", "-i", input);
        Assert.True(first.Exit == 0, first.Stdout + first.Stderr);
        var record = Path.Combine(input, "articles", ArticleImporter.RecordFile);
        Assert.True(File.Exists(record));
        var written = Directory.GetFiles(Path.Combine(input, "articles"), "*.md");
        Assert.NotEmpty(written);

        // The second import reads the record the first wrote (JSON both ways) and changes nothing.
        var before = written.ToDictionary(f => f, File.ReadAllText);
        var second = await native.RunAsync(_root, "import", "-i", input);
        Assert.True(second.Exit == 0, second.Stdout + second.Stderr);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllText(f.Key)));
    }

    [Fact]
    public async Task Serve_ServesTheEdition_AndItsEventsSayHelloInJson()
    {
        Assert.SkipWhen(native.SkipReason is not null, native.SkipReason ?? "");
        var input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        var (process, stdout, stderr) = WatchedProcess.Start(native.Command, _root, "serve", "--port", "0", "-i", input, "-o", Path.Combine(_root, "output"), "--theme", RepoFolders.Theme);
        using var _ = process;
        try
        {
            var url = new Uri((await stdout.WaitForAsync(@"Serving the edition at (http://127\.0\.0\.1:\d+/)", Patience)).Groups[1].Value);
            using var http = new HttpClient();
            var home = await http.GetStringAsync(url, TestContext.Current.CancellationToken);
            Assert.Contains("<html", home, StringComparison.Ordinal);
            Assert.Contains("/_kzedition/preview.js", home, StringComparison.Ordinal);

            using var events = await http.GetAsync(new Uri(url, "_kzedition/events"), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
            string? line;
            using var timeout = new CancellationTokenSource(Patience);
            while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("data:", StringComparison.Ordinal))
            {
            }

            Assert.NotNull(line);
            Assert.Matches("""^data: \{"server":"[^"]+","generation":1,"errors":\[\]\}$""", line);

            // An edit of a source: the rebuild, which reads what the engine remembered (its
            // fingerprints, made by reflection), gives what a plain build of the edited input gives.
            var source = Directory.GetFiles(Path.Combine(input, "sources"), "*.txt").Order(StringComparer.Ordinal).First();
            File.AppendAllText(source, "\nҚосымша сөйлем қосылды.\n");
            await stdout.WaitForAsync(@"Rebuilt after a change", Patience);
            var plain = Path.Combine(_root, "plain");
            var built = await native.RunAsync(_root, "build", "-i", input, "-o", plain, "--theme", RepoFolders.Theme);
            Assert.True(built.Exit == 0, built.Stdout + built.Stderr);
            Assert.Empty(FolderComparison.Differences(plain, Path.Combine(_root, "output")));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.DoesNotContain("internal error", stderr.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stem_GivesWhatTheDotNetProgramGives()
    {
        Assert.SkipWhen(native.SkipReason is not null, native.SkipReason ?? "");
        var words = new[] { "Қазақстанның", "әріптестігі", "НАТО-ның", "бағдарламасындағы" };
        var start = new ProcessStartInfo(native.Command, ["stem"]) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(string.Join('\n', words) + "\n");
        process.StandardInput.Close();
        var stemmed = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        var expected = string.Concat(words.Select(w => $"{w}\t{Search.WordStemmer.Stem(w, "kk")}\n"));
        Assert.Equal(expected, stemmed);
    }

    /// <summary>
    /// The native program prints with the same DevTools client as the .NET program (no reflection in
    /// it: its JSON is written by hand or source-generated), so its PDFs are the .NET program's, byte
    /// for byte: the edition's and each article's, and every other file of the output with them.
    /// </summary>
    [Fact]
    public async Task Pdf_PrintsTheEditionAndEveryArticle_ByteForByteWhatTheDotNetProgramPrints()
    {
        if (KzEdition.Pdf.ChromiumExecutable.MissingReason() is { } reason)
        {
            Assert.Skip(reason);
        }

        var output = Path.Combine(_root, "native-output");
        var printed = await native.RunAsync(_root, "pdf", "-i", RepoFolders.Input, "-o", output, "--theme", RepoFolders.Theme);
        Assert.True(printed.Exit == 0, printed.Stdout + printed.Stderr);
        Assert.Matches(@"Printed 9 PDFs in \d+\.\d s", printed.Stdout);

        var repository = Path.Combine(_root, "repository-output");
        await EditionBuilder.BuildAsync(
            new BuildOptions(RepoFolders.Input, repository, Theme: RepoFolders.Theme, Pdf: true),
            async (site, token) => await KzEdition.Pdf.PdfRenderer.RenderAsync(site, cancellationToken: token),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(9, Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories).Length);
        Assert.Empty(FolderComparison.Differences(repository, output));
    }
}
