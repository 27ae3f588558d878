using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>Builds a <see cref="Pipeline"/>: its dependencies and its modules phase by phase, then <see cref="Build"/> freezes it.</summary>
public sealed class PipelineBuilder
{
    private readonly string _name;
    private readonly List<string> _dependencies = [];
    private readonly List<IModule> _input = [];
    private readonly List<IModule> _process = [];
    private readonly List<IModule> _postProcess = [];

    public PipelineBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>Pipelines whose Process phase must finish before this one's starts (it may read them there).</summary>
    public PipelineBuilder DependsOn(params string[] pipelines)
    {
        _dependencies.AddRange(pipelines);
        return this;
    }

    public PipelineBuilder Input(params IModule[] modules)
    {
        _input.AddRange(modules);
        return this;
    }

    public PipelineBuilder Process(params IModule[] modules)
    {
        _process.AddRange(modules);
        return this;
    }

    public PipelineBuilder PostProcess(params IModule[] modules)
    {
        _postProcess.AddRange(modules);
        return this;
    }

    public Pipeline Build() => new(_name, [.. _dependencies.Distinct(StringComparer.Ordinal)], [.. _input], [.. _process], [.. _postProcess]);
}
