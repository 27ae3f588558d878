using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Warns, once a build, when the site's address is unknown (no <c>base_url</c> in edition.yml, no
/// <c>--base-url</c>): every page links relatively and works anywhere, but <c>404.html</c> is served at
/// the missing URL's depth and cannot know the sub-path, so it links from the host's root and needs its
/// script to find the site under a sub-path. Reads <see cref="EditionResources.Settings"/>; passes its
/// inputs through. Not remembered, so that the warning comes with every build, not only the first.
/// </summary>
/// <param name="settingsFile">edition.yml as the user would type its path, for the message.</param>
public sealed class WarnOfUnknownAddress(string settingsFile) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.Using(EditionResources.Settings).NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.Get(EditionResources.Settings).BaseUrl is null)
        {
            context.Report(Diagnostic.Warning(
                "base_url is empty, so 404.html cannot know where the site is published: its links start at the host's root, and under a sub-path only its script (JavaScript) finds the site; no canonical links, no sitemap.xml. Give base_url (or --base-url) the site's address, e.g. https://example.org/edition/",
                settingsFile));
        }

        return inputs;
    }
}
