namespace KzEdition.Preview;

/// <summary>
/// How long the preview waits on changes: <see cref="StartDelay"/> before it starts a build,
/// <see cref="QuietPeriod"/> before it tells the pages about one (see <see cref="RebuildScheduler{TBuild}"/>).
/// </summary>
/// <param name="StartDelay">
/// After a calm, how long the changes must pause before a build starts: long enough to take one
/// save's writes together (an editor truncates, writes and closes within a millisecond or two),
/// short enough that the build runs while the quiet period is waited out.
/// </param>
/// <param name="QuietPeriod">
/// How long the changes must be quiet before the pages are told: long enough to gather a save storm
/// (a script, a checkout), short enough not to be felt. Within a storm, builds wait this long too.
/// </param>
public sealed record RebuildTiming(TimeSpan StartDelay, TimeSpan QuietPeriod)
{
    /// <summary>5 ms to start, 25 ms to tell the pages.</summary>
    public static RebuildTiming Default { get; } = new(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(25));

    /// <summary>The scheduler as it was before builds started early: nothing starts before the quiet period (for comparison and tests).</summary>
    public static RebuildTiming QuietFirst(TimeSpan quietPeriod) => new(quietPeriod, quietPeriod);
}
