using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes a row of the print edition's indices its entry's model (<c>entry</c>: heading, key, locators
/// by paragraph, the mark of its fragment). Remembered by the row and the articles' headings: an edit of
/// one article's paragraphs makes again the entries that cite it. Reads <see cref="EditionKeys.PrintIndexRow"/>
/// and the SiteModel pipeline's <see cref="EditionKeys.ArticleHeadings"/>; writes <see cref="EditionKeys.PrintIndexEntryModel"/>.
/// Other documents pass through.
/// </summary>
public sealed class MakePrintIndexEntryModel(string siteModelPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.PrintIndexRow).From(siteModelPipeline, EditionKeys.ArticleHeadings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.PrintIndexRow) is not { } row)
        {
            return [input];
        }

        var headings = context.OutputsOf(siteModelPipeline).Select(d => d.GetOrDefault(EditionKeys.ArticleHeadings)).OfType<ImmutableSortedDictionary<string, ArticleHeading>>().Single();
        return [input.With(EditionKeys.PrintIndexEntryModel, PrintTemplateModel.EntryOf(row, headings))];
    }
}
