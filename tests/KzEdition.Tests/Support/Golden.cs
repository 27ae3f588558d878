namespace KzEdition.Tests.Support;

/// <summary>
/// Golden files: expected output checked in beside the tests. With KZEDITION_UPDATE_GOLDEN=1 the
/// tests rewrite them instead of comparing, so that changing an expectation is a reviewed diff.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("KZEDITION_UPDATE_GOLDEN") == "1";

    /// <summary>The folder of golden files in the source tree (not the copy in bin/).</summary>
    public static string Folder(params string[] parts) => Path.Combine([RepoPaths.Root, "tests", "KzEdition.Tests", "Golden", .. parts]);

    public static void Check(string expectedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"No golden file {expectedPath}; run the tests with KZEDITION_UPDATE_GOLDEN=1 and review the new file.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"{Path.GetFileName(expectedPath)} differs at line {first + 1}:\n  expected: {At(expectedLines, first)}\n  actual:   {At(actualLines, first)}\n(KZEDITION_UPDATE_GOLDEN=1 rewrites it, for review.)");
        }
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index] : "(end of file)";
}
