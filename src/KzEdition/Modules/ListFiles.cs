using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Modules;

/// <summary>
/// Lists the files of an input folder (in ordinal order of their paths; names starting with a dot
/// left out): one document a file, its source the path as the user would type it, with its
/// <see cref="EditionKeys.FileStamp"/>. Reads nothing of the files themselves: the modules that do
/// are remembered by the stamp. A missing folder lists nothing.
/// </summary>
/// <param name="display">The folder as the user would type it, for messages.</param>
/// <param name="pattern">Which files (<c>*.md</c>); <c>*</c> for all.</param>
/// <param name="recursive">Whether files in subfolders are listed too.</param>
/// <param name="except">A file name left out of the listing (<c>README.md</c> of <c>sources/</c>, which says what goes there); null for none.</param>
public sealed class ListFiles(string folder, string display, string pattern = "*", bool recursive = false, string? except = null) : AllDocumentsModule
{
    public override string Name => $"{nameof(ListFiles)}({display}/{pattern})";

    public override Reads Reads { get; } = new Reads().InFolders(folder);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var root = new DirectoryInfo(folder);
        RefuseLinkedFolders(root);
        return
        [
            .. root.EnumerateFiles(pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Select(f => (File: f, Relative: Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/')))
                .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')) && !string.Equals(f.Relative, except, StringComparison.Ordinal))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .Select(f =>
                {
                    var shown = $"{display.TrimEnd('/', '\\')}/{f.Relative}";
                    return Document.Create(shown, null).With(EditionKeys.FileStamp, FileStamp.Of(f.File, shown, f.Relative));
                }),
        ];
    }

    /// <summary>
    /// A folder that is a symbolic link (the listed folder itself, or one inside it when listing
    /// recursively) would let the build read files from anywhere: an error naming it, as a
    /// linked file is (<see cref="InputFile"/>).
    /// </summary>
    private void RefuseLinkedFolders(DirectoryInfo root)
    {
        var folders = recursive ? root.EnumerateDirectories("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Prepend(root) : [root];
        foreach (var linked in folders.Where(d => d.LinkTarget is not null))
        {
            var relative = Path.GetRelativePath(root.FullName, linked.FullName).Replace('\\', '/');
            var shown = relative == "." ? display : $"{display.TrimEnd('/', '\\')}/{relative}";
            throw new BuildException(Diagnostic.Error("a symbolic link to a folder: the build reads only folders and files inside the input folder (copy them in instead)", shown));
        }
    }
}
