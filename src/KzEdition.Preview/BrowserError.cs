namespace KzEdition.Preview;

/// <summary>An error of the last build as the page's script shows it: where, and what.</summary>
public sealed record BrowserError(string? File, int Line, int Column, string Message);
