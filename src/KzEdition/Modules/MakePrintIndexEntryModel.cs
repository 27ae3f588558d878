using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>A row of the print edition's indices (<see cref="EditionKeys.PrintIndexRow"/>) made its entry's model (<see cref="EditionKeys.PrintIndexEntryModel"/>): heading, key, locators by paragraph.</summary>
public sealed class MakePrintIndexEntryModel(string siteModelPipeline)
    : MakeEntryModel<PrintIndexRow>(EditionKeys.PrintIndexRow, EditionKeys.PrintIndexEntryModel, siteModelPipeline)
{
    protected override ScriptObject Make(PrintIndexRow row, IReadOnlyDictionary<string, ArticleHeading> articles) => PrintTemplateModel.EntryOf(row, articles);
}
