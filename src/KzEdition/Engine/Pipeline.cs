using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// A named list of modules for each phase, and the pipelines whose processed documents it reads:
/// made by a <see cref="PipelineBuilder"/> and then frozen, like Markdig's pipeline, so that the
/// engine, which runs pipelines side by side, never sees one change.
/// </summary>
public sealed class Pipeline
{
    internal Pipeline(string name, ImmutableArray<string> dependencies, ImmutableArray<IModule> input, ImmutableArray<IModule> process, ImmutableArray<IModule> postProcess)
    {
        Name = name;
        Dependencies = dependencies;
        Input = input;
        Process = process;
        PostProcess = postProcess;
    }

    public string Name { get; }

    public ImmutableArray<string> Dependencies { get; }

    public ImmutableArray<IModule> Input { get; }

    public ImmutableArray<IModule> Process { get; }

    public ImmutableArray<IModule> PostProcess { get; }

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    public static PipelineBuilder Named(string name) => new(name);
}
