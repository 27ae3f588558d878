namespace KzEdition.Preview;

/// <summary>What a request finds in the served folder.</summary>
public enum SiteLookupKind
{
    /// <summary>The path is refused (400): it could name something outside the folder, or is malformed.</summary>
    Refused,

    /// <summary>A file to serve: the file named, or a folder's index.html.</summary>
    Found,

    /// <summary>A folder named without its trailing slash: redirected, so that the page's relative links resolve.</summary>
    FolderWithoutSlash,

    /// <summary>Nothing there (404), including a folder without index.html: folders are never listed.</summary>
    Missing,
}
