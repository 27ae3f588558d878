using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Model;

namespace KzEdition.Modules;

/// <summary>
/// Makes one of the edition's own pages of its Markdown (<c>input/pages/&lt;name&gt;.md</c>, with a
/// <c>title:</c> in front matter): <c>about.md</c> becomes <c>about/index.html</c>, and its text before the
/// first heading is the home page's introduction. Reads <see cref="EditionKeys.FileStamp"/> and
/// <see cref="EditionKeys.FileText"/>; writes <see cref="EditionKeys.Title"/>, <see cref="EditionKeys.BodyHtml"/>, its parsed text
/// (<see cref="EditionKeys.Body"/>, which the print edition's colophon renders),
/// <see cref="EditionKeys.Introduction"/>, <see cref="EditionKeys.Layout"/> (about) and <see cref="EditionKeys.InSitemap"/>.
/// </summary>
public sealed class ReadPage : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.FileStamp, EditionKeys.FileText);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var file = input.Get(EditionKeys.FileStamp);
        var markdown = input.Get(EditionKeys.FileText);
        var name = Path.GetFileNameWithoutExtension(file.Relative);

        // The name is the page's folder in the output (about.md → about/index.html).
        if (Site.SiteNames.PageNameProblem(name) is { } problem)
        {
            throw new BuildException(Diagnostic.Error(problem, file.Display));
        }

        var pipeline = MarkdownPipelineFactory.Shared;
        var (frontMatter, body) = ArticleMarkdownReader.Read(markdown, file.Display, pipeline, context.Report);
        var html = Markdig.Markdown.ToHtml(markdown, pipeline);
        var introduction = string.Concat(body.TakeWhile(b => b is Paragraph).Select(b => Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(((Paragraph)b).Text), pipeline)));
        return
        [
            input.WithDestination($"{name}/index.html")
                .With(EditionKeys.Body, ArticleBody.Parse(markdown, pipeline))
                .With(EditionKeys.Title, frontMatter.Title ?? name)
                .With(EditionKeys.BodyHtml, html)
                .With(EditionKeys.Introduction, introduction)
                .With(EditionKeys.Layout, "about")
                .With(EditionKeys.InSitemap, true),
        ];
    }
}
