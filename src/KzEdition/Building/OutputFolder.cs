using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// The build's output, replaced whole and only on success: the build writes into a staging
/// folder beside the output, and <see cref="Commit"/> swaps it in, in one atomic exchange where
/// the system has one (Linux: <see cref="RenameExchange"/>), so that a build killed at any moment
/// leaves the previous output or the new one, never none. Until then the previous output stays
/// exactly as it was; disposing without committing deletes only the staging folder. A build holds
/// a lock on its output for its whole run (<see cref="LockPath"/>), and sweeps what killed builds left.
/// </summary>
/// <remarks>
/// Safety: the build never deletes anything outside its output, and it refuses to replace an
/// existing folder it did not make (one with files but no edition.json), so that a mistyped
/// <c>--output</c> cannot wipe someone's documents.
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    /// <summary>
    /// The placeholder that kept the empty output folder in git (until issue 17): a folder holding
    /// only it counts as empty. Not carried over: it would be published with the site.
    /// </summary>
    public const string Placeholder = ".gitkeep";

    /// <summary>The environment variable that makes a build kill itself at a named point of the swap (tests only: see <see cref="FaultPoint"/>).</summary>
    public const string FaultVariable = "KZEDITION_KILL_AT";

    private bool _committed;

    private bool _inPlace;

    private readonly FileStream _lock;

    private OutputFolder(string directory, string stagingDirectory, FileStream outputLock)
    {
        Directory = directory;
        StagingDirectory = stagingDirectory;
        _lock = outputLock;
    }

    public string Directory { get; }

    public string StagingDirectory { get; }

    public static OutputFolder Prepare(string outputDirectory, string displayOutput, string inputDirectory, string? themeDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var input = Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (IsSameOrInside(output, input) || IsSameOrInside(input, output))
        {
            throw new BuildException(Diagnostic.Error("the output folder must be neither the input folder, nor inside it, nor around it", displayOutput));
        }

        if (themeDirectory is not null)
        {
            var theme = Path.GetFullPath(themeDirectory).TrimEnd(Path.DirectorySeparatorChar);
            if (IsSameOrInside(output, theme) || IsSameOrInside(theme, output))
            {
                throw new BuildException(Diagnostic.Error("the output folder must be neither the theme folder, nor inside it, nor around it", displayOutput));
            }
        }

        if (File.Exists(output))
        {
            throw new BuildException(Diagnostic.Error("is a file, not a folder", displayOutput));
        }

        if (System.IO.Directory.Exists(output) && !LooksLikeAnEdition(output))
        {
            throw new BuildException(Diagnostic.Error(
                "holds files but no edition.json; the build replaces its output folder whole, so it will not replace a folder it did not make (choose a new or empty folder)",
                displayOutput));
        }

        var parent = Path.GetDirectoryName(output) ?? throw new BuildException(Diagnostic.Error("cannot be the root folder", displayOutput));
        System.IO.Directory.CreateDirectory(parent);
        var outputLock = Lock(output, displayOutput);
        try
        {
            RepairAndSweep(output);
            var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
            System.IO.Directory.CreateDirectory(staging);
            return new OutputFolder(output, staging, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Takes the output for this build: a lock file named after the output's full path in the
    /// temporary folder (not beside the output, where it would sit in the user's folder or
    /// repository for good), held until the build is done. A second build of the same output stops
    /// at once with a clear message, rather than racing the first for the folder.
    /// </summary>
    public static string LockPath(string output)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(output)))[..16];
        return Path.Combine(Path.GetTempPath(), $"kzedition-output-{hash}.lock");
    }

    private static FileStream Lock(string output, string displayOutput)
    {
        var path = LockPath(output);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix, held until disposed.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new BuildException(Diagnostic.Error("another build or preview is writing this output folder; wait for it to finish (or stop it), then build again", displayOutput));
        }
    }

    /// <summary>
    /// What a killed build left beside the output: its staging folder, or, from a build killed
    /// between the two renames of the swap where the system has no atomic exchange, the previous
    /// output alone. The output is put back if it is missing; the rest is deleted.
    /// </summary>
    private static void RepairAndSweep(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var leftovers = System.IO.Directory.EnumerateDirectories(parent, $".{name}.*")
            .Where(d => Path.GetFileName(d).StartsWith($".{name}.staging-", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith($".{name}.previous-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!System.IO.Directory.Exists(output) && leftovers.FirstOrDefault(d => Path.GetFileName(d).StartsWith($".{name}.previous-", StringComparison.Ordinal)) is { } previous)
        {
            System.IO.Directory.Move(previous, output);
            leftovers.Remove(previous);
        }

        foreach (var leftover in leftovers)
        {
            System.IO.Directory.Delete(leftover, recursive: true);
        }
    }

    /// <summary>
    /// The output of an incremental session after its first build: written in place (the build
    /// writes only the files whose content changed, once nothing can fail any more).
    /// </summary>
    public static OutputFolder InPlace(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return new OutputFolder(output, output, Lock(output, outputDirectory)) { _inPlace = true };
    }

    /// <summary>Replaces the output with the staging folder.</summary>
    public void Commit()
    {
        if (_inPlace)
        {
            _committed = true;
            return;
        }

        var previous = Path.Combine(Path.GetDirectoryName(Directory)!, $".{Path.GetFileName(Directory)}.previous-{Guid.NewGuid():N}");
        var hadOutput = System.IO.Directory.Exists(Directory);
        FaultPoint("before-swap");
        if (hadOutput && RenameExchange.TryExchange(StagingDirectory, Directory))
        {
            // One atomic step: the output is the new site, and the staging name holds the old one.
            _committed = true;
            FaultPoint("after-swap");
            System.IO.Directory.Delete(StagingDirectory, recursive: true);
            return;
        }

        if (hadOutput)
        {
            System.IO.Directory.Move(Directory, previous);
            FaultPoint("between-renames");
        }

        try
        {
            System.IO.Directory.Move(StagingDirectory, Directory);
        }
        catch
        {
            if (hadOutput)
            {
                System.IO.Directory.Move(previous, Directory);
            }

            throw;
        }

        _committed = true;
        if (hadOutput)
        {
            System.IO.Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && !_inPlace && System.IO.Directory.Exists(StagingDirectory))
            {
                System.IO.Directory.Delete(StagingDirectory, recursive: true);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// Fault injection for the tests of a kill during the swap: when <see cref="FaultVariable"/>
    /// names this point, the process kills itself here (SIGKILL: no finally, no cleanup), as a
    /// user's kill -9 would.
    /// </summary>
    private static void FaultPoint(string point)
    {
        if (Environment.GetEnvironmentVariable(FaultVariable) == point)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    private static bool LooksLikeAnEdition(string directory) =>
        File.Exists(Path.Combine(directory, SiteManifestName)) ||
        System.IO.Directory.EnumerateFileSystemEntries(directory).All(e => Path.GetFileName(e) == Placeholder);

    private const string SiteManifestName = Site.SitePaths.Manifest;

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
