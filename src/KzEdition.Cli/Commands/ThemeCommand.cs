using System.CommandLine;
using KzEdition.Cli.Scaffolding;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Cli.Commands;

/// <summary>
/// <c>kzedition theme eject [DIR]</c>: copies the built-in theme out for customising, as users of
/// Jekyll and Hugo themes expect. Into <c>theme/</c> by default: beside <c>input/</c>, where a build
/// finds it (<see cref="ThemeLocation.Resolve"/>). It never writes into a folder that holds anything.
/// </summary>
internal static class ThemeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "Where to copy the theme: a folder that does not exist yet, or an empty one.",
            DefaultValueFactory = _ => ThemeLocation.FolderName,
        };
        var eject = new Command("eject", "Copy the built-in theme into DIR (default: theme/), to change its layouts, strings and styles.")
        {
            folder,
        };
        eject.SetAction(parse => Eject(parse.GetValue(folder)!, output, error));
        return new Command("theme", "The theme: its layouts (Scriban), interface strings and assets.") { eject };
    }

    internal static int Eject(string folder, TextWriter output, TextWriter error)
    {
        var shown = folder.TrimEnd('/', '\\');
        if (FolderCopy.Refusal(folder) is { } refusal)
        {
            error.WriteLine(Diagnostic.Error(refusal, shown));
            return BuildCommand.InputError;
        }

        if (!BuiltInTheme.Exists)
        {
            error.WriteLine(Diagnostic.Error($"KzEdition's built-in theme is missing from {BuiltInTheme.Directory}; reinstall KzEdition"));
            return BuildCommand.InternalError;
        }

        var count = FolderCopy.Copy(BuiltInTheme.Directory, folder);
        output.WriteLine($"Copied the built-in theme into {shown}/ ({count} files).");
        output.WriteLine($"A build uses it when it is the folder theme/ beside the input folder, or when --theme {shown} names it;");
        output.WriteLine("a layout or a string it lacks is taken from the built-in theme, with a warning.");
        return 0;
    }
}
