using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Model;
using Markdig;

namespace KzEdition.Modules;

/// <summary>
/// Reads the edition's own pages, <c>input/pages/&lt;name&gt;.md</c> (Markdown with a <c>title:</c>
/// in front matter): <c>about.md</c> becomes <c>about/index.html</c>, and its text before the first
/// heading is the home page's introduction. Writes <see cref="Keys.Title"/>, <see cref="Keys.BodyHtml"/>,
/// <see cref="Keys.Layout"/> (about).
/// </summary>
public sealed class ReadPages(string pagesDirectory, string displayPages, MarkdownPipeline pipeline) : IModule
{
    public const string Folder = "pages";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!Directory.Exists(pagesDirectory))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var pages = ImmutableArray.CreateBuilder<Document>();
        var errors = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(pagesDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var display = $"{displayPages}/{Path.GetFileName(file)}";
            try
            {
                var markdown = File.ReadAllText(file);
                var (frontMatter, body) = ArticleMarkdownReader.Read(markdown, display, pipeline);
                var html = Markdig.Markdown.ToHtml(markdown, pipeline);
                var introduction = string.Concat(body.TakeWhile(b => b is Paragraph).Select(b => Markdig.Markdown.ToHtml(Markdown.MarkdownEscaper.Escape(((Paragraph)b).Text), pipeline)));
                pages.Add(Document.Create(display, $"{name}/index.html", html)
                    .With(Keys.Title, frontMatter.Title ?? name)
                    .With(Keys.BodyHtml, html)
                    .With(Keys.Introduction, introduction)
                    .With(Keys.Layout, "about")
                    .With(Keys.InSitemap, true));
            }
            catch (BuildException ex)
            {
                errors.AddRange(ex.Diagnostics);
            }
        }

        return errors.Count > 0 ? throw new BuildException(errors) : Task.FromResult(pages.ToImmutable());
    }
}
