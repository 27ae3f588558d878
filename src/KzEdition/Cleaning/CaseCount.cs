namespace KzEdition.Cleaning;

/// <summary>How often a text writes a (folded) word in capitals, capitalised and in lower case.</summary>
public readonly record struct CaseCount(string Key, int Upper, int Capitalised, int Lower);
