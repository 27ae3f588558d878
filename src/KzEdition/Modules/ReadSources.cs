using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Modules;

/// <summary>
/// Reads every file of <c>input/sources/</c> (in ordinal order of name) and decodes it.
/// Writes <see cref="Keys.SourceText"/>. Refuses unreadable or binary files, naming each.
/// </summary>
/// <remarks>
/// In an incremental session (<paramref name="memo"/> given) a file of the same length and time of
/// writing is not read again, and one whose bytes hash as before is not decoded again: its document
/// from the last build is given back.
/// </remarks>
public sealed class ReadSources(string sourcesDirectory, string displaySources, MemoStore? memo = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) => Task.FromResult(Read());

    private ImmutableArray<Document> Read()
    {
        var files = Directory.EnumerateFiles(sourcesDirectory)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var errors = new List<Diagnostic>();
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in files)
        {
            var display = $"{displaySources}/{Path.GetFileName(file)}";
            try
            {
                if (memo is null)
                {
                    var source = SourceReader.Read(file, display);
                    documents.Add(Document.Create(display, null, source.Text).With(Keys.SourceText, source));
                    continue;
                }

                // A file of the same length and time of writing as last time is not read again.
                var info = new FileInfo(file);
                var stamp = new RefKey(display, $"{info.Length}@{info.LastWriteTimeUtc.Ticks}");
                if (!memo.TryGet(stamp, out Document document))
                {
                    var bytes = File.ReadAllBytes(file);
                    var key = new RefKey(display, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
                    if (!memo.TryGet(key, out document))
                    {
                        var source = SourceReader.Decode(bytes, display);
                        document = Document.Create(display, null, source.Text).With(Keys.SourceText, source);
                        memo.Set(key, document);
                    }

                    memo.Set(stamp, document);
                }

                documents.Add(document);
            }
            catch (BuildException ex)
            {
                errors.AddRange(ex.Diagnostics);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(Diagnostic.Error($"cannot read the source file: {ex.Message}", display));
            }
        }

        if (errors.Count > 0)
        {
            throw new BuildException(errors);
        }

        if (documents.Count == 0)
        {
            throw new BuildException(Diagnostic.Error("holds no source files; put the raw texts (.txt) there", displaySources));
        }

        return documents.ToImmutable();
    }
}
