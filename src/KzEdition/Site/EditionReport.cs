using System.Collections.Immutable;

namespace KzEdition.Site;

/// <summary>What the build found and decided, in numbers: the console summary, and the head of report.html.</summary>
public sealed record EditionReport(
    int Sources,
    int Articles,
    int Fragments,
    int WithSeveralWitnesses,
    int SuppliedTitles,
    int FurnitureRemoved,
    int WeakDecisions,
    ImmutableDictionary<string, int> Layouts)
{
    /// <summary>The one-paragraph summary the build prints.</summary>
    public string Summary() =>
        $"{Sources} sources{(Layouts.IsEmpty ? "" : $" ({string.Join(", ", Layouts.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Value} {l.Key}"))})")}; " +
        $"{Articles} articles ({Fragments} fragments, {WithSeveralWitnesses} with several witnesses, {SuppliedTitles} with supplied titles); " +
        $"{FurnitureRemoved} furniture lines removed; {WeakDecisions} decisions on weak evidence. Details: {SitePaths.Report}.";
}
