namespace KzEdition.Text;

/// <summary>A run of letters (and digits) in a text: where it is, and its <see cref="Key"/> for comparing.</summary>
/// <param name="Key">Lower case, stress marks removed: НА́ТО and НАТО compare equal.</param>
public readonly record struct WordToken(int Start, int Length, string Key)
{
    public int End => Start + Length;
}
