namespace KzEdition.Templating;

/// <summary>Where the theme of a build was found (<see cref="ThemeLocation.Resolve"/>), in the order it is looked for.</summary>
public enum ThemeSource
{
    /// <summary>The folder <c>--theme</c> named.</summary>
    Option,

    /// <summary><c>theme/</c> beside the input folder, as this repository lays an edition out.</summary>
    BesideInput,

    /// <summary>The theme shipped with KzEdition (<see cref="BuiltInTheme"/>).</summary>
    BuiltIn,
}
