namespace KzEdition.Preview;

/// <summary>The <c>reload</c> event: a build succeeded, and this is its number.</summary>
public sealed record ReloadMessage(int Generation);
