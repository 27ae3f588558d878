using KzEdition.Model;
using System.Collections.Immutable;

namespace KzEdition.Editorial;

/// <summary>
/// A curated index entry from <c>input/editorial/terms.yml</c>: its canonical name, the other
/// spellings it appears under, its kind, and what the reader is told about it.
/// </summary>
/// <param name="Acronyms">The acronyms it goes by (ЕАӘК, СЕАП for the Euro-Atlantic Partnership Council): spellings that
/// the text marks with <c>&lt;abbr title="name"&gt;</c> and the glossary of acronyms lists.</param>
/// <param name="Expansion">For an acronym, what it stands for in Kazakh (the glossary and <c>&lt;abbr title&gt;</c>).</param>
public sealed record TermDecision(
    EditorialPosition Where,
    string Name,
    TermType Type,
    ImmutableArray<string> Variants,
    string? Description,
    string? Expansion)
{
    public ImmutableArray<string> Acronyms { get; init; } = [];
}
