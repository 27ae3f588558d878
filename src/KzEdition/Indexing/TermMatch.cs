namespace KzEdition.Indexing;

/// <summary>A mention of an index entry in a text: where it is, and which entry it names.</summary>
/// <param name="Entry">The entry's key (see <see cref="TermMatcher"/>).</param>
/// <param name="Stem">How much of the mention is the term itself, before the ending (НАТО of НАТО-ның).</param>
public readonly record struct TermMatch(int Start, int Length, int Stem, string Entry);
