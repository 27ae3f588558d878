using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Gives each article page its <see cref="ArticleContext"/> (number, related articles, keyword
/// links) from the edition's index and the articles' headings (<see cref="ArticleHeading"/>: what
/// a related article shows, and each article's number). Remembered by exactly those: an edit that
/// changes neither the index nor a title or number, as a word edit does not, gives every article
/// the very context of the last build, so the article's model made from it (<see cref="MakeArticleModel"/>)
/// is found by a reference, not a fingerprint made anew. (It read the whole site model before, which
/// changes with any edit, and so made 2,000 contexts a word edit at 1,000 articles.) Pages without an
/// article pass through. Reads <see cref="EditionKeys.Article"/>, the Indices pipeline's <see cref="EditionKeys.EditionIndex"/>
/// and the SiteModel pipeline's <see cref="EditionKeys.ArticleHeadings"/>; writes <see cref="EditionKeys.ArticleContext"/>.
/// </summary>
public sealed class AttachArticleContext(string siteModelPipeline, string indicesPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article)
        .From(siteModelPipeline, EditionKeys.ArticleHeadings)
        .From(indicesPipeline, EditionKeys.EditionIndex);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Article) is not { } article)
        {
            return [input];
        }

        var headings = SharedOutputs.Headings(context, siteModelPipeline);
        var index = SharedOutputs.Index(context, indicesPipeline);
        return [input.With(EditionKeys.ArticleContext, IndexTemplateModel.Context(index, article, headings))];
    }
}
