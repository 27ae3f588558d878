using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Building.Pipelines;
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
        var resources = Resources.None
            .With(EditionResources.Settings, EditionSettingsLoader.Load(RepoPaths.Input, "input"))
            .With(EditionResources.Editorial, EditorialLoader.Load(RepoPaths.Input, "input"))
            .With(EditionResources.Theme, Theme.Load(RepoPaths.Theme, "theme"))
            .With(EditionResources.Options, new EditionOptions(Pdf: false));
        var pipelines = KzEdition.Building.Pipelines.EditionPipelines.Create(new EditionPaths(RepoPaths.Input, "input", RepoPaths.Theme));
        var result = await new KzEdition.Engine.Engine(pipelines).RunAsync(new EngineRun(resources, new StagingOutput(_temp.Path)), TestContext.Current.CancellationToken);
        Articles = [.. result.Outputs[PipelineNames.Markdown].Select(d => (d.Get(EditionKeys.Article), d.Get(EditionKeys.Markdown)))];
        Index = result.Outputs[PipelineNames.Indices].First().Get(EditionKeys.EditionIndex);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
