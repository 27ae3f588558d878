namespace KzEdition.Reading;

/// <summary>
/// A file of the input as its folder lists it: where it is, how it is named in messages, its
/// length and time of writing. A module that reads the file is remembered by its stamp: a file of
/// the same length and time of writing is not read again (two writes of the same length within one
/// tick of the file system's clock, a few milliseconds, with a build between them, would go unseen;
/// the preview waits for changes to be quiet before it builds).
/// </summary>
/// <param name="Path">The full path.</param>
/// <param name="Display">The path as the user would type it, for messages.</param>
/// <param name="Relative">The path within the folder listed, with '/' separators.</param>
public sealed record FileStamp(string Path, string Display, string Relative, long Length, long WrittenTicks)
{
    public static FileStamp Of(FileInfo file, string display, string relative) =>
        new(file.FullName, display, relative, file.Length, file.LastWriteTimeUtc.Ticks);
}
