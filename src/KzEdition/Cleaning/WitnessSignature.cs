using System.Buffers;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// What the witness search needs of one article, made once an article from its segment and never
/// again: its comparable words (for the variant notes of a merge) and the distinct word 4-grams
/// ("shingles") of its text (for finding the articles it shares its text with). Nothing in it
/// depends on the other articles, so a changed article needs only its own signature made again.
/// </summary>
/// <param name="Words">The words of the text, its head and reference heading left out, folded, each with its source line.</param>
/// <param name="Shingles">
/// The distinct 64-bit hashes of the folded word 4-grams, ascending; empty for a text of fewer than
/// four words. A hash, not the four words joined into a string: 8 bytes a shingle instead of a
/// string of some 40 characters and its object. Equal 4-grams always hash alike, so comparing hashes
/// never loses a shared 4-gram; two different 4-grams share a hash with a chance of 2⁻⁶⁴ a pair,
/// which over the 10⁷ or so shingles of a 10,000-article edition is about 3·10⁻⁶ that any two do,
/// and even then one article's count is off by one shingle in thousands. The containment is
/// therefore decided on the hashes, exactly, without keeping the strings.
/// </param>
public sealed record WitnessSignature(ImmutableArray<ComparableWord> Words, ImmutableArray<ulong> Shingles)
{
    /// <summary>The words of a shingle.</summary>
    public const int ShingleWords = 4;

    /// <summary>From this many times the other's length on, a shingle list is searched rather than walked.</summary>
    private const int LopsidedRatio = 16;

    /// <summary>The signature of a segment's text (its head and reference heading left out).</summary>
    public static WitnessSignature Of(ArticleSegment segment)
    {
        var (words, wordHashes) = ComparableWords(segment);
        return new WitnessSignature(words, ShinglesOf(wordHashes));
    }

    /// <summary>The signature of words already taken from a text.</summary>
    public static WitnessSignature Of(ImmutableArray<ComparableWord> words)
    {
        var wordHashes = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            wordHashes[i] = WordHash(words[i].Folded);
        }

        return new(words, ShinglesOf(wordHashes));
    }

    /// <summary>
    /// How many shingles the two signatures share, exactly. One walk over both ascending lists; when
    /// one list is many times the other, a binary search of the long one for each shingle of the short.
    /// </summary>
    /// <param name="atLeast">
    /// The count that matters: once the shingles left could not bring the count up to it, the walk
    /// stops and gives what it has, less than <paramref name="atLeast"/> (0: always the whole count).
    /// Two articles that are not witnesses of each other share next to nothing, so the walk over
    /// their lists stops about halfway for a containment threshold of one half.
    /// </param>
    public int SharedShingles(WitnessSignature other, int atLeast = 0)
    {
        var shorterFirst = Shingles.Length <= other.Shingles.Length;
        var a = (shorterFirst ? Shingles : other.Shingles).AsSpan();
        var b = (shorterFirst ? other.Shingles : Shingles).AsSpan();
        var shared = 0;
        if (b.Length / LopsidedRatio > a.Length)
        {
            for (var k = 0; k < a.Length && shared + (a.Length - k) >= atLeast; k++)
            {
                var at = b.BinarySearch(a[k]);
                shared += at >= 0 ? 1 : 0;
                b = b[(at >= 0 ? at + 1 : ~at)..];
            }

            return shared;
        }

        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length && shared + Math.Min(a.Length - i, b.Length - j) >= atLeast)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                (shared, i, j) = (shared + 1, i + 1, j + 1);
            }
        }

        return shared;
    }

    /// <summary>
    /// The words of the segment's text, and the hash of each one's folded form. The words are found by
    /// a walk over each block (<see cref="HyphenatedWords"/>), noted in rented arrays as they are met
    /// (their offsets turned into lines in one walk a block), and made once, at their final count: no
    /// array grown and copied, no match object, one search of the lines a block rather than a word.
    /// </summary>
    private static (ImmutableArray<ComparableWord> Words, ulong[] Hashes) ComparableWords(ArticleSegment segment)
    {
        var blocks = segment.Blocks.Where(b => !(BlockClassifier.IsHeadKind(b.Kind) || b.Kind is BlockKind.ReferencesHeading or BlockKind.Boundary)).ToList();

        // A text of n characters has at most n / 2 + 1 words.
        var most = blocks.Sum(b => (b.Text.Length / 2) + 1);
        var originals = ArrayPool<string>.Shared.Rent(most);
        var offsets = ArrayPool<int>.Shared.Rent(most);
        var lines = ArrayPool<int>.Shared.Rent(most);
        var count = 0;
        foreach (var block in blocks)
        {
            var first = count;
            for (var at = 0; HyphenatedWords.NextWordOrNumber(block.Text, at, out var start, out var end); at = end)
            {
                (originals[count], offsets[count]) = (block.Text.Substring(start, end - start), start);
                count++;
            }

            // The source lines of the block's words, in one walk (their offsets ascend).
            block.LinesAt(offsets.AsSpan(first, count - first), lines.AsSpan(first, count - first));
        }

        var words = new ComparableWord[count];
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var folded = TextKey.Fold(originals[i]);
            words[i] = new ComparableWord(folded, originals[i], lines[i]);
            hashes[i] = WordHash(folded);
        }

        Array.Clear(originals, 0, count); // the pool keeps no text alive
        ArrayPool<string>.Shared.Return(originals);
        ArrayPool<int>.Shared.Return(offsets);
        ArrayPool<int>.Shared.Return(lines);
        return (ImmutableCollectionsMarshal.AsImmutableArray(words), hashes);
    }

    /// <summary>A word's hash: of its folded form's UTF-16 bytes.</summary>
    private static ulong WordHash(string folded) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(folded.AsSpan()));

    /// <summary>
    /// The distinct hashes of the text's word 4-grams, ascending, from its words' hashes: each run of
    /// four words' hashes hashed together, a function of the four folded words in their order, as the
    /// 4-gram string was.
    /// </summary>
    private static ImmutableArray<ulong> ShinglesOf(ReadOnlySpan<ulong> wordHashes)
    {
        if (wordHashes.Length < ShingleWords)
        {
            return [];
        }

        var shingles = new ulong[wordHashes.Length - ShingleWords + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(wordHashes.Slice(i, ShingleWords)));
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
}
