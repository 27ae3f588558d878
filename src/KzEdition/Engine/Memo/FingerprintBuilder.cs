using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace KzEdition.Engine.Memo;

/// <summary>Combines parts into one <see cref="Fingerprint"/>, in order. Each part is written with its length, so parts never run together.</summary>
public sealed class FingerprintBuilder
{
    private readonly XxHash128 _hash = new();

    public FingerprintBuilder Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }

        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public FingerprintBuilder Add(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(Fingerprint fingerprint)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, (ulong)fingerprint.Value);
        BitConverter.TryWriteBytes(bytes[8..], (ulong)(fingerprint.Value >> 64));
        _hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>Adds the fingerprint of any value <see cref="Fingerprints.Of"/> knows.</summary>
    public FingerprintBuilder AddValue(object? value) => Add(Fingerprints.Of(value));

    public Fingerprint Build() => new(_hash.GetCurrentHashAsUInt128());
}
