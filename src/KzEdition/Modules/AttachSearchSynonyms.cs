using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Gives each article the synonym keys of its paragraphs (<see cref="EditionKeys.ArticleSynonyms"/>)
/// from the Synonyms pipeline's <see cref="EditionKeys.SearchSynonyms"/>, so that the search index
/// reads, of the edition's index, only what concerns each article, and updates only the articles
/// whose synonyms changed. Not remembered: it is one lookup an article, and the synonyms it reads
/// change with every edit that moves a locator. Reads <see cref="EditionKeys.Article"/>.
/// </summary>
public sealed class AttachSearchSynonyms(string synonymsPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article).From(synonymsPipeline, EditionKeys.SearchSynonyms).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var synonyms = context.OutputsOf(synonymsPipeline)[0].Get(EditionKeys.SearchSynonyms);
        return [input.With(EditionKeys.ArticleSynonyms, synonyms.For(input.Get(EditionKeys.Article).Id))];
    }
}
