using KzEdition.Engine.Memo;
using KzEdition.Templating;

namespace KzEdition.Tests.Templating;

/// <summary>
/// The context's own fingerprint (<see cref="ArticleContext.GetFingerprint"/>): the preview remembers
/// an article's model by it, so a value it leaves out would leave a page stale. Each value of the
/// context and of its links changes it, and a value added to any of the three records fails here
/// until it is added there too.
/// </summary>
public sealed class ArticleContextTests
{
    private static readonly EntryLink Entry = new("НАТО", "index/acronyms/index.html#nato");
    private static readonly RelatedLink Related = new("Қазақстан мен НАТО", "kk", "articles/a/index.html", [Entry]);
    private static readonly ArticleContext Context = new(3, [Related], [new EntryLink("қауіпсіздік", null)]);

    [Fact]
    public void EveryValueOfTheContextAndItsLinks_ChangesItsFingerprint()
    {
        ArticleContext[] variants =
        [
            Context with { Number = 4 },
            Context with { Related = [] },
            Context with { Related = [Related, Related] },
            Context with { Related = [Related with { Title = "Басқа" }] },
            Context with { Related = [Related with { Lang = "ru" }] },
            Context with { Related = [Related with { Url = "articles/b/index.html" }] },
            Context with { Related = [Related with { Shared = [] }] },
            Context with { Related = [Related with { Shared = [Entry with { Text = "ЕАӘК" }] }] },
            Context with { Related = [Related with { Shared = [Entry with { Url = null }] }] },
            Context with { Keywords = [] },
            Context with { Keywords = [new EntryLink("қауіпсіздік", "index/keywords/index.html#x")] },
            Context with { Keywords = [new EntryLink("бейбітшілік", null)] },
        ];

        var fingerprints = variants.Select(v => v.GetFingerprint()).Prepend(Context.GetFingerprint()).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void EqualContexts_HaveOneFingerprint_AndTheEngineUsesIt()
    {
        var copy = new ArticleContext(3, [new RelatedLink("Қазақстан мен НАТО", "kk", "articles/a/index.html", [new EntryLink("НАТО", "index/acronyms/index.html#nato")])], [new EntryLink("қауіпсіздік", null)]);

        Assert.Equal(Context.GetFingerprint(), copy.GetFingerprint());
        Assert.Equal(Fingerprints.Of(Context), Fingerprints.Of(copy));
        Assert.NotEqual(Fingerprints.Of(Context), Fingerprints.Of(Context with { Number = 4 }));
    }

    [Theory]
    [InlineData(typeof(ArticleContext), 3)]
    [InlineData(typeof(RelatedLink), 4)]
    [InlineData(typeof(EntryLink), 2)]
    public void TheRecordsHoldTheValuesTheFingerprintReads(Type record, int values)
    {
        // A value added to one of these records must go into ArticleContext.GetFingerprint, and a
        // variant of it into the test above: then change the count here.
        Assert.Equal(values, record.GetProperties().Count(p => p.DeclaringType == record && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract"));
    }
}
