namespace KzEdition.Tests.Support;

/// <summary>Editing the copies of input and theme files a test builds from.</summary>
internal static class TextFiles
{
    /// <summary>Replaces <paramref name="from"/> in the file, which must hold it (an edit that finds nothing to edit proves nothing).</summary>
    public static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
