using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// The build's output, replaced whole and only on success: the build writes into a staging
/// folder beside the output, and <see cref="Commit"/> swaps it in. Until then the previous output
/// stays exactly as it was; disposing without committing deletes only the staging folder.
/// </summary>
/// <remarks>
/// Safety: the build never deletes anything outside its output, and it refuses to replace an
/// existing folder it did not make (one with files but no edition.json), so that a mistyped
/// <c>--output</c> cannot wipe someone's documents.
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The placeholder that keeps an empty output folder in git; carried over on each build.</summary>
    public const string Placeholder = ".gitkeep";

    private bool _committed;

    private bool _inPlace;

    private OutputFolder(string directory, string stagingDirectory)
    {
        Directory = directory;
        StagingDirectory = stagingDirectory;
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
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(staging);
        return new OutputFolder(output, staging);
    }

    /// <summary>
    /// The output of an incremental session after its first build: written in place (the build
    /// writes only the files whose content changed, once nothing can fail any more).
    /// </summary>
    public static OutputFolder InPlace(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        return new OutputFolder(output, output) { _inPlace = true };
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
        if (hadOutput && File.Exists(Path.Combine(Directory, Placeholder)))
        {
            File.Copy(Path.Combine(Directory, Placeholder), Path.Combine(StagingDirectory, Placeholder), overwrite: true);
        }

        if (hadOutput)
        {
            System.IO.Directory.Move(Directory, previous);
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
        if (!_committed && !_inPlace && System.IO.Directory.Exists(StagingDirectory))
        {
            System.IO.Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    private static bool LooksLikeAnEdition(string directory) =>
        File.Exists(Path.Combine(directory, SiteManifestName)) ||
        System.IO.Directory.EnumerateFileSystemEntries(directory).All(e => Path.GetFileName(e) == Placeholder);

    private const string SiteManifestName = Site.SitePaths.Manifest;

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
