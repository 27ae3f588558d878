using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using KzEdition.Cleaning;
using KzEdition.Tests.Text.Oracles;

namespace KzEdition.Tests.Cleaning.Oracles;

/// <summary>
/// Test-only copy of <see cref="WitnessSignature.Of(ArticleSegment)"/> as it was before the
/// text-scanning steps were made faster (a regex scan, two strings and a line search a word): the
/// oracle the faster signature is compared with.
/// </summary>
public static partial class WitnessSignatureOracle
{
    public static WitnessSignature Of(ArticleSegment segment)
    {
        var words = ComparableWords(segment);
        return new WitnessSignature(words, ShinglesOf(words));
    }

    private static ImmutableArray<ComparableWord> ComparableWords(ArticleSegment segment)
    {
        var words = ImmutableArray.CreateBuilder<ComparableWord>();
        foreach (var block in segment.Blocks)
        {
            if (IsHeadKind(block.Kind) || block.Kind is BlockKind.ReferencesHeading or BlockKind.Boundary)
            {
                continue;
            }

            foreach (var match in Word().EnumerateMatches(block.Text))
            {
                var original = block.Text.Substring(match.Index, match.Length);
                words.Add(new ComparableWord(TextKeyOracle.Fold(original), original, block.LineAt(match.Index)));
            }
        }

        return words.DrainToImmutable();
    }

    private static ImmutableArray<ulong> ShinglesOf(ImmutableArray<ComparableWord> words)
    {
        if (words.Length < WitnessSignature.ShingleWords)
        {
            return [];
        }

        var wordHashes = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            wordHashes[i] = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(words[i].Folded.AsSpan()));
        }

        var shingles = new ulong[words.Length - WitnessSignature.ShingleWords + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(wordHashes.AsSpan(i, WitnessSignature.ShingleWords)));
        }

        Array.Sort(shingles);
        var distinct = 1;
        for (var i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        Array.Resize(ref shingles, distinct);
        return ImmutableCollectionsMarshal.AsImmutableArray(shingles);
    }

    private static bool IsHeadKind(BlockKind kind) =>
        kind is BlockKind.Title or BlockKind.Author or BlockKind.Abstract or BlockKind.Keywords or BlockKind.Affiliation;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*)*")]
    private static partial Regex Word();
}
