using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Templating;

/// <summary>
/// What an article's page shows of the rest of the edition, as plain values: its number, its
/// related articles and its keywords' entries. Taken from the whole edition every build (cheaply),
/// so that the article's own template model (made by the module MakeArticleModel) is remembered
/// by these few values, not by the whole edition's model, which changes with any edit.
/// </summary>
/// <remarks>
/// Its fingerprint is written out here (<see cref="IFingerprinted"/>) rather than read field by field:
/// a context is made anew for every article at every build, and read through reflection, with each
/// related link and entry kept beside its fingerprint, the 1,000 contexts of a preview edit at 1,000
/// articles cost a sixth of its CPU and thousands of table entries for the collector. Every value of
/// the context and of its links goes in; <c>ArticleContextTests</c> fails when a value added to any
/// of the three records is left out.
/// </remarks>
public sealed record ArticleContext(int Number, ImmutableArray<RelatedLink> Related, ImmutableArray<EntryLink> Keywords) : IFingerprinted
{
    public Fingerprint GetFingerprint()
    {
        var builder = new FingerprintBuilder().Add(nameof(ArticleContext)).Add(Number).Add(Related.Length);
        foreach (var related in Related)
        {
            builder.Add(related.Title).Add(related.Lang).Add(related.Url);
            Add(builder, related.Shared);
        }

        Add(builder, Keywords);
        return builder.Build();
    }

    private static void Add(FingerprintBuilder builder, ImmutableArray<EntryLink> links)
    {
        builder.Add(links.Length);
        foreach (var link in links)
        {
            builder.Add(link.Text).Add(link.Url);
        }
    }
}
