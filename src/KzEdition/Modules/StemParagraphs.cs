using KzEdition.Engine;
using KzEdition.Search;

namespace KzEdition.Modules;

/// <summary>Each paragraph's search terms: its words stemmed in the article's language and keyed (<see cref="SearchParagraph"/>). Reads <see cref="EditionKeys.SearchPassages"/> and <see cref="EditionKeys.Lang"/>; writes <see cref="EditionKeys.SearchTerms"/>.</summary>
public sealed class StemParagraphs : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.SearchPassages, EditionKeys.Lang);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var lang = input.Get(EditionKeys.Lang);
        return [input.With(EditionKeys.SearchTerms, [.. input.Get(EditionKeys.SearchPassages).Select(p => SearchParagraph.Of(p.Text, lang))])];
    }
}
