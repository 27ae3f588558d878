using System.Runtime.CompilerServices;

namespace KzEdition.Engine;

/// <summary>
/// A memo key made of object references, equal when each element is the same object (not an
/// equal one): documents and models remembered from the build before are the same objects when
/// nothing upstream changed, so comparing references is exact and costs nothing.
/// </summary>
public sealed class RefKey(params object?[] parts) : IEquatable<RefKey>
{
    private readonly object?[] _parts = parts;
    private readonly int _hash = Hash(parts);

    public bool Equals(RefKey? other)
    {
        if (other is null || other._hash != _hash || other._parts.Length != _parts.Length)
        {
            return false;
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            if (!ReferenceEquals(_parts[i], other._parts[i]) && !(_parts[i] is string a && other._parts[i] is string b && a == b))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RefKey);

    public override int GetHashCode() => _hash;

    /// <summary>Strings count by value (file texts read again each build), everything else by identity.</summary>
    private static int Hash(object?[] parts)
    {
        var hash = new HashCode();
        foreach (var part in parts)
        {
            hash.Add(part is string s ? s.GetHashCode(StringComparison.Ordinal) : part is null ? 0 : RuntimeHelpers.GetHashCode(part));
        }

        return hash.ToHashCode();
    }
}
