namespace KzEdition.Engine.Memo;

/// <summary>
/// A 128-bit hash of a value's content (XXH128): two values with the same fingerprint are taken to
/// be the same. At 128 bits the chance that two different values a build ever sees share one is far
/// below that of a disk error, so the engine compares fingerprints, not values.
/// </summary>
public readonly record struct Fingerprint(UInt128 Value)
{
    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
