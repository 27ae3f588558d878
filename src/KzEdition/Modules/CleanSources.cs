using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Reading;
using KzEdition.Text;

namespace KzEdition.Modules;

/// <summary>
/// Cleans every source and assembles its articles. Reads <see cref="Keys.SourceText"/>; writes
/// <see cref="Keys.Article"/> on one document an article, and reports the layout, the furniture
/// removed and the decisions taken to the build report. Slugs are made unique across the edition.
/// </summary>
public sealed class CleanSources(string editionLang) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var evidence = WordEvidence.From(inputs.Select(d => d.Get<SourceText>(Keys.SourceText).Text));
        var cleaned = new CleanedSource[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            try
            {
                cleaned[i] = SourceCleaner.Clean(inputs[i].Get<SourceText>(Keys.SourceText), evidence);
            }
            catch (Exception ex) when (ex is not BuildException)
            {
                throw new DocumentException(inputs[i], ex);
            }
        });

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<Document>();
        foreach (var source in cleaned)
        {
            var path = source.Source.Path;
            context.Report(Diagnostic.Info($"layout: {Describe(source.Layout)}; {source.Blocks.Length} blocks", path));
            foreach (var removed in source.Furniture)
            {
                context.Report(Diagnostic.Info($"removed {removed.Reason}: «{removed.Text}»", path, removed.Line));
            }

            foreach (var decision in source.Decisions)
            {
                context.Report(decision);
            }

            if (source.Blocks.IsEmpty)
            {
                context.Report(Diagnostic.Warning("holds no text; no article made from it", path));
                continue;
            }

            var text = string.Join('\n', source.Blocks.Select(b => b.Text));
            var article = ArticleAssembler.Assemble(source, LanguageDetector.Detect(text, editionLang));
            article = article with { Slug = Unique(article.Slug, slugs) };
            if (article.TitleSource == TitleSource.Derived)
            {
                context.Report(Diagnostic.Warning($"no title in the source; derived «{article.Title}» from the opening words (give one in input/editorial/)", path, article.Witnesses[0].FirstLine));
            }

            articles.Add(Document.Create(path, null, "").With(Keys.Article, article).With(Keys.Title, article.DisplayTitle).With(Keys.Lang, article.Lang));
        }

        return Task.FromResult(articles.ToImmutable());
    }

    private static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private static string Describe(SourceLayout layout) => layout switch
    {
        SourceLayout.SentencePerLine => "one sentence a line, '..' between paragraphs",
        SourceLayout.HardWrapped => "hard-wrapped lines (PDF extraction)",
        SourceLayout.ParagraphPerLine => "one paragraph a line",
        SourceLayout.SingleLongLine => "one very long line (web copy)",
        _ => "empty",
    };
}
