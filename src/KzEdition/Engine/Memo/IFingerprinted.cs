namespace KzEdition.Engine.Memo;

/// <summary>
/// A value that says what its content is, for a type the engine cannot read field by field (a class
/// with caches, a parsed template, a syntax tree that is fully determined by the text it was parsed from).
/// </summary>
public interface IFingerprinted
{
    /// <summary>The fingerprint of everything the value can ever show a reader of it; asked once an object (values are immutable).</summary>
    Fingerprint GetFingerprint();
}
