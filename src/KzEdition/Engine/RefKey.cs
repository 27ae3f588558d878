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

    /// <summary>
    /// Strings count by value (file texts read again each build), everything else by identity. A
    /// long string is hashed by its length and ends only: keys hold whole pages, hashed for every
    /// page of every build, while equality still compares them whole (at once when they are the
    /// same object, as remembered texts are).
    /// </summary>
    private static int Hash(object?[] parts)
    {
        var hash = new HashCode();
        foreach (var part in parts)
        {
            hash.Add(part switch
            {
                null => 0,
                string { Length: > 256 } s => HashCode.Combine(s.Length, string.GetHashCode(s.AsSpan(0, 128), StringComparison.Ordinal), string.GetHashCode(s.AsSpan(s.Length - 128), StringComparison.Ordinal)),
                string s => s.GetHashCode(StringComparison.Ordinal),
                _ => RuntimeHelpers.GetHashCode(part),
            });
        }

        return hash.ToHashCode();
    }
}
