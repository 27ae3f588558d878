using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Modules;

/// <summary>
/// Cleans each source on its own (concurrently) and cuts it into article segments. Reads
/// <see cref="Keys.SourceText"/>; writes <see cref="Keys.CleanedSource"/>, <see cref="Keys.Segments"/> and
/// <see cref="Keys.WordEvidence"/>: the word evidence for hyphens is the whole corpus's, built once
/// from all the sources and passed on so that no later module builds it again.
/// </summary>
public sealed class CleanSources(EditorialDecisions editorial) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var evidence = WordEvidence.From(inputs.Select(d => d.Get<SourceText>(Keys.SourceText).Text));
        return await new CleanEach(evidence, editorial).ExecuteAsync(inputs, context);
    }

    private sealed class CleanEach(WordEvidence evidence, EditorialDecisions editorial) : PerDocumentModule
    {
        public override string Name => nameof(CleanSources);

        protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
        {
            var source = input.Get<SourceText>(Keys.SourceText);
            var cleaned = SourceCleaner.Clean(source, evidence);
            var segments = ArticleSegmenter.Segment(cleaned, editorial.SplitLinesOf(source.FileName), editorial.JoinLinesOf(source.FileName));
            IEnumerable<Document> result = [input.With(Keys.CleanedSource, cleaned).With(Keys.Segments, segments).With(Keys.WordEvidence, evidence)];
            return Task.FromResult(result);
        }
    }
}
