using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes an index row's entry as the templates see it (<c>entry</c>: heading, spellings, locators
/// grouped by article, the mark of its rendered fragment). Remembered by the row (the entry with its
/// locators, its id and letter) and the articles' headings: an edit of one article's paragraphs makes
/// again the entries that cite it; the others are the last build's objects, so their fragments are
/// checked by a lookup. Reads <see cref="EditionKeys.IndexPageRow"/> and the SiteModel pipeline's
/// <see cref="EditionKeys.ArticleHeadings"/>; writes <see cref="EditionKeys.IndexEntryModel"/>. Other documents pass through.
/// </summary>
public sealed class MakeIndexEntryModel(string siteModelPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.IndexPageRow).From(siteModelPipeline, EditionKeys.ArticleHeadings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.IndexPageRow) is not { } row)
        {
            return [input];
        }

        var headings = context.OutputsOf(siteModelPipeline).Select(d => d.GetOrDefault(EditionKeys.ArticleHeadings)).OfType<ImmutableSortedDictionary<string, ArticleHeading>>().Single();
        return [input.With(EditionKeys.IndexEntryModel, IndexTemplateModel.EntryOf(row, headings))];
    }
}
