using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Adds the files of a second folder that the listed ones lack, by path within their folder: the
/// built-in theme's assets under a theme of the editors' own. Reads the folder and
/// <see cref="EditionKeys.FileStamp"/>; writes what <see cref="ListFiles"/> writes.
/// </summary>
public sealed class AddMissingFiles(string folder, string display) : AllDocumentsModule
{
    private readonly ListFiles _list = new(folder, display, recursive: true);

    public override string Name => $"{nameof(AddMissingFiles)}({display})";

    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp).InFolders(folder);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var present = inputs.Select(d => d.Get(EditionKeys.FileStamp).Relative).ToHashSet(StringComparer.Ordinal);
        return [.. inputs, .. _list.Execute([], context).Where(d => !present.Contains(d.Get(EditionKeys.FileStamp).Relative))];
    }
}
