namespace KzEdition.Cleaning;

/// <summary>What was decided at a line's end of hard-wrapped text (<see cref="ParagraphEnds"/>): whether a paragraph ends there, on what evidence, and whether the evidence is weak (reported for the editor to check).</summary>
public sealed record ParagraphDecision(bool Ends, string Evidence, bool Weak);
