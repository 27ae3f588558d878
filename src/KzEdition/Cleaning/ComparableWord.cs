namespace KzEdition.Cleaning;

/// <summary>
/// A word of an article's text as witnesses are compared: folded (lower case, stress marks left
/// out) so that two printings of one word are equal, as printed for the variant notes, and the
/// source line it stands on, where a variant note points.
/// </summary>
public readonly record struct ComparableWord(string Folded, string Original, int Line);
