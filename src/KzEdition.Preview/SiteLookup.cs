namespace KzEdition.Preview;

/// <summary>The outcome of looking a request up in the served folder.</summary>
/// <param name="FullPath">The file to serve, when <see cref="SiteLookupKind.Found"/>.</param>
/// <param name="Location">Where to redirect, when <see cref="SiteLookupKind.FolderWithoutSlash"/>.</param>
public sealed record SiteLookup(SiteLookupKind Kind, string? FullPath = null, string? Location = null)
{
    public static readonly SiteLookup Refused = new(SiteLookupKind.Refused);

    public static readonly SiteLookup Missing = new(SiteLookupKind.Missing);

    public static SiteLookup Found(string fullPath) => new(SiteLookupKind.Found, FullPath: fullPath);

    public static SiteLookup Redirect(string location) => new(SiteLookupKind.FolderWithoutSlash, Location: location);
}
