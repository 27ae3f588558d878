using System.Security.Cryptography;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Input;

/// <summary>The sources are kept byte for byte as received: their SHA-256 must match the list kept beside them.</summary>
public sealed class SourcesChecksumTests
{
    [Fact]
    public void Sources_MatchTheirRecordedSha256_AndNoneIsMissingOrExtra()
    {
        var recorded = File.ReadAllLines(Path.Combine(RepoPaths.Input, "sources.sha256"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "sources"))
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

        Assert.Equal(5, recorded.Count);
        Assert.Equal(recorded.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, hash) in recorded)
        {
            Assert.True(hash == actual[name], $"{name} differs from the source as received (SHA-256 {actual[name]}, expected {hash}).");
        }
    }
}
