using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Stops the build when the sources folder holds no file: an edition of nothing is a mistake, not an empty site.</summary>
public sealed class RequireSources(string displaySources) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (inputs.IsEmpty)
        {
            context.Report(Diagnostic.Warning("holds no source files yet; put the raw texts (.txt) there", displaySources));
        }

        return inputs;
    }
}
