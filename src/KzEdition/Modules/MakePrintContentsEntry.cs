using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes an article's entry in the print edition's contents (its heading, and the mark of the place
/// its fragment takes in the frame). It needs no body, so the frame, which needs every article's entry,
/// is made before any body is rendered, and each body is let go of once its own part is rendered.
/// Remembered by the article and its number, so that after an edit the other entries are the same
/// objects as before and the frame's contents are checked by lookups. Reads <see cref="EditionKeys.Article"/>
/// and <see cref="EditionKeys.ArticleNumber"/>; writes <see cref="EditionKeys.PrintContentsEntry"/>.
/// </summary>
public sealed class MakePrintContentsEntry : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.ArticleNumber);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var number = input.Get(EditionKeys.ArticleNumber);
        var entry = MakePrintModels.ArticleModel(input.Get(EditionKeys.Article), number);
        entry["print_html"] = new RawHtml(MakePrintModels.Marker(number - 1));
        return [input.With(EditionKeys.PrintContentsEntry, entry)];
    }
}
