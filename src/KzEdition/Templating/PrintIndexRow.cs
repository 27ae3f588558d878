using KzEdition.Indexing;
using KzEdition.Model;

namespace KzEdition.Templating;

/// <summary>
/// One row of the print edition's indices: the name of its fragment (<c>entry.html</c>), its index,
/// its heading, and the entry it is or (a cross-reference) points to. What an entry's model
/// (<see cref="PrintTemplateModel.EntryOf"/>) is made from, with the articles' headings.
/// </summary>
public sealed record PrintIndexRow(string Name, TermType Kind, string Heading, IndexEntry Entry, bool See);
