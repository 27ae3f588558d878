using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes an article's entry in the table of contents (<see cref="TemplateModel.Article"/>), which
/// the site model gathers for every page (<c>articles</c>). Remembered by the article and its
/// number, so that after an edit the other entries are the same objects as before: made in the
/// site model itself, all of them were made again at every rebuild, 77 ms on the critical path of a
/// 1,000-article preview. Reads <see cref="EditionKeys.Article"/> and <see cref="EditionKeys.ArticleNumber"/>;
/// writes <see cref="EditionKeys.ContentsEntry"/>.
/// </summary>
public sealed class MakeContentsEntry : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.ArticleNumber);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.ContentsEntry, TemplateModel.Article(input.Get(EditionKeys.Article), input.Get(EditionKeys.ArticleNumber)))];
}
