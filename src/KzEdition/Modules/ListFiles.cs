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
public sealed class ListFiles(string folder, string display, string pattern = "*", bool recursive = false) : AllDocumentsModule
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
        return
        [
            .. root.EnumerateFiles(pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Select(f => (File: f, Relative: Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/')))
                .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .Select(f =>
                {
                    var shown = $"{display.TrimEnd('/', '\\')}/{f.Relative}";
                    return Document.Create(shown, null).With(EditionKeys.FileStamp, FileStamp.Of(f.File, shown, f.Relative));
                }),
        ];
    }
}
