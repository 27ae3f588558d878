namespace KzEdition.Benchmarks;

/// <summary>A source file as the build receives it: its path and its bytes, not yet decoded.</summary>
public sealed record RawSource(string Path, byte[] Bytes);
