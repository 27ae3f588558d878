namespace KzEdition.Reading;

/// <summary>What a path names, as the file system tells it without following a symbolic link.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A FIFO, a device, a socket: reading one may never end or never stop.</summary>
    Special,
}
