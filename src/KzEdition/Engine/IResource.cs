namespace KzEdition.Engine;

/// <summary>
/// A value the whole build shares and modules read (the settings, the theme, the editors'
/// decisions): given to the engine for a run, read through <see cref="IExecutionContext.Get{T}"/> by
/// the modules that declare it.
/// </summary>
public interface IResource
{
    string Name { get; }
}
