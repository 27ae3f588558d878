using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Model;
using Markdig;

namespace KzEdition.Modules;

/// <summary>
/// Replaces the automatic text of an article with the editor's corrected Markdown in
/// <c>input/articles/&lt;slug&gt;.md</c>. Its front matter may give only the fields that change;
/// the others keep the cleaner's values. A file whose name is no article's slug is an error.
/// Reads and writes <see cref="Keys.Article"/>; writes <see cref="Keys.HandCorrectedMarkdown"/>.
/// </summary>
/// <remarks>
/// In an incremental session (<paramref name="memo"/> given) a file the watcher saw untouched
/// (<paramref name="untouched"/>), or of the same length and time of writing, is not read again,
/// and one that reads as before, over the same automatic article, is not parsed again.
/// </remarks>
public sealed class ApplyHandCorrections(string articlesDirectory, string displayArticles, MarkdownPipeline pipeline, MemoStore? memo = null, Func<string, bool>? untouched = null) : IModule
{
    public const string Folder = "articles";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!Directory.Exists(articlesDirectory))
        {
            return Task.FromResult(inputs);
        }

        var errors = new List<Diagnostic>();
        var bySlug = inputs.Select((d, i) => (d.Get<Article>(Keys.Article).Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        var result = inputs.ToBuilder();
        foreach (var file in Directory.EnumerateFiles(articlesDirectory, "*.md").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var display = $"{displayArticles}/{Path.GetFileName(file)}";
            var slug = Path.GetFileNameWithoutExtension(file);
            if (!bySlug.TryGetValue(slug, out var index))
            {
                errors.Add(Diagnostic.Error($"no article has the slug '{slug}': a corrected article's file is named after its slug, as edition.json gives it", display));
                continue;
            }

            try
            {
                // What the file gave when last read, over this automatic article. (A file in error is
                // named again by the watcher's changes until a build succeeds: see EditionSession.)
                var last = memo is null ? null : new RefKey(display, "last read", inputs[index]);
                if (last is null || untouched?.Invoke(file) != true || !memo!.TryGet(last, out Document corrected))
                {
                    corrected = Read(file, display, inputs[index]);
                    memo?.Set(last!, corrected);
                }

                result[index] = corrected;
                context.Report(Diagnostic.Info("the editor's corrected text replaces the automatic cleaning", display));
            }
            catch (BuildException ex)
            {
                errors.AddRange(ex.Diagnostics);
            }
        }

        return errors.Count > 0 ? throw new BuildException(errors) : Task.FromResult(result.ToImmutable());
    }

    /// <summary>The corrected article a file gives: not read again when its length and time of writing are as before, not parsed again when it reads as before.</summary>
    private Document Read(string file, string display, Document input)
    {
        if (memo is null)
        {
            return Correct(input, File.ReadAllText(file), display);
        }

        var info = new FileInfo(file);
        var stamp = new RefKey(display, $"{info.Length}@{info.LastWriteTimeUtc.Ticks}", input);
        if (memo.TryGet(stamp, out Document remembered))
        {
            return remembered; // the same file, unread: same length, same time of writing
        }

        var markdown = File.ReadAllText(file);
        var key = new RefKey(markdown, input);
        if (!memo.TryGet(key, out Document corrected))
        {
            corrected = Correct(input, markdown, display);
            memo.Set(key, corrected);
        }

        memo.Set(stamp, corrected);
        return corrected;
    }

    private Document Correct(Document input, string markdown, string display)
    {
        var (frontMatter, body) = ArticleMarkdownReader.Read(markdown, display, pipeline);
        var automatic = input.Get<Article>(Keys.Article);
        var corrected = frontMatter.ToArticle(body, automatic) with { Slug = automatic.Slug };
        return input.With(Keys.Article, corrected).With(Keys.HandCorrectedMarkdown, markdown)
            .With(Keys.Title, corrected.DisplayTitle).With(Keys.Lang, corrected.Lang);
    }
}
