using KzEdition.Fuzz.Targets;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Hardening;

/// <summary>
/// The fuzzing corpus kept in the repository (tests/fuzz-corpus/&lt;target&gt;/): every input there,
/// fed uninstrumented through the same entry point the libFuzzer harness fuzzes
/// (tests/KzEdition.Fuzz, <see cref="FuzzTargets"/>), is read or refused with a
/// <see cref="Engine.BuildException"/> naming its file; any other exception fails the test. A
/// crash libFuzzer finds is mended in src/ and its input added here; the folder also holds the
/// inputs that broke the build before (issue 19) and inputs libFuzzer found interesting.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "fuzz-corpus");

    public static TheoryData<string, string> KeptInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.EnumerateDirectories(Corpus).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(folder), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KeptInputs))]
    public void AKeptInput_IsReadOrRefusedWithAMessage_NeverCrashes(string target, string file)
    {
        var fuzzTarget = FuzzTargets.Named(target);
        Assert.NotNull(fuzzTarget);

        // Run lets only a BuildException naming an input/ file pass; anything else fails here.
        fuzzTarget.Run(File.ReadAllBytes(Path.Combine(Corpus, target, file)));
    }

    [Fact]
    public void EveryTarget_HasKeptInputs_AndEveryFolderIsATarget()
    {
        var folders = Directory.EnumerateDirectories(Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(FuzzTargets.All.Select(t => t.Name).Order(StringComparer.Ordinal), folders);
        Assert.All(folders, f => Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(Corpus, f!))));
    }
}
