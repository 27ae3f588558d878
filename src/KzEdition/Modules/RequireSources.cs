using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Stops the build when the sources folder holds no file: an edition of nothing is a mistake, not an empty site.</summary>
public sealed class RequireSources(string displaySources) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
        inputs.IsEmpty
            ? throw new BuildException(Diagnostic.Error("holds no source files; put the raw texts (.txt) there", displaySources))
            : inputs;
}
