using System.Text.Json;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>One line of tests/vectors/stemmer.json, the vectors both the C# and the JavaScript stemmers must pass.</summary>
public sealed record StemmerVector(string Word, string Lang, string Stem, string Source, string? Note)
{
    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "vectors", "stemmer.json");

    public static IReadOnlyList<StemmerVector> All { get; } = Load();

    public override string ToString() => $"{Lang} {Word} → {Stem}";

    private static StemmerVector[] Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        return
        [
            .. document.RootElement.GetProperty("vectors").EnumerateArray().Select(vector => new StemmerVector(
                vector.GetProperty("word").GetString()!,
                vector.GetProperty("lang").GetString()!,
                vector.GetProperty("stem").GetString()!,
                vector.GetProperty("source").GetString()!,
                vector.TryGetProperty("note", out var note) ? note.GetString() : null)),
        ];
    }
}
