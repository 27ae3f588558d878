namespace KzEdition.Engine.Memo;

/// <summary>
/// A 128-bit hash of a value's content (XXH128): two values with the same fingerprint are taken to
/// be the same. At 128 bits the chance that two different values a build ever sees share one is far
/// below that of a disk error, so the engine compares fingerprints, not values.
/// </summary>
public readonly record struct Fingerprint(UInt128 Value)
{
    /// <summary>
    /// One fingerprint of several, in order, hashed in one call over their bits: for the engine's keys,
    /// made for every document of every remembered module at every build, where a
    /// <see cref="FingerprintBuilder"/> (a hasher allocated each time) cost more than the hashing.
    /// </summary>
    public static Fingerprint Combine(ReadOnlySpan<Fingerprint> parts) =>
        new(System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(parts)));

    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
