namespace KzEdition.Indexing;

/// <summary>A person named by initials and surname, as the text gives them.</summary>
/// <param name="Initials">The initials as written, without spaces: <c>Н.Ә.</c>, <c>Дж.</c>.</param>
/// <param name="Surname">The surname without its case ending: Назарбаев of Назарбаевтың.</param>
public sealed record PersonMention(string Initials, string Surname)
{
    /// <summary>The name in the form the index shows: <c>Н.Ә. Назарбаев</c>.</summary>
    public string Name => $"{Initials} {Surname}";
}
