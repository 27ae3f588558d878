using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Gives each index page what the indices show of every article (<see cref="Templating.ArticleHeading"/>),
/// from the SiteModel pipeline's model. Not remembered: it is one value every build shares, and
/// what is remembered is the index page's model made from it (<see cref="MakeIndexModel"/>). Pages
/// without the index pass through. Reads <see cref="EditionKeys.EditionIndex"/>; writes <see cref="EditionKeys.ArticleHeadings"/>.
/// </summary>
public sealed class AttachArticleHeadings(string siteModelPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.EditionIndex).From(siteModelPipeline, EditionKeys.SiteModel).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        input.GetOrDefault(EditionKeys.EditionIndex) is null
            ? [input]
            : [input.With(EditionKeys.ArticleHeadings, context.OutputsOf(siteModelPipeline)[0].Get(EditionKeys.SiteModel).Headings)];
}
