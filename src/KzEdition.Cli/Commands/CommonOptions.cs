using System.CommandLine;

namespace KzEdition.Cli.Commands;

/// <summary>The options every command takes, with the defaults of DESIGN.md's contract.</summary>
internal static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "The input folder: sources/, edition.yml, editorial/, articles/.",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "The output folder; replaced whole, and only when the build succeeds.",
        DefaultValueFactory = _ => "output",
    };

    /// <summary>The base URL of the commands that build (build, pdf).</summary>
    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The absolute URL the site will be published under (overrides edition.yml); adds canonical links and sitemap.xml, and makes citation URLs (and citation_pdf_url) absolute.",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        // No DefaultValueFactory: null lets ThemeLocation.Resolve look beside the input folder, then take the built-in theme.
        Description = "The theme folder. [default: theme/ beside the input folder, else the built-in theme]",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Print per-pipeline timings and every decision the cleaner took.",
    };
}
