namespace KzEdition.Templating;

/// <summary>Where one attribute of the tag <see cref="LatinPageWriter"/> is reading stands in it.</summary>
/// <param name="NameEnd">Just after the name.</param>
/// <param name="ValueStart">The first character of the value, inside its quotes; -1 when the attribute has no value.</param>
/// <param name="ValueEnd">Just after the last character of the value.</param>
internal readonly record struct AttributeSpan(int NameEnd, int ValueStart, int ValueEnd)
{
    public bool HasValue => ValueStart >= 0;
}
