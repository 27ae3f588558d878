using KzEdition.Pdf.DevTools;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Printing;

/// <summary>
/// The profile folders a killed run left in the temp folder are deleted by the next run, but only
/// those a day old that no running Chromium holds (its <c>SingletonLock</c> names its process).
/// </summary>
public sealed class ChromiumProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void StaleProfiles_AreDeleted_ButNotOnesInUseOrRecentOrNotOurs()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Chromium's SingletonLock is a symbolic link on Linux and macOS");
        }

        var left = Profile("kzedition-chromium-left", lockedBy: null, age: TimeSpan.FromDays(2));
        var deadLock = Profile("kzedition-chromium-dead", lockedBy: int.MaxValue, age: TimeSpan.FromDays(2));
        var held = Profile("kzedition-chromium-held", lockedBy: Environment.ProcessId, age: TimeSpan.FromDays(2));
        var recent = Profile("kzedition-chromium-recent", lockedBy: null, age: TimeSpan.FromHours(1));
        var other = Profile("another-program-old", lockedBy: null, age: TimeSpan.FromDays(2));

        ChromiumProcess.DeleteStaleProfiles(_temp.Path);

        Assert.False(Directory.Exists(left));
        Assert.False(Directory.Exists(deadLock));
        Assert.True(Directory.Exists(held));
        Assert.True(Directory.Exists(recent));
        Assert.True(Directory.Exists(other));
    }

    private string Profile(string name, int? lockedBy, TimeSpan age)
    {
        var folder = _temp.Combine(name);
        Directory.CreateDirectory(Path.Combine(folder, "Default"));
        if (lockedBy is { } pid)
        {
            File.CreateSymbolicLink(Path.Combine(folder, "SingletonLock"), $"{Environment.MachineName}-{pid}");
        }

        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - age);
        return folder;
    }
}
