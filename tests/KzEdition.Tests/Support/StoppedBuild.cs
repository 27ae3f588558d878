using KzEdition.Building;
using KzEdition.Engine;

namespace KzEdition.Tests.Support;

/// <summary>A plain build that must stop on bad input with one message, which a test then reads (the file it names, what it says).</summary>
internal static class StoppedBuild
{
    /// <summary>Runs the build, asserts that it stops with a build error (as thrown, or wrapped once), and gives that error's one message.</summary>
    public static async Task<Diagnostic> OneMessageOf(BuildOptions options)
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => EditionBuilder.BuildAsync(options, cancellationToken: TestContext.Current.CancellationToken));
        var failure = ex as BuildException ?? ex.InnerException as BuildException;
        Assert.NotNull(failure);
        return Assert.Single(failure.Diagnostics);
    }
}
