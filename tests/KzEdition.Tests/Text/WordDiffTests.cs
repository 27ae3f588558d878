using CsCheck;
using KzEdition.Text;
using Hunk = KzEdition.Text.WordDiff.Hunk;

namespace KzEdition.Tests.Text;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_WhenTheWordsAreTheSame_FindsNoHunk()
    {
        Assert.Empty(WordDiff.Compare(Words("шанхай ынтымақтастық ұйымы 2001 жылы құрылды"), Words("шанхай ынтымақтастық ұйымы 2001 жылы құрылды"))!);
    }

    [Fact]
    public void Compare_OfTwoEmptyTexts_FindsNoHunk()
    {
        Assert.Empty(WordDiff.Compare([], [])!);
    }

    [Fact]
    public void Compare_WhenBInsertsAWord_FindsAnEmptyRangeOfAReplacedByIt()
    {
        var hunks = WordDiff.Compare(Words("ұйым 2001 жылы құрылды"), Words("ұйым 2001 жылы маусымда құрылды"));

        Assert.Equal([new Hunk(3, 3, 3, 4)], hunks);
    }

    [Fact]
    public void Compare_WhenBDeletesAWord_FindsItsRangeInAReplacedByNothing()
    {
        var hunks = WordDiff.Compare(Words("ең ірі өңірлік ұйымдардың бірі"), Words("ең ірі ұйымдардың бірі"));

        Assert.Equal([new Hunk(2, 3, 2, 2)], hunks);
    }

    [Fact]
    public void Compare_WhenBReplacesAWord_FindsOneHunkOverBothWords()
    {
        var hunks = WordDiff.Compare(Words("ең ірі өңірлік ұйымдардың бірі"), Words("ең ірі аймақтық ұйымдардың бірі"));

        Assert.Equal([new Hunk(2, 3, 2, 3)], hunks);
    }

    [Fact]
    public void Compare_WhenBReplacesOneWordByTwo_FindsOneHunk()
    {
        var hunks = WordDiff.Compare(Words("ең ірі өңірлік ұйым"), Words("ең ірі аймақтық маңызды ұйым"));

        Assert.Equal([new Hunk(2, 3, 2, 4)], hunks);
    }

    [Fact]
    public void Compare_WhenSeveralPlacesDiffer_FindsOneHunkForEach()
    {
        var a = Words("ұйым 2001 жылы құрылды және оның мақсаты өңірдегі қауіпсіздікті нығайту болды");
        var b = Words("ұйым 2001 жылы маусымда құрылды және оның мақсаты аймақтағы қауіпсіздікті нығайту");

        var hunks = WordDiff.Compare(a, b);

        Assert.Equal([new Hunk(3, 3, 3, 4), new Hunk(7, 8, 8, 9), new Hunk(10, 11, 11, 11)], hunks);
    }

    [Fact]
    public void Compare_WhenOneSideIsEmpty_FindsOneHunkOverTheOther()
    {
        Assert.Equal([new Hunk(0, 0, 0, 3)], WordDiff.Compare([], Words("бір екі үш")));
        Assert.Equal([new Hunk(0, 2, 0, 0)], WordDiff.Compare(Words("бір екі"), []));
    }

    [Fact]
    public void Compare_ComparesWordsExactly()
    {
        Assert.Equal([new Hunk(0, 1, 0, 1)], WordDiff.Compare(Words("НАТО мүшелері"), Words("нато мүшелері")));
    }

    [Fact]
    public void Compare_OfRandomWordLists_GivesHunksThatTurnAIntoB_WithTheFewestWordsChanged()
    {
        var random = new Random(20240611);
        string[] vocabulary = ["нато", "қазақстан", "ұйым", "және", "мен", "қауіпсіздік", "ынтымақтастық", "саясат"];
        for (var round = 0; round < 500; round++)
        {
            var a = RandomWords(random, vocabulary, random.Next(0, 25));
            var b = random.Next(3) == 0 ? RandomWords(random, vocabulary, random.Next(0, 25)) : Mutate(random, vocabulary, a);

            var hunks = WordDiff.Compare(a, b)!;

            Assert.Equal(b, Apply(a, b, hunks));
            Assert.Equal(a.Count + b.Count - (2 * LongestCommonSubsequence(a, b)), hunks.Sum(h => h.AEnd - h.AStart + h.BEnd - h.BStart));
            AssertWellFormed(a, b, hunks);
        }
    }

    [Fact]
    public void Compare_OfLongTextsThatDifferLittle_IsExactToo()
    {
        var random = new Random(7);
        string[] vocabulary = ["шанхай", "ынтымақтастық", "ұйымы", "2001", "жылы", "қытай", "ресей", "қазақстан", "қырғызстан", "тәжікстан"];
        var a = RandomWords(random, vocabulary, 3000);
        var b = a.ToList();
        b[100] = "өзбекстан";
        b.RemoveAt(2000);
        b.Insert(2500, "түрікменстан");

        var hunks = WordDiff.Compare(a, b)!;

        Assert.Equal(b, Apply(a, b, hunks));
        Assert.Equal(a.Count + b.Count - (2 * LongestCommonSubsequence(a, b)), hunks.Sum(h => h.AEnd - h.AStart + h.BEnd - h.BStart));
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static List<string> RandomWords(Random random, string[] vocabulary, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)])];

    /// <summary>A few insertions, deletions and replacements of a: a close witness, as the merger compares.</summary>
    private static List<string> Mutate(Random random, string[] vocabulary, List<string> a)
    {
        var b = a.ToList();
        for (var edits = random.Next(0, 5); edits > 0; edits--)
        {
            var at = random.Next(b.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    b.Insert(at, vocabulary[random.Next(vocabulary.Length)]);
                    break;
                case 1 when at < b.Count:
                    b.RemoveAt(at);
                    break;
                case 2 when at < b.Count:
                    b[at] = vocabulary[random.Next(vocabulary.Length)];
                    break;
            }
        }

        return b;
    }

    /// <summary>a with every hunk's range replaced by b's words for it; the words between hunks are a's.</summary>
    private static List<string> Apply(List<string> a, List<string> b, List<Hunk> hunks)
    {
        var result = new List<string>();
        var at = 0;
        foreach (var hunk in hunks)
        {
            result.AddRange(a.Skip(at).Take(hunk.AStart - at));
            result.AddRange(b.Skip(hunk.BStart).Take(hunk.BEnd - hunk.BStart));
            at = hunk.AEnd;
        }

        result.AddRange(a.Skip(at));
        return result;
    }

    private static void AssertWellFormed(List<string> a, List<string> b, List<Hunk> hunks)
    {
        int previousA = 0, previousB = 0;
        foreach (var hunk in hunks)
        {
            Assert.True(hunk.AStart <= hunk.AEnd && hunk.BStart <= hunk.BEnd, $"backwards hunk {hunk}");
            Assert.True(hunk.AEnd > hunk.AStart || hunk.BEnd > hunk.BStart, $"empty hunk {hunk}");
            Assert.True(hunk.AStart >= previousA && hunk.BStart >= previousB, $"hunk {hunk} out of order");

            // Between two hunks the texts agree, word for word.
            Assert.Equal(hunk.AStart - previousA, hunk.BStart - previousB);
            Assert.Equal(a.Skip(previousA).Take(hunk.AStart - previousA), b.Skip(previousB).Take(hunk.BStart - previousB));
            (previousA, previousB) = (hunk.AEnd, hunk.BEnd);
        }

        Assert.Equal(a.Count - previousA, b.Count - previousB);
        Assert.Equal(a.Skip(previousA), b.Skip(previousB));
    }

    [Fact]
    public void Compare_GivesTheHunksTheUnboundedSearchGave_OnGeneratedWitnesses()
    {
        // Witness-like pairs: a text and a copy with words dropped, added, changed and passages repeated.
        string[] vocabulary = ["нато", "қазақстан", "ұйым", "және", "мен", "қауіпсіздік", "ынтымақтастық", "саясат", "1994", "жылы"];
        var text = Gen.OneOf(vocabulary).Array[0, 120];
        var edit = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 200], Gen.Int[0, vocabulary.Length - 1], (kind, at, word) => (kind, at, word));
        Gen.Select(text, edit.Array[0, 30]).Sample((a, edits) =>
        {
            var b = a.ToList();
            foreach (var (kind, at, word) in edits)
            {
                var place = b.Count == 0 ? 0 : at % (b.Count + 1);
                switch (kind)
                {
                    case 0 when place < b.Count: b.RemoveAt(place); break;
                    case 1: b.Insert(place, vocabulary[word]); break;
                    case 2 when place < b.Count: b[place] = vocabulary[word]; break;
                    case 3 when place < b.Count: b.InsertRange(place, b.Skip(place).Take(8).ToList()); break;
                    default: break;
                }
            }

            var expected = Oracles.WordDiffOracle.Compare(a, b).Select(h => new Hunk(h.AStart, h.AEnd, h.BStart, h.BEnd));
            Assert.Equal(expected, WordDiff.Compare(a, b)!);
        }, iter: 2_000);
    }

    [Fact]
    public void Compare_PastTheMostEditsLookedFor_GivesUp()
    {
        // A witness that repeats one passage many times: thousands of words apart from the other.
        var passage = Words("ұйым 2001 жылы құрылды және оның мақсаты өңірдегі қауіпсіздікті нығайту болды");
        var a = passage.ToList();
        var b = Enumerable.Repeat(passage, 300).SelectMany(p => p).ToList();

        Assert.Null(WordDiff.Compare(a, b));
        Assert.Equal([new Hunk(11, 11, 11, 11 + 11 * 9)], WordDiff.Compare(a, b.Take(11 * 10).ToList()));
        Assert.Null(WordDiff.Compare(a, b.Take(11 * 10).ToList(), maxEdits: 98));
    }

    private static int LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var row = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Count; j++)
            {
                var above = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[b.Count];
    }
}
