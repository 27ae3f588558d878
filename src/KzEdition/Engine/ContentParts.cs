using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// A document's text in parts, written one after another (<see cref="Keys.ContentParts"/>): a
/// document of megabytes made of remembered fragments (the print edition: every article's HTML) is
/// then never one string, which would cost a copy of it all and large-object garbage on every
/// preview rebuild. Compared by identity: a module gives back the same object when no part changed.
/// </summary>
public sealed class ContentParts(ImmutableArray<string> parts)
{
    public ImmutableArray<string> Parts { get; } = parts;

    public int Length => Parts.Sum(p => p.Length);

    public override string ToString() => string.Concat(Parts);
}
