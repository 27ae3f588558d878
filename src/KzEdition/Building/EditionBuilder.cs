using System.Diagnostics;
using KzEdition.Configuration;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Templating;

namespace KzEdition.Building;

/// <summary>
/// Builds the edition: checks the input, loads settings and theme, runs the pipelines into a
/// staging folder and swaps it in as the output. Bad input ends in a <see cref="BuildException"/>
/// (or a <see cref="PipelineException"/> wrapping one) and leaves the previous output untouched.
/// </summary>
public static class EditionBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, Action<PipelineTiming>? onPhaseCompleted = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var input = Path.GetFullPath(options.Input);
        if (!Directory.Exists(input))
        {
            throw new BuildException(Diagnostic.Error("input folder not found", options.Input));
        }

        var displaySources = $"{options.Input.TrimEnd('/', '\\')}/sources";
        if (!Directory.Exists(Path.Combine(input, "sources")))
        {
            throw new BuildException(Diagnostic.Error("the input folder has no sources/ folder with the raw texts", displaySources));
        }

        var settings = EditionSettingsLoader.Load(input, options.Input);
        if (options.BaseUrl is { Length: > 0 } baseUrl)
        {
            if (!EditionSettingsLoader.IsAbsoluteHttpUrl(baseUrl))
            {
                throw new BuildException(Diagnostic.Error($"--base-url must be an absolute http(s) URL, not '{baseUrl}'"));
            }

            settings = settings with { BaseUrl = EditionSettingsLoader.NormaliseBaseUrl(baseUrl) };
        }

        var editorial = Editorial.EditorialLoader.Load(input, options.Input);
        var themeDirectory = Path.GetFullPath(options.ThemeOrDefault);
        if (!Directory.Exists(themeDirectory))
        {
            throw new BuildException(Diagnostic.Error("theme folder not found", options.ThemeOrDefault));
        }

        var theme = Theme.Load(themeDirectory, options.ThemeOrDefault);
        using var output = OutputFolder.Prepare(options.Output, options.Output, input, themeDirectory);
        var edition = new EditionContext(settings, editorial, theme, MarkdownPipelineFactory.Create(), input, options.Input, output.StagingDirectory);
        var engine = new Engine.Engine(EditionPipelines.Create(edition));
        if (onPhaseCompleted is not null)
        {
            engine.PhaseCompleted += onPhaseCompleted;
        }

        var result = await engine.RunAsync(cancellationToken);
        output.Commit();
        var files = result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null));
        var report = result.Outputs[PipelineNames.Report].Single().Get<Site.EditionReport>(Keys.EditionReport);
        return new BuildResult(output.Directory, result.Outputs[PipelineNames.Articles].Length, files, result.Diagnostics, result.Timings, stopwatch.Elapsed, report);
    }
}
