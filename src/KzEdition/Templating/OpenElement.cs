namespace KzEdition.Templating;

/// <summary>An element <see cref="LatinPageWriter"/> has read the start tag of and not yet the end: its name and the language it is in.</summary>
/// <param name="Name">The tag name, lower case.</param>
/// <param name="IsKazakh">Its lang attribute, or its parent's language, is Kazakh (kk, kk-…).</param>
/// <param name="IsForeign">It is svg or math or inside one: a self-closing tag there opens nothing, and title or style hold markup.</param>
internal readonly record struct OpenElement(string Name, bool IsKazakh, bool IsForeign);
