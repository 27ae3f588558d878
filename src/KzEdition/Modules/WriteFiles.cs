using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Writes each document that has a destination through the build's output (<see cref="IOutputSink"/>),
/// and passes it on without its content: a written page is not held in memory for the rest of the
/// build. Runs every build (an effect, not remembered): the output learns from it which files the
/// edition has.
/// </summary>
public sealed class WriteFiles : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(Keys.Text, Keys.Bytes, Keys.Parts).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }

        context.Output.Write(input);
        return [input.WithoutContent()];
    }
}
