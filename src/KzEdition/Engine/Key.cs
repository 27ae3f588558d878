namespace KzEdition.Engine;

/// <summary>
/// A typed metadata key: <c>document.Get(EditionKeys.Article)</c> is an <c>Article</c>, and a module
/// declares the keys it reads (<see cref="Reads"/>) so that the engine can remember its results.
/// </summary>
public sealed class Key<T>(string name) : IKey
    where T : notnull
{
    public string Name { get; } = name;

    public Type ValueType => typeof(T);

    public override string ToString() => Name;
}
