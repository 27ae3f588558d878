namespace KzEdition.Indexing;

/// <summary>What a paragraph mentions (the keys of the spellings found), with the set it was found with, and its text as words are searched for in it.</summary>
internal sealed record ParagraphMatches(SpellingSet Set, string[] Keys, string SearchText);
