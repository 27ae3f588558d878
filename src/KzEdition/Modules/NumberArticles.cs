using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Gives each article its number in the edition (<see cref="EditionKeys.ArticleNumber"/>, from 1, in
/// the order of the pipeline's documents, which is the edition's), so that what shows the number
/// (an entry of the contents) can be made per article and remembered by it. Reads nothing; not
/// remembered (a number a document).
/// </summary>
public sealed class NumberArticles : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
        [.. inputs.Select((document, index) => document.With(EditionKeys.ArticleNumber, index + 1))];
}
