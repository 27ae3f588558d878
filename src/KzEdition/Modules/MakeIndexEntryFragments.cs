using KzEdition.Engine;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes each entry of an index page a fragment of its own, before the page: a document that
/// renders <c>partials/index-entry.html</c> with the page's variables and <c>entry</c> (and its
/// letter's <c>group</c>), as the page's template would include it. Each fragment is then rendered
/// and remembered on its own by what its partial reads (<see cref="RenderPage"/>), and put where
/// the page shows <c>entry.html</c> (<see cref="JoinPageFragments"/>). So an edit that moves one
/// article's locators renders again the entries that cite that article, not the whole index: at a
/// thousand articles the persons' index alone is 7 MB of HTML, which a new paragraph rendered whole.
/// Only for an index layout that shows <c>entry.html</c> (<see cref="Theme.ReadsMember"/>): one that
/// includes the partial itself, as themes made before did, is rendered whole, its partial seeing the
/// variables the layout sets and its loop's. Reads
/// <see cref="EditionKeys.Layout"/>, <see cref="EditionKeys.Script"/> and <see cref="EditionKeys.PageModel"/>
/// (the page's <c>index</c>); not remembered: the fragments' models are put together from objects
/// the page's model holds, which costs less than a lookup.
/// </summary>
public sealed class MakeIndexEntryFragments : PerDocumentModule
{
    /// <summary>The partial an entry is rendered through, on its own or included by the index layout.</summary>
    public const string EntryPartial = "partials/index-entry";

    public override Reads Reads { get; } = Reads.Of(EditionKeys.Layout, EditionKeys.Script, EditionKeys.PageModel)
        .Using(EditionResources.Theme)
        .NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Layout) != "index"
            || input.GetOrDefault(EditionKeys.PageModel) is not { } page
            || page["index"] is not ScriptObject index
            || !context.Get(EditionResources.Theme).ReadsMember("index", "html"))
        {
            return [input];
        }

        var destination = input.Destination ?? throw new InvalidOperationException("an index page without a destination");
        var fragments = new List<Document>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in index["letters"] as ScriptArray ?? [])
        {
            var withGroup = page.With("group", group);
            foreach (var entry in (group as ScriptObject)?["entries"] as ScriptArray ?? [])
            {
                var name = (entry as ScriptObject)?["id"] as string ?? throw new InvalidOperationException($"an entry of {destination} without an id");
                if (!names.Add(name))
                {
                    throw new InvalidOperationException($"two entries of {destination} have the id {name}");
                }

                var fragment = JoinPageFragments.Fragment(destination, name, EntryPartial, withGroup.With("entry", entry));
                fragments.Add(input.GetOrDefault(EditionKeys.Script) is { } script ? fragment.With(EditionKeys.Script, script) : fragment);
            }
        }

        fragments.Add(input);
        return fragments;
    }
}
