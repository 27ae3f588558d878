using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KzEdition.Text;
using KzEdition.Building.Pipelines;
using KzEdition.Configuration;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Model;

namespace KzEdition.Building;

/// <summary>
/// Writes the cleaned Markdown of every article into <c>input/articles/&lt;slug&gt;.md</c> for hand
/// correction. It never overwrites a file an editor has changed: it records the SHA-256 of what
/// it wrote (<c>input/articles/.imported.json</c>) and rewrites a file only while it is still
/// exactly what import wrote. It writes nothing else, anywhere.
/// </summary>
public static class ArticleImporter
{
    public const string RecordFile = ".imported.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly PlainJson Json = new(new JsonSerializerOptions { WriteIndented = true });

    public static async Task<ImmutableArray<ImportOutcome>> ImportAsync(string inputDirectory, string displayInput, CancellationToken cancellationToken = default)
    {
        var input = Path.GetFullPath(inputDirectory);
        if (!Directory.Exists(Path.Combine(input, "sources")))
        {
            throw new BuildException(Diagnostic.Error(Directory.Exists(input) ? "the input folder has no sources/ folder with the raw texts" : "input folder not found", displayInput));
        }

        var settings = EditionSettingsLoader.Load(input, displayInput);
        var editorial = EditorialLoader.Load(input, displayInput);
        var paths = new EditionPaths(input, displayInput, Theme: "");
        var engine = new Engine.Engine(
        [
            Pipelines.Sources.Create(paths),
            // The cleaner's own text, not the corrected files: that is what import offers for correction.
            Pipelines.ArticleTexts.Create(paths, corrections: false),
        ]);
        var resources = Resources.None.With(EditionResources.Settings, settings).With(EditionResources.Editorial, editorial);
        var result = await engine.RunAsync(new EngineRun(resources, new NoOutput()) { Kept = new HashSet<IKey> { EditionKeys.Article } }, cancellationToken);
        var articles = result.Outputs[PipelineNames.ArticleTexts].Select(d => d.Get(EditionKeys.Article));

        var folder = Path.Combine(input, Pipelines.Corrections.Folder);
        Directory.CreateDirectory(folder);
        var recordPath = Path.Combine(folder, RecordFile);
        var record = File.Exists(recordPath)
            ? JsonSerializer.Deserialize(await File.ReadAllTextAsync(recordPath, cancellationToken), Json.SortedDictionaryStringString) ?? []
            : new SortedDictionary<string, string>(StringComparer.Ordinal);
        var outcomes = ImmutableArray.CreateBuilder<ImportOutcome>();
        foreach (var article in articles)
        {
            var name = article.Slug + ".md";
            var path = Path.GetFullPath(Path.Combine(folder, name));
            var display = $"{displayInput.TrimEnd('/', '\\')}/{Pipelines.Corrections.Folder}/{name}";

            // Slugs are checked where they are read (SiteNames); this keeps a file of import in its folder whatever made the name.
            if (!path.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.GetDirectoryName(path) != Path.GetFullPath(folder))
            {
                throw new BuildException(Diagnostic.Error($"import would write the article {article.Id} outside {Pipelines.Corrections.Folder}/ (slug '{article.Slug}')", display));
            }
            // Never write through a symbolic link (or into a FIFO): the file must be a regular one or absent.
            if (Reading.FileKinds.Of(path).Kind is not (Reading.FileKind.Missing or Reading.FileKind.Regular))
            {
                Reading.InputFile.Check(path, display);
            }

            var markdown = ArticleMarkdownWriter.Write(article);
            var action = Decide(path, name, markdown, record);
            if (action is ImportAction.Written or ImportAction.Updated)
            {
                await File.WriteAllTextAsync(path, markdown, Utf8, cancellationToken);
                record[name] = Hash(Utf8.GetBytes(markdown));
            }

            outcomes.Add(new ImportOutcome(display, article.Id, action));
        }

        await File.WriteAllTextAsync(recordPath, JsonSerializer.Serialize(record, Json.SortedDictionaryStringString) + "\n", Utf8, cancellationToken);
        return outcomes.ToImmutable();
    }

    private static ImportAction Decide(string path, string name, string markdown, SortedDictionary<string, string> record)
    {
        if (!File.Exists(path))
        {
            return ImportAction.Written;
        }

        var current = Hash(Reading.InputFile.ReadAllBytes(path, path));
        if (!record.TryGetValue(name, out var written) || written != current)
        {
            return ImportAction.KeptEditorsVersion;
        }

        return current == Hash(Utf8.GetBytes(markdown)) ? ImportAction.Unchanged : ImportAction.Updated;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Import writes no site: its pipelines have nothing to write.</summary>
    private sealed class NoOutput : IOutputSink
    {
        public void Write(Document document) => throw new InvalidOperationException($"import writes no site, yet {document.DisplayName} was to be written");
    }
}
