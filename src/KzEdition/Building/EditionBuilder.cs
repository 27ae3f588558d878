using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using KzEdition.Configuration;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Templating;

namespace KzEdition.Building;

/// <summary>
/// Builds the edition: checks the input, loads settings and theme, runs the pipelines into a
/// staging folder and swaps it in as the output. Bad input ends in a <see cref="BuildException"/>
/// (or a <see cref="PipelineException"/> wrapping one) and leaves the previous output untouched.
/// </summary>
/// <remarks>
/// With a <see cref="BuildCache"/> (the preview's <see cref="EditionSession"/>) the same build
/// remembers what it did: settings, editorial decisions and theme are loaded again only when
/// their files read differently, each cached step runs only on what changed, and once a complete
/// build is in place the output is updated in place, file by changed file.
/// </remarks>
public static class EditionBuilder
{
    public static Task<BuildResult> BuildAsync(BuildOptions options, Action<PipelineTiming>? onPhaseCompleted = null, CancellationToken cancellationToken = default) =>
        BuildAsync(options, onPhaseCompleted, cache: null, afterWrite: null, cancellationToken);

    /// <summary>
    /// Builds, and before the new output replaces the old runs <paramref name="afterWrite"/> on the
    /// complete staged site: the PDFs are rendered from the staged pages, so
    /// a failed rendering leaves the previous output as it was, like any failed build.
    /// </summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, Func<StagedSite, CancellationToken, Task> afterWrite, Action<PipelineTiming>? onPhaseCompleted = null, CancellationToken cancellationToken = default) =>
        BuildAsync(options, onPhaseCompleted, cache: null, afterWrite, cancellationToken);

    internal static Task<BuildResult> BuildAsync(BuildOptions options, Action<PipelineTiming>? onPhaseCompleted, BuildCache? cache, CancellationToken cancellationToken) =>
        BuildAsync(options, onPhaseCompleted, cache, afterWrite: null, cancellationToken);

    private static async Task<BuildResult> BuildAsync(BuildOptions options, Action<PipelineTiming>? onPhaseCompleted, BuildCache? cache, Func<StagedSite, CancellationToken, Task>? afterWrite, CancellationToken cancellationToken)
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

        var settings = Remembered(cache, "settings", () => FilesText([Path.Combine(input, EditionSettingsLoader.FileName)]) + "\n--base-url " + options.BaseUrl, () =>
        {
            var loaded = EditionSettingsLoader.Load(input, options.Input);
            if (options.BaseUrl is { Length: > 0 } baseUrl)
            {
                if (!EditionSettingsLoader.IsAbsoluteHttpUrl(baseUrl))
                {
                    throw new BuildException(Diagnostic.Error($"--base-url must be an absolute http(s) URL, not '{baseUrl}'"));
                }

                loaded = loaded with { BaseUrl = EditionSettingsLoader.NormaliseBaseUrl(baseUrl) };
            }

            return loaded;
        });

        var editorialFolder = Path.Combine(input, EditorialLoader.Folder);
        var editorial = Remembered(cache, "editorial", () => FilesText(Files(editorialFolder)), () => EditorialLoader.Load(input, options.Input));
        var themeDirectory = Path.GetFullPath(options.ThemeOrDefault);
        if (!Directory.Exists(themeDirectory))
        {
            throw new BuildException(Diagnostic.Error("theme folder not found", options.ThemeOrDefault));
        }

        var theme = Remembered(cache, "theme", () => FilesText(Files(Path.Combine(themeDirectory, "layouts")).Concat(Files(Path.Combine(themeDirectory, "i18n")))),
            () => Theme.Load(themeDirectory, options.ThemeOrDefault));

        var inPlace = cache is { HasOutput: true } && File.Exists(Path.Combine(Path.GetFullPath(options.Output), Site.SitePaths.Manifest));
        using var output = inPlace
            ? OutputFolder.InPlace(options.Output)
            : OutputFolder.Prepare(options.Output, options.Output, input, themeDirectory);
        cache?.StartWriting(inPlace);
        var edition = new EditionContext(settings, editorial, theme, MarkdownPipelineFactory.Create(), input, options.Input, output.StagingDirectory) { Cache = cache, Pdf = options.Pdf };
        var engine = new Engine.Engine(EditionPipelines.Create(edition));
        if (onPhaseCompleted is not null)
        {
            engine.PhaseCompleted += onPhaseCompleted;
        }

        var result = await engine.RunAsync(cancellationToken);
        if (afterWrite is not null)
        {
            var slugs = result.Outputs[PipelineNames.Articles].Select(d => d.Get<Model.Article>(Keys.Article).Slug).ToImmutableArray();
            await afterWrite(new StagedSite(output.StagingDirectory, settings, slugs), cancellationToken);
        }

        output.Commit();
        cache?.FinishWriting(output.Directory);
        var files = result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null));
        var report = result.Outputs[PipelineNames.Report].Single().Get<Site.EditionReport>(Keys.EditionReport);
        return new BuildResult(output.Directory, result.Outputs[PipelineNames.Articles].Length, files, result.Diagnostics, result.Timings, stopwatch.Elapsed, report);
    }

    /// <summary>The value loaded before when its files read the same (the same object, which cached steps key on), else loaded anew.</summary>
    private static T Remembered<T>(BuildCache? cache, string slot, Func<string> files, Func<T> load)
        where T : class
    {
        if (cache is null)
        {
            return load();
        }

        var text = files();
        if (cache.Loaded.TryGetValue(slot, out var known) && known.Files == text)
        {
            return (T)known.Value;
        }

        var value = load();
        cache.Loaded[slot] = (text, value);
        return value;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];

    /// <summary>The names and texts of files, as one string to compare with the last build's.</summary>
    private static string FilesText(IEnumerable<string> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file).Append('\0');
            if (File.Exists(file))
            {
                text.Append(File.ReadAllText(file));
            }

            text.Append('\0');
        }

        return text.ToString();
    }
}
