using KzEdition.Engine;

namespace KzEdition.Pdf;

/// <summary>
/// The Chromium the PDFs are printed with: Debian's <c>/usr/bin/chromium</c>, or the executable
/// <c>$KZEDITION_CHROMIUM</c> names. No browser is downloaded for it (as Playwright would for the
/// browser tests): a download cannot be fetched everywhere, and a distribution's Chromium is what
/// editors have.
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

    /// <summary>Why no PDF can be made with this executable (null: the default), or null when it is installed.</summary>
    public static string? MissingReason(string? executable = null)
    {
        var path = executable ?? Path;
        return File.Exists(path)
            ? null
            : $"Chromium not found at {path}: install it (on Debian or Ubuntu: apt-get install chromium), or name one with --chromium or {Variable}";
    }

    /// <summary>The executable, or a <see cref="BuildException"/> that says how to install it.</summary>
    public static string Require(string? executable = null) =>
        MissingReason(executable) is { } reason ? throw new BuildException(Diagnostic.Error(reason)) : executable ?? Path;
}
