using KzEdition.Engine.Memo;

namespace KzEdition.Tests.Engine;

/// <summary>What the store keeps from build to build: what the last successful build used, and after a failure everything.</summary>
public sealed class MemoStoreTests
{
    private static readonly Fingerprint A = new FingerprintBuilder().Add("a").Build();
    private static readonly Fingerprint B = new FingerprintBuilder().Add("b").Build();
    private static readonly Fingerprint C = new FingerprintBuilder().Add("c").Build();

    [Fact]
    public void ASuccessfulBuild_KeepsWhatItUsedOrMade_AndForgetsTheRest()
    {
        var store = new MemoStore();
        store.Set(A, "a");
        store.Set(B, "b");
        store.EndBuild(succeeded: true);

        Assert.True(store.TryGet(A, out string a)); // used again
        store.Set(C, "c"); // made
        store.EndBuild(succeeded: true);

        Assert.Equal("a", a);
        Assert.True(store.TryGet(A, out string _));
        Assert.True(store.TryGet(C, out string _));
        Assert.False(store.TryGet(B, out string _));
    }

    [Fact]
    public void AFailedBuild_ForgetsNothing_AndTheNextSuccessfulBuildForgetsWhatNeitherUsed()
    {
        var store = new MemoStore();
        store.Set(A, "a");
        store.Set(B, "b");
        store.EndBuild(succeeded: true);

        store.Set(C, "c"); // the failed build used neither A nor B
        store.EndBuild(succeeded: false);

        Assert.True(store.TryGet(B, out string _));
        Assert.True(store.TryGet(C, out string _));
        store.EndBuild(succeeded: true); // used B and C, not A

        Assert.False(store.TryGet(A, out string _));
        Assert.True(store.TryGet(B, out string b));
        Assert.Equal("b", b);
    }

    [Fact]
    public void AValueSetAgain_ReplacesTheOld()
    {
        var store = new MemoStore();
        store.Set(A, "first");
        store.EndBuild(succeeded: true);
        store.Set(A, "second");
        store.EndBuild(succeeded: true);

        Assert.True(store.TryGet(A, out string value));
        Assert.Equal("second", value);
    }

    [Fact]
    public void AForgetfulStore_GivesNothingBack()
    {
        var store = MemoStore.Forgetful;
        store.Set(A, "a");

        Assert.False(store.TryGet(A, out string _));
    }
}
