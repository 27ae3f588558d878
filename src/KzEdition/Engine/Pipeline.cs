using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// A named list of modules for each phase, and the pipelines whose Process outputs it reads.
/// </summary>
public sealed class Pipeline
{
    private readonly Dictionary<Phase, List<IModule>> _modules = new()
    {
        [Phase.Input] = [],
        [Phase.Process] = [],
        [Phase.PostProcess] = [],
        [Phase.Output] = [],
    };

    public Pipeline(string name, params string[] dependencies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Dependencies = [.. dependencies];
    }

    public string Name { get; }

    public ImmutableArray<string> Dependencies { get; }

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => _modules[phase];

    public Pipeline WithInput(params IModule[] modules) => Add(Phase.Input, modules);

    public Pipeline WithProcess(params IModule[] modules) => Add(Phase.Process, modules);

    public Pipeline WithPostProcess(params IModule[] modules) => Add(Phase.PostProcess, modules);

    public Pipeline WithOutput(params IModule[] modules) => Add(Phase.Output, modules);

    private Pipeline Add(Phase phase, IModule[] modules)
    {
        _modules[phase].AddRange(modules);
        return this;
    }
}
