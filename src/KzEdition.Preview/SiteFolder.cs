namespace KzEdition.Preview;

/// <summary>
/// Finds what a request names inside the served folder, and nothing outside it. The path is parsed
/// and checked first (<see cref="RequestPath"/>); the file found must lie under the folder once
/// resolved, and neither it nor a folder on the way to it may be a link, which could lead elsewhere.
/// </summary>
public static class SiteFolder
{
    public const string IndexFile = "index.html";

    /// <param name="root">The served folder, a full path.</param>
    /// <param name="rawTarget">The request target as the client sent it: <c>/articles/x/?q</c>.</param>
    public static SiteLookup Find(string root, string rawTarget)
    {
        var request = RequestPath.Parse(rawTarget);
        if (request is null)
        {
            return SiteLookup.Refused;
        }

        // Hidden files (the output's .gitkeep) are no part of the site.
        if (request.Segments.Any(s => s[0] == '.'))
        {
            return SiteLookup.Missing;
        }

        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Join([root, .. request.Segments]));
        if (!IsSameOrInside(full, root))
        {
            return SiteLookup.Refused;
        }

        if (Directory.Exists(full))
        {
            if (!request.EndsWithSlash)
            {
                return SiteLookup.Redirect(request.Path + "/" + request.Query);
            }

            var index = Path.Join(full, IndexFile);
            return File.Exists(index) && !IsLinkedOnTheWay(root, index) ? SiteLookup.Found(index) : SiteLookup.Missing;
        }

        return !request.EndsWithSlash && File.Exists(full) && !IsLinkedOnTheWay(root, full)
            ? SiteLookup.Found(full)
            : SiteLookup.Missing;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Whether the file, or a folder between it and the root, is a symbolic link (or junction).</summary>
    private static bool IsLinkedOnTheWay(string root, string file)
    {
        if (new FileInfo(file).LinkTarget is not null)
        {
            return true;
        }

        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
