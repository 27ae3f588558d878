namespace KzEdition.Engine;

/// <summary>A typed <see cref="IResource"/>; compares by identity.</summary>
public sealed class Resource<T>(string name) : IResource
    where T : class
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
