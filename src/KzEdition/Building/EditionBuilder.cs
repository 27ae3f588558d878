using System.Diagnostics;
using System.Text;
using KzEdition.Building.Pipelines;
using KzEdition.Configuration;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Engine.Memo;
using KzEdition.Templating;

namespace KzEdition.Building;

/// <summary>
/// Builds the edition: checks the input, loads settings, editorial decisions and theme, runs the
/// pipelines (<see cref="EditionPipelines"/>) into a staging folder and swaps it in as the output.
/// Bad input ends in a <see cref="BuildException"/> (or a <see cref="PipelineException"/> wrapping one)
/// and leaves the previous output untouched.
/// </summary>
/// <remarks>
/// The preview's <see cref="EditionSession"/> runs the same build with a store kept from build to
/// build (<see cref="MemoStore"/>): the engine then gives back every module's result whose declared
/// inputs did not change, and once a complete build is in place the output is updated in place,
/// file by changed file (<see cref="SessionOutput"/>). A plain build is the same with a store that
/// remembers nothing.
/// </remarks>
public static class EditionBuilder
{
    /// <summary>What the builder reads of the engine's result (the articles' slugs, the report); the engine lets go of the rest as it goes.</summary>
    private static readonly IReadOnlySet<IKey> ResultKeys = new HashSet<IKey> { EditionKeys.Article, EditionKeys.EditionReport };

    public static Task<BuildResult> BuildAsync(BuildOptions options, Action<PipelineTiming>? onPhaseCompleted = null, CancellationToken cancellationToken = default) =>
        BuildAsync(options, onPhaseCompleted, session: null, afterWrite: null, cancellationToken);

    /// <summary>
    /// Builds, and before the new output replaces the old runs <paramref name="afterWrite"/> on the
    /// complete staged site: the PDFs are rendered from the staged pages, so a failed rendering leaves
    /// the previous output as it was, like any failed build.
    /// </summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, Func<StagedSite, CancellationToken, Task> afterWrite, Action<PipelineTiming>? onPhaseCompleted = null, CancellationToken cancellationToken = default) =>
        BuildAsync(options, onPhaseCompleted, session: null, afterWrite, cancellationToken);

    /// <summary>What a session keeps between builds, for the builder.</summary>
    internal sealed record Session(MemoStore Store, SessionFiles Files, IReadOnlyCollection<string>? ChangedPaths)
    {
        public IReadOnlyList<string> Changed { get; set; } = [];
    }

    internal static async Task<BuildResult> BuildAsync(BuildOptions options, Action<PipelineTiming>? onPhaseCompleted, Session? session, Func<StagedSite, CancellationToken, Task>? afterWrite, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var input = Path.GetFullPath(options.Input);
        if (!Directory.Exists(input))
        {
            throw new BuildException(Diagnostic.Error("input folder not found", options.Input));
        }

        if (!Directory.Exists(Path.Combine(input, "sources")))
        {
            throw new BuildException(Diagnostic.Error("the input folder has no sources/ folder with the raw texts", $"{options.Input.TrimEnd('/', '\\')}/sources"));
        }

        var store = session?.Store ?? MemoStore.Forgetful;
        var settings = Loaded(store, "settings", [Path.Combine(input, EditionSettingsLoader.FileName)], "--base-url " + options.BaseUrl, () => LoadSettings(input, options));
        var editorial = Loaded(store, "editorial", Files(Path.Combine(input, EditorialLoader.Folder)), "", () => EditorialLoader.Load(input, options.Input));
        var themeLocation = options.ResolveTheme();
        var themeDirectory = themeLocation.Directory;
        var theme = Loaded(store, "theme", [.. Files(Path.Combine(themeDirectory, "layouts")), .. Files(Path.Combine(themeDirectory, "i18n"))], themeDirectory,
            themeLocation.Load);

        var inPlace = session is { Files.Complete: true } && File.Exists(Path.Combine(Path.GetFullPath(options.Output), Site.SitePaths.Manifest));
        using var output = inPlace
            ? OutputFolder.InPlace(options.Output)
            : OutputFolder.Prepare(options.Output, options.Output, input, themeDirectory);
        var sessionOutput = session is null ? null : new SessionOutput(session.Files, output.StagingDirectory, inPlace);
        var sink = (IOutputSink?)sessionOutput ?? new StagingOutput(output.StagingDirectory);
        var engine = new Engine.Engine(EditionPipelines.Create(new EditionPaths(input, options.Input, themeDirectory) { FallbackTheme = themeLocation.FallbackDirectory }));
        if (onPhaseCompleted is not null)
        {
            engine.PhaseCompleted += onPhaseCompleted;
        }

        var resources = Resources.None
            .With(EditionResources.Settings, settings)
            .With(EditionResources.Editorial, editorial)
            .With(EditionResources.Theme, theme)
            .With(EditionResources.Options, new EditionOptions(options.Pdf));
        var result = await engine.RunAsync(new EngineRun(resources, sink) { Store = store, ChangedPaths = session?.ChangedPaths, Kept = ResultKeys }, cancellationToken);
        if (afterWrite is not null)
        {
            var slugs = result.Outputs[PipelineNames.Articles].Select(d => d.Get(EditionKeys.Article).Slug).ToArray();
            await afterWrite(new StagedSite(output.StagingDirectory, settings, [.. slugs]), cancellationToken);
        }

        output.Commit();
        if (session is not null)
        {
            sessionOutput!.Commit();
            session.Changed = sessionOutput.Changed;
        }

        var files = result.Outputs.Values.Sum(docs => docs.Count(d => d.Destination is not null));
        var report = result.Outputs[PipelineNames.Report].Single().Get(EditionKeys.EditionReport);
        return new BuildResult(output.Directory, result.Outputs[PipelineNames.Articles].Length, files, [.. theme.Warnings, .. result.Diagnostics], result.Timings, stopwatch.Elapsed, report) { ModuleTimings = result.ModuleTimings };
    }

    private static EditionSettings LoadSettings(string input, BuildOptions options)
    {
        var loaded = EditionSettingsLoader.Load(input, options.Input);
        if (options.BaseUrl is { Length: > 0 } baseUrl)
        {
            if (!EditionSettingsLoader.IsAbsoluteHttpUrl(baseUrl))
            {
                throw new BuildException(Diagnostic.Error(EditionSettingsLoader.BaseUrlProblem("--base-url", baseUrl)));
            }

            loaded = loaded with { BaseUrl = EditionSettingsLoader.NormaliseBaseUrl(baseUrl) };
        }

        return loaded;
    }

    /// <summary>
    /// A value loaded from files, remembered (in a session) by what the files hold: loaded again only
    /// when one of them reads differently, so that the engine sees the same object, whose fingerprint it knows.
    /// </summary>
    private static T Loaded<T>(MemoStore store, string name, IEnumerable<string> files, string also, Func<T> load)
        where T : class
    {
        if (!store.Remembers)
        {
            return load();
        }

        var key = new FingerprintBuilder().Add("loaded").Add(name).Add(also);
        foreach (var file in files)
        {
            // Only a regular file within the bound is read here; the loader names anything else as an error.
            var (kind, length) = Reading.FileKinds.Of(file);
            key.Add(file).Add(kind == Reading.FileKind.Regular && length <= Reading.InputFile.MaxBytes ? File.ReadAllText(file) : $"{kind} {length}");
        }

        var fingerprint = key.Build();
        if (!store.TryGet(fingerprint, out T value))
        {
            value = load();
            store.Set(fingerprint, value);
        }

        return value;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];
}
