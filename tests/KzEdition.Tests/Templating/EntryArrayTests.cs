using KzEdition.Engine.Memo;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Tests.Templating;

/// <summary>
/// A table of contents' fingerprint (<see cref="EntryArray"/>) follows what its entries hold, in
/// their order, whichever objects hold it: a page that shows the contents is rendered again exactly
/// when an entry it shows differs.
/// </summary>
public sealed class EntryArrayTests
{
    private static ScriptObject Entry(string title, int words) => new() { ["display_title"] = title, ["words"] = words };

    [Fact]
    public void EqualEntriesInNewObjects_GiveTheSameFingerprint()
    {
        var one = new EntryArray([Entry("Бірінші", 10), Entry("Екінші", 20)]);
        var again = new EntryArray([Entry("Бірінші", 10), Entry("Екінші", 20)]);

        Assert.Equal(Fingerprints.Of(one), Fingerprints.Of(again));
    }

    [Fact]
    public void AFieldOfOneEntry_TheOrder_OrTheCount_ChangeIt()
    {
        var first = Entry("Бірінші", 10);
        var second = Entry("Екінші", 20);
        var fingerprint = Fingerprints.Of(new EntryArray([first, second]));

        Assert.NotEqual(fingerprint, Fingerprints.Of(new EntryArray([first, Entry("Екінші", 21)])));
        Assert.NotEqual(fingerprint, Fingerprints.Of(new EntryArray([second, first])));
        Assert.NotEqual(fingerprint, Fingerprints.Of(new EntryArray([first])));
        Assert.NotEqual(fingerprint, Fingerprints.Of(new EntryArray([first, second, first])));
    }

    [Fact]
    public void ItIsTheTemplatesArray_ItsEntriesInOrder()
    {
        var array = new EntryArray([Entry("Бірінші", 10), Entry("Екінші", 20)]);

        Assert.Equal(["Бірінші", "Екінші"], array.Cast<ScriptObject>().Select(e => e["display_title"] as string));
        Assert.Equal(Fingerprints.Of(new EntryArray([Entry("Бірінші", 10), Entry("Екінші", 20)])), Fingerprints.Of(array));
    }
}
