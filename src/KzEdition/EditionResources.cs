using KzEdition.Configuration;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition;

/// <summary>What every module of a build may read besides documents, each loaded once a build from its files.</summary>
public static class EditionResources
{
    /// <summary>The edition's metadata (input/edition.yml, and --base-url).</summary>
    public static readonly Resource<EditionSettings> Settings = new(nameof(Settings));

    /// <summary>The editors' decisions (input/editorial/*.yml).</summary>
    public static readonly Resource<EditorialDecisions> Editorial = new(nameof(Editorial));

    /// <summary>The theme: parsed layouts and interface strings.</summary>
    public static readonly Resource<Theme> Theme = new(nameof(Theme));

    /// <summary>What the command asked of the build beyond the input (whether it makes PDFs).</summary>
    public static readonly Resource<EditionOptions> Options = new(nameof(Options));
}
