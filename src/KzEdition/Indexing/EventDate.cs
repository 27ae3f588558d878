namespace KzEdition.Indexing;

/// <summary>
/// A date as precise as the text gives it: a year, a month of a year, a day, a span of years
/// (2001–2003) or a decade (1990-жылдар). Ordered by time; a year comes before its months.
/// </summary>
/// <param name="Month">1–12, or 0 when the text gives no month.</param>
/// <param name="Day">1–31, or 0 when the text gives no day.</param>
/// <param name="EndYear">The last year of a span, or 0.</param>
public sealed record EventDate(int Year, int Month = 0, int Day = 0, int EndYear = 0, bool Decade = false)
{
    /// <summary>The last day of a span of days (9–12 маусым), or 0.</summary>
    public int EndDay { get; init; }

    /// <summary>Sortable, and what the manifest and anchors use: 1994, 1994-05, 1994-05-27, 2001/2003, 1990s.</summary>
    public string Iso =>
        Decade ? $"{Year}s"
        : EndYear > 0 ? $"{Year}/{EndYear}"
        : Day > 0 ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month > 0 ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}";

    /// <summary>Time order: by year, month, day; a year before its months, a span after its first year.</summary>
    public static IComparer<EventDate> Chronological { get; } = Comparer<EventDate>.Create((a, b) =>
    {
        var byTime = (a.Year, a.Month, a.Day).CompareTo((b.Year, b.Month, b.Day));
        return byTime != 0 ? byTime : (a.EndYear, a.Decade).CompareTo((b.EndYear, b.Decade));
    });
}
