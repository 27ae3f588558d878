using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>An index page's row (<see cref="EditionKeys.IndexPageRow"/>) made its entry's model (<see cref="EditionKeys.IndexEntryModel"/>): a cross-reference of the glossary, or an entry with its locators grouped by article.</summary>
public sealed class MakeIndexEntryModel(string siteModelPipeline)
    : MakeEntryModel<IndexPageRow>(EditionKeys.IndexPageRow, EditionKeys.IndexEntryModel, siteModelPipeline)
{
    protected override ScriptObject Make(IndexPageRow row, IReadOnlyDictionary<string, ArticleHeading> articles) => IndexTemplateModel.EntryOf(row, articles);
}
