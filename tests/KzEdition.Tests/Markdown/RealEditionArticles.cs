using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Configuration;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Markdown;
using KzEdition.Model;
using KzEdition.Templating;
using KzEdition.Tests.Support;
using Markdig;

namespace KzEdition.Tests.Markdown;

/// <summary>
/// The real input/ run through the edition's pipelines once: each article's Markdown as the build
/// renders it, and the real index its pages are cross-linked to.
/// </summary>
public sealed class RealEditionArticles : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public MarkdownPipeline Pipeline { get; } = MarkdownPipelineFactory.Create();

    public ImmutableArray<(Article Article, string Markdown)> Articles { get; private set; } = [];

    public EditionIndex Index { get; private set; } = EditionIndex.Empty;

    public async ValueTask InitializeAsync()
    {
        var edition = new EditionContext(
            EditionSettingsLoader.Load(RepoPaths.Input, "input"),
            EditorialLoader.Load(RepoPaths.Input, "input"),
            Theme.Load(RepoPaths.Theme, "theme"),
            Pipeline,
            RepoPaths.Input,
            "input",
            _temp.Path);
        var result = await new KzEdition.Engine.Engine(EditionPipelines.Create(edition)).RunAsync(TestContext.Current.CancellationToken);
        Articles = [.. result.Outputs[PipelineNames.Markdown].Select(d => (d.Get<Article>(Keys.Article), d.Get<string>(Keys.Markdown)))];
        Index = result.Outputs[PipelineNames.Indices].First().Get<EditionIndex>(Keys.EditionIndex);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
