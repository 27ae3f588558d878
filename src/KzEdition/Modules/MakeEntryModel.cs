using KzEdition.Engine;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes a row of an index its entry's model as the templates see it (<c>entry</c>), one row a document
/// (<see cref="MakeIndexEntryModel"/> for the index pages, <see cref="MakePrintIndexEntryModel"/> for the
/// print edition's indices). Remembered by the row (its entry with its locators, and where it stands) and
/// the articles' headings: an edit of one article's paragraphs makes again the entries that cite it; the
/// others are the last build's objects, so their fragments are checked by a lookup. Reads the row and the
/// SiteModel pipeline's <see cref="EditionKeys.ArticleHeadings"/>; writes the model. Other documents pass through.
/// </summary>
public abstract class MakeEntryModel<TRow>(Key<TRow> row, Key<ScriptObject> model, string siteModelPipeline) : PerDocumentModule
    where TRow : class
{
    public override Reads Reads { get; } = Reads.Of(row).From(siteModelPipeline, EditionKeys.ArticleHeadings);

    /// <summary>The entry's model, from its row and the headings of the articles it cites.</summary>
    protected abstract ScriptObject Make(TRow row, IReadOnlyDictionary<string, ArticleHeading> articles);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(row) is not { } value)
        {
            return [input];
        }

        var headings = SharedOutputs.Headings(context, siteModelPipeline);
        return [input.With(model, Make(value, headings))];
    }
}
