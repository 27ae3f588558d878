using KzEdition.Engine;

namespace KzEdition.Pdf;

/// <summary>
/// The Chromium the PDFs are printed with: Debian's <c>/usr/bin/chromium</c>, or the executable
/// <c>$KZEDITION_CHROMIUM</c> names. Playwright's own browser download is not used (it cannot be
/// fetched everywhere, and a distribution's Chromium is what editors have).
/// </summary>
public static class ChromiumExecutable
{
    /// <summary>The environment variable naming another Chromium executable than Debian's.</summary>
    public const string Variable = "KZEDITION_CHROMIUM";

    /// <summary>Headless printing needs no sandbox, GPU, network or first-run set-up.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    /// <summary><c>$KZEDITION_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why no PDF can be made here, or null when Chromium is installed.</summary>
    public static string? MissingReason => File.Exists(Path)
        ? null
        : $"Chromium not found at {Path}: install it (on Debian or Ubuntu: apt-get install chromium), or set {Variable} to a Chromium executable";

    /// <summary>The executable, or a <see cref="BuildException"/> that says how to install it.</summary>
    public static string Require() =>
        MissingReason is { } reason ? throw new BuildException(Diagnostic.Error(reason)) : Path;
}
