using KzEdition.Engine;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes an article's part of the print edition a page model: the variables every part shares (given
/// by <see cref="MakePrintModels"/>) and the article's own (<see cref="MakePrintArticleModel"/>). It runs
/// in the same pass over the documents as the article's print body and the part's rendering, so a body is
/// let go of as soon as its part is rendered, not held with every other until the last is. Not remembered:
/// putting the variables together costs less than the lookup, and the part's rendering is remembered by what
/// its template reads. The print edition's other parts (the indices, the frame) pass through. Reads
/// <see cref="EditionKeys.PrintArticleModel"/> and <see cref="EditionKeys.PrintSharedVariables"/>; writes
/// <see cref="EditionKeys.PageModel"/>, and lets go of what is in the model now (and of the article's context).
/// </summary>
public sealed class MakePrintPartModel : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.PrintArticleModel, EditionKeys.PrintSharedVariables).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.PrintArticleModel) is not { } article)
        {
            return [input];
        }

        var variables = new ScriptObject();
        foreach (var (name, value) in input.Get(EditionKeys.PrintSharedVariables))
        {
            variables[name] = value;
        }

        variables["article"] = article;
        return [input
            .Without(EditionKeys.PrintArticleModel, EditionKeys.PrintSharedVariables)
            .With(EditionKeys.PageModel, new PageModel(variables))];
    }
}
