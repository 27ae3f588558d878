namespace KzEdition.Engine;

/// <summary>
/// A kind of metadata a document carries: its name (for messages) and the type of its values. Keys
/// compare by identity, so two keys of the same name are still two keys.
/// </summary>
public interface IKey
{
    string Name { get; }

    Type ValueType { get; }
}
