namespace KzEdition.Model;

/// <summary>The kind of an index entry; each kind is an index of its own.</summary>
public enum TermType
{
    Person,
    Organisation,
    Place,
    Acronym,
    Keyword,
}
