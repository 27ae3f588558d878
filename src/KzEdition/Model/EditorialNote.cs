namespace KzEdition.Model;

/// <summary>
/// Something the editors (or the cleaner on their behalf) tell the reader about the text:
/// a footnote moved out of the running text, a missing reference list, a supplied title.
/// </summary>
/// <param name="Kind">What the note says, as a machine-readable kind the theme words in the reader's language:
/// <c>footnote</c> (Text is the footnote, moved out of the running text), <c>no-references</c> (Text is the
/// reference-list heading the source prints with no entries under it, or empty when the text cites sources and
/// the source holds no reference list at all), <c>variant</c> (Text is another
/// witness's reading of the words in Lemma; empty when it omits them).</param>
/// <param name="Text">The note's content: the source's own words, not an explanation.</param>
/// <param name="Source">The source file the note concerns, when there is one.</param>
/// <param name="Line">The 1-based line in that source, 0 when none.</param>
/// <param name="Lemma">For a <c>variant</c>: the words of the reading text that the other witness (Source) reads as Text.</param>
public sealed record EditorialNote(string Kind, string Text, string? Source = null, int Line = 0, string? Lemma = null);
