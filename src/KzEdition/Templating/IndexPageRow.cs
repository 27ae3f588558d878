using KzEdition.Indexing;

namespace KzEdition.Templating;

/// <summary>
/// One row of an index page as the page places it: its id on the page (the entry's, or for a
/// cross-reference of the glossary a <c>see-</c> id of its own), the initial letter it is listed
/// under and that letter's id, its heading, and the entry it is or points to. What an entry's model
/// (<see cref="IndexTemplateModel.EntryOf"/>) is made from, with the articles' headings.
/// </summary>
public sealed record IndexPageRow(string Id, string Letter, string LetterId, string Heading, IndexEntry Entry, bool See);
