using System.Collections.Immutable;

namespace KzEdition.Templating;

/// <summary>
/// What an article's page shows of the rest of the edition, as plain values: its number, its
/// related articles and its keywords' entries. Taken from the whole edition every build (cheaply),
/// so that the article's own template model (made by the module MakeArticleModel) is remembered
/// by these few values, not by the whole edition's model, which changes with any edit.
/// </summary>
public sealed record ArticleContext(int Number, ImmutableArray<RelatedLink> Related, ImmutableArray<EntryLink> Keywords);
