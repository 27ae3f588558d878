using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Tests.Engine;

public sealed class FingerprintsTests
{
    private sealed record Title(string Text);

    private sealed record Heading(string Text);

    private sealed record Page(string Path, ImmutableArray<string> Words, int Number, double Weight);

    private sealed record Holder(Counted Part);

    private sealed class Plain(string text)
    {
        public string Text { get; } = text;
    }

    private sealed class Counted(string text) : IFingerprinted
    {
        public int Asked { get; private set; }

        public Fingerprint GetFingerprint()
        {
            Asked++;
            return new FingerprintBuilder().Add(text).Build();
        }
    }

    [Fact]
    public void EqualContent_InOtherObjects_HasTheSameFingerprint()
    {
        Assert.Equal(Fingerprints.Of(new Page("a", ["x", "y"], 3, 0.5)), Fingerprints.Of(new Page("a", ["x", "y"], 3, 0.5)));
        Assert.Equal(Fingerprints.Of(new string('қ', 10_000)), Fingerprints.Of(new string('қ', 10_000)));
    }

    /// <summary>A document holds an immutable array boxed, and the box's fingerprint is kept beside it: the same as any box of equal items gives, and read from the items the first time only.</summary>
    [Fact]
    public void ABoxedImmutableArray_KeptBesideItsBox_IsFingerprintedByItsItems()
    {
        object box = ImmutableArray.Create("x", "y");
        var first = Fingerprints.Of(box);

        Assert.Equal(first, Fingerprints.Of(box));
        Assert.Equal(first, Fingerprints.Of(ImmutableArray.Create("x", "y")));
        Assert.Equal(first, Fingerprints.Of(new Page("a", ["x", "y"], 3, 0.5).Words));
        Assert.NotEqual(first, Fingerprints.Of(ImmutableArray.Create("y", "x")));
        Assert.Equal(Fingerprints.Of(default(ImmutableArray<string>)), Fingerprints.Of((object)default(ImmutableArray<string>)));
    }

    [Fact]
    public void AnyFieldThatDiffers_MakesAnotherFingerprint()
    {
        var page = new Page("a", ["x", "y"], 3, 0.5);

        Assert.NotEqual(Fingerprints.Of(page), Fingerprints.Of(page with { Path = "b" }));
        Assert.NotEqual(Fingerprints.Of(page), Fingerprints.Of(page with { Words = ["y", "x"] }));
        Assert.NotEqual(Fingerprints.Of(page), Fingerprints.Of(page with { Number = 4 }));
        Assert.NotEqual(Fingerprints.Of(page), Fingerprints.Of(page with { Weight = 0.5000001 }));
    }

    [Fact]
    public void TheTypeIsPartOfTheFingerprint_AndPartsNeverRunTogether()
    {
        Assert.NotEqual(Fingerprints.Of(new Title("НАТО")), Fingerprints.Of(new Heading("НАТО")));
        Assert.NotEqual(Fingerprints.Of(ImmutableArray.Create("ab", "c")), Fingerprints.Of(ImmutableArray.Create("a", "bc")));
        Assert.NotEqual(Fingerprints.Of(ImmutableArray<string>.Empty), Fingerprints.Of(default(ImmutableArray<string>)));
        Assert.NotEqual(Fingerprints.Of(null), Fingerprints.Of(""));
    }

    [Fact]
    public void NumbersDatesAndEnums_AreReadByTheirValueAndTheirType()
    {
        Assert.Equal(Fingerprints.Of(1_000_000), Fingerprints.Of(1_000_000));
        Assert.Equal(Fingerprints.Of(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc)), Fingerprints.Of(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc)));
        Assert.NotEqual(Fingerprints.Of(1), Fingerprints.Of(2));
        Assert.NotEqual(Fingerprints.Of(1), Fingerprints.Of(1L));
        Assert.NotEqual(Fingerprints.Of(1), Fingerprints.Of(true));
        Assert.NotEqual(Fingerprints.Of(-1), Fingerprints.Of(uint.MaxValue));
        Assert.NotEqual(Fingerprints.Of(0.1 + 0.2), Fingerprints.Of(0.3));
        Assert.NotEqual(Fingerprints.Of(DayOfWeek.Monday), Fingerprints.Of(DayOfWeek.Tuesday));
        Assert.NotEqual(Fingerprints.Of(DayOfWeek.Monday), Fingerprints.Of(1));
        Assert.NotEqual(Fingerprints.Of(1.5m), Fingerprints.Of(1.50001m));
        Assert.NotEqual(Fingerprints.Of(new DateOnly(2026, 12, 7)), Fingerprints.Of(new DateOnly(2026, 12, 8)));
    }

    [Fact]
    public void ALongList_HasItsItemsInOrder_AndItsCount()
    {
        // Past the first buffer of item fingerprints (32): the parts grow, none is lost.
        var words = Enumerable.Range(0, 1000).Select(i => $"сөз{i}").ToImmutableArray();

        Assert.Equal(Fingerprints.Of(words), Fingerprints.Of(words.ToArray().ToImmutableArray()));
        Assert.NotEqual(Fingerprints.Of(words), Fingerprints.Of(words.SetItem(999, "сөз")));
        Assert.NotEqual(Fingerprints.Of(words), Fingerprints.Of(words.SetItem(40, "сөз")));
        Assert.NotEqual(Fingerprints.Of(words), Fingerprints.Of(words.RemoveAt(999)));
        Assert.NotEqual(Fingerprints.Of(words.ToList()), Fingerprints.Of(words.Reverse().ToList()));
    }

    [Fact]
    public void DictionariesAndSets_HaveOneFingerprintWhateverTheirOrder()
    {
        var forward = new Dictionary<string, object> { ["a"] = 1, ["b"] = "two" };
        var backward = new Dictionary<string, object> { ["b"] = "two", ["a"] = 1 };

        Assert.Equal(Fingerprints.Of(forward), Fingerprints.Of(backward));
        Assert.Equal(Fingerprints.Of(new HashSet<string> { "x", "y" }), Fingerprints.Of(new HashSet<string> { "y", "x" }));
        Assert.NotEqual(Fingerprints.Of(forward), Fingerprints.Of(new Dictionary<string, object> { ["a"] = 1, ["b"] = "three" }));
    }

    [Fact]
    public void ATemplateModel_IsReadAsTheDictionaryItIs()
    {
        var model = new Scriban.Runtime.ScriptObject { ["title"] = "Қазақстан", ["authors"] = new Scriban.Runtime.ScriptArray(["А. Б."]) };
        var same = new Scriban.Runtime.ScriptObject { ["authors"] = new Scriban.Runtime.ScriptArray(["А. Б."]), ["title"] = "Қазақстан" };

        Assert.Equal(Fingerprints.Of(model), Fingerprints.Of(same));
        same["title"] = "Ресей";
        Assert.NotEqual(Fingerprints.Of(model), Fingerprints.Of(new Scriban.Runtime.ScriptObject { ["authors"] = new Scriban.Runtime.ScriptArray(["А. Б."]), ["title"] = "Ресей" }));
    }

    [Fact]
    public void AClassThatIsNoRecord_IsRefusedByName_NeverFingerprintedByIdentity()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Fingerprints.Of(new Plain("x")));

        Assert.Contains(nameof(Plain), ex.Message, StringComparison.Ordinal);
        Assert.Contains("IFingerprinted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueThatSaysItsFingerprint_IsAskedOnceAnObject()
    {
        var value = new Counted("x");

        var first = Fingerprints.Of(value);
        var second = Fingerprints.Of(value);

        Assert.Equal(first, second);
        Assert.Equal(1, value.Asked);
        Assert.Equal(first, Fingerprints.Of(new Counted("x")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(5_000)]
    public void AString_HasTheFingerprintOfItsPartsThroughABuilder(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => "НАТО-ның ә"[i % 10]));

        Assert.Equal(new FingerprintBuilder().Add("s").Add(text).Build(), Fingerprints.Of(text));
    }

    [Fact]
    public void APartOfAValue_IsLookedUpButNotKept_AValueAskedForIsKept()
    {
        var part = new Counted("x");

        Fingerprints.Of(new Holder(part));
        Fingerprints.Of(new Holder(part));
        Assert.Equal(2, part.Asked); // a part, computed each time its holder is new

        Fingerprints.Of(part);
        Fingerprints.Of(new Holder(part));
        Assert.Equal(3, part.Asked); // asked for on its own, it is kept, and found as a part
    }

    [Fact]
    public void AnImmutableArray_KeepsItsItems_AsItCannotBeKeptItself()
    {
        var items = ImmutableArray.Create(new Counted("a"), new Counted("b"));

        var first = Fingerprints.Of(items);
        var second = Fingerprints.Of(items);

        Assert.Equal(first, second);
        Assert.All(items, item => Assert.Equal(1, item.Asked));
    }
}
