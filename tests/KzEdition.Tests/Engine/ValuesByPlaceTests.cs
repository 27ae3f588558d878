using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Tests.Engine;

/// <summary>A module's values by place from the last build: a reference comparison stands in for a lookup, and never for a fingerprint.</summary>
public sealed class ValuesByPlaceTests
{
    private sealed record Paragraph(string Text);

    [Fact]
    public void AnotherObjectAtAPlace_HasItsOwnFingerprint_NotTheOneRememberedThere()
    {
        var values = new ValuesByPlace(width: 2);
        values.Resize(3);
        var first = new Paragraph("бірінші");
        Fingerprints.Of(first); // asked for before: lasting, so remembered at its place

        Assert.Equal(Fingerprints.Of(first), values.Of(1, 0, first));
        Assert.Equal(Fingerprints.Of(first), values.Of(1, 0, first));

        var other = new Paragraph("екінші");
        Assert.Equal(Fingerprints.Of(other), values.Of(1, 0, other));
        Assert.NotEqual(values.Of(1, 0, first), values.Of(1, 0, other));
    }

    [Fact]
    public void AValueMadeThisBuild_IsFingerprinted_ButNotHeldAtItsPlace()
    {
        var values = new ValuesByPlace(width: 1);
        values.Resize(1);
        var kept = new Paragraph("ескі");
        Fingerprints.Of(kept);
        values.Of(0, 0, kept);

        var fresh = new Paragraph("жаңа"); // never asked for: not lasting
        Assert.Equal(Fingerprints.Of(fresh), values.Of(0, 0, fresh));

        // The place still holds the lasting value, and gives its fingerprint for it.
        Assert.Equal(Fingerprints.Of(kept), values.Of(0, 0, kept));
    }

    [Fact]
    public void APlaceOutsideTheDocuments_OrNone_IsFingerprintedAsAnyValue()
    {
        var values = new ValuesByPlace(width: 2);
        values.Resize(1);
        object words = ImmutableArray.Create("a", "b");

        Assert.Equal(Fingerprints.Of(words), values.Of(-1, 0, words));
        Assert.Equal(Fingerprints.Of(words), values.Of(5, 1, words));

        values.Resize(0);
        Assert.Equal(Fingerprints.Of(words), values.Of(0, 0, words));
    }

    [Fact]
    public void OnlyAsked_Before_IsAValueLasting()
    {
        var value = new Paragraph("бір рет");
        Fingerprints.Of(value, out var first);
        Fingerprints.Of(value, out var again);
        Fingerprints.Of("қысқа жол", out var shortString);
        Fingerprints.Of(7, out var number);

        Assert.False(first);
        Assert.True(again);
        Assert.True(shortString);
        Assert.False(number); // a new box each time
    }
}
