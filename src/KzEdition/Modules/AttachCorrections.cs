using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Gives each article the editor's corrected Markdown of it, <c>input/articles/&lt;slug&gt;.md</c>, when
/// there is one (the Corrections pipeline reads them). A file whose name is no article's slug is an
/// error. Reads <see cref="EditionKeys.Article"/> (the slug) and the corrected files'
/// <see cref="EditionKeys.FileStamp"/> and <see cref="EditionKeys.FileText"/>; writes
/// <see cref="EditionKeys.CorrectedMarkdown"/>.
/// </summary>
public sealed class AttachCorrections(string correctionsPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article).From(correctionsPipeline, EditionKeys.FileStamp, EditionKeys.FileText);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var corrections = context.OutputsOf(correctionsPipeline);
        if (corrections.IsEmpty)
        {
            return inputs;
        }

        var bySlug = inputs.Select((d, i) => (d.Get(EditionKeys.Article).Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        var result = inputs.ToBuilder();
        var errors = new List<Diagnostic>();
        foreach (var file in corrections)
        {
            var stamp = file.Get(EditionKeys.FileStamp);
            var slug = Path.GetFileNameWithoutExtension(stamp.Relative);
            if (!bySlug.TryGetValue(slug, out var index))
            {
                errors.Add(Diagnostic.Error($"no article has the slug '{slug}': a corrected article's file is named after its slug, as edition.json gives it", stamp.Display));
                continue;
            }

            result[index] = result[index].With(EditionKeys.CorrectedMarkdown, file.Get(EditionKeys.FileText));
            context.Report(Diagnostic.Info("the editor's corrected text replaces the automatic cleaning", stamp.Display));
        }

        return errors.Count > 0 ? throw new BuildException(errors) : result.ToImmutable();
    }
}
