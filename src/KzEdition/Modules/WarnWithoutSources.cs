using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Warns when the sources folder holds no file. The build then makes an empty edition, as it does
/// just after <c>kzedition new</c>, and the warning says where the texts go (it once stopped the build).
/// </summary>
public sealed class WarnWithoutSources(string displaySources) : AllDocumentsModule
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
