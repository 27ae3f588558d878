using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>Each article's cleaned text as Markdown with YAML front matter, <c>articles/&lt;slug&gt;/&lt;slug&gt;.md</c>.</summary>
public static class Markdown
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Markdown)
        .DependsOn(PipelineNames.ArticleTexts)
        .Process(new ReadFromPipeline(PipelineNames.ArticleTexts), new GenerateMarkdown(), new WriteFiles())
        .Build();
}
