using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Gives each page the edition's index as its text's cross-links read it (<see cref="IndexLinks"/>). Reads the Indices pipeline's <see cref="EditionKeys.EditionIndex"/>; writes <see cref="EditionKeys.IndexLinks"/>.</summary>
public sealed class AttachIndexLinks(string indicesPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = new Reads().From(indicesPipeline, EditionKeys.EditionIndex).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var index = SharedOutputs.Index(context, indicesPipeline);
        return [input.With(EditionKeys.IndexLinks, index.Links)];
    }
}
