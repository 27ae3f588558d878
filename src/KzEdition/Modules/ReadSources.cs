using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Modules;

/// <summary>
/// Reads every file of <c>input/sources/</c> (in ordinal order of name) and decodes it.
/// Writes <see cref="Keys.SourceText"/>. Refuses unreadable or binary files, naming each.
/// </summary>
public sealed class ReadSources(string sourcesDirectory, string displaySources) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
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
                var source = SourceReader.Read(file, display);
                documents.Add(Document.Create(display, null, source.Text).With(Keys.SourceText, source));
            }
            catch (BuildException ex)
            {
                errors.AddRange(ex.Diagnostics);
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

        return Task.FromResult(documents.ToImmutable());
    }
}
