using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Puts rendered fragments (documents named by <see cref="EditionKeys.FragmentName"/>: the entries
/// of an index page, made by <see cref="MakeIndexEntryFragments"/>, and of the print edition's indices,
/// made by <see cref="MakePrintModels"/>) into the page that follows them: the page is cut at its
/// marks (<see cref="FragmentMarks"/>) and becomes <see cref="ContentParts"/>, each fragment's text
/// a part, never one string of megabytes. A mark the page shows twice gets the fragment twice; a
/// fragment the page does not show (a theme whose index layout includes the partial itself) is
/// dropped; a mark no fragment answers stays as it is. The fragments are not written. Other
/// documents pass through. Reads <see cref="Keys.Text"/> and <see cref="EditionKeys.FragmentName"/>;
/// not remembered: cutting a page and joining its parts costs less than fingerprinting them.
/// </summary>
public sealed class JoinPageFragments : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(Keys.Text, EditionKeys.FragmentName).NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var outputs = ImmutableArray.CreateBuilder<Document>();
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input.GetOrDefault(EditionKeys.FragmentName) is { } name)
            {
                fragments[name] = input.Get(Keys.Text);
                continue;
            }

            if (fragments.Count == 0 || input.GetOrDefault(Keys.Text) is not { } text)
            {
                outputs.Add(input);
                continue;
            }

            var (texts, names) = FragmentMarks.Cut(text);
            var parts = ImmutableArray.CreateBuilder<string>((texts.Count * 2) - 1);
            for (var i = 0; i < names.Count; i++)
            {
                parts.Add(texts[i]);
                parts.Add(fragments.TryGetValue(names[i], out var fragment) ? fragment : FragmentMarks.Of(names[i]));
            }

            parts.Add(texts[^1]);
            outputs.Add(input.Without(Keys.Text).With(Keys.Parts, new ContentParts(parts.MoveToImmutable())));
            fragments.Clear();
        }

        if (fragments.Count > 0)
        {
            throw new InvalidOperationException("fragments without the page they belong to follow them");
        }

        return outputs.ToImmutable();
    }
}
