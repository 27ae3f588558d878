using KzEdition.Engine;

namespace KzEdition.Fuzz.Targets;

/// <summary>
/// One entry point of the build, fed raw bytes as a file of <paramref name="DisplayPath"/> would be.
/// Bad input must end in a <see cref="BuildException"/> whose every message names an input file:
/// that is exit 1 with a message, what the README promises. Any other exception (and a
/// BuildException that names no file) escapes <see cref="Run"/>: libFuzzer keeps the input as a crash.
/// </summary>
/// <param name="Name">What run.sh and the regression folders call it (tests/fuzz-corpus/&lt;Name&gt;/).</param>
/// <param name="DisplayPath">The file name messages must name (the build's display form, input/…).</param>
/// <param name="Read">What the build does with such a file, from its bytes to its HTML.</param>
public sealed record FuzzTarget(string Name, string DisplayPath, Action<ReadOnlySpan<byte>> Read)
{
    public void Run(ReadOnlySpan<byte> bytes)
    {
        try
        {
            Read(bytes);
        }
        catch (BuildException ex) when (NamesTheFile(ex))
        {
            // Refused with a message naming the file: what bad input gets (exit 1).
        }
    }

    private static bool NamesTheFile(BuildException ex) =>
        !ex.Diagnostics.IsEmpty && ex.Diagnostics.All(d => d.File is { } file && file.StartsWith("input/", StringComparison.Ordinal) && d.Message.Length > 0);
}
