namespace KzEdition.Cleaning;

/// <summary>A source line taken out of the running text (page furniture), with the reason, for the build report.</summary>
public sealed record RemovedLine(int Line, string Text, string Reason);
