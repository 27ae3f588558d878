using System.CommandLine;
using KzEdition.Cli.Scaffolding;
using KzEdition.Engine;

namespace KzEdition.Cli.Commands;

/// <summary>
/// <c>kzedition new DIR</c>: a new edition in a new or empty folder, as <c>hugo new site</c> and
/// <c>jekyll new</c> make one: <c>input/edition.yml</c> with every setting commented,
/// <c>input/sources/</c> with a note on what goes there, <c>input/editorial/</c> with commented
/// examples and <c>input/pages/about.md</c>. It builds at once (an empty edition) with the
/// built-in theme. It never writes into a folder that holds anything.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder of the new edition: one that does not exist yet, or an empty one." };
        var command = new Command("new", "Make a new edition in DIR: input/ with edition.yml, sources/, editorial/ and pages/about.md.")
        {
            folder,
        };
        command.SetAction(parse => Run(parse.GetValue(folder)!, output, error));
        return command;
    }

    internal static int Run(string folder, TextWriter output, TextWriter error)
    {
        var shown = folder.TrimEnd('/', '\\');
        if (FolderCopy.Refusal(folder) is { } refusal)
        {
            error.WriteLine(Diagnostic.Error(refusal, shown));
            return BuildCommand.InputError;
        }

        FolderCopy.Copy(EditionScaffold.Directory, folder);
        File.WriteAllText(Path.Combine(folder, ".gitignore"), EditionScaffold.GitIgnore);
        output.WriteLine($"Made a new edition in {shown}/:");
        output.WriteLine($"  {shown}/input/edition.yml       the title, editors, language, base URL… (every setting commented)");
        output.WriteLine($"  {shown}/input/sources/          put the raw texts (.txt) here");
        output.WriteLine($"  {shown}/input/editorial/        the editors' decisions: titles, splits, index terms (commented examples)");
        output.WriteLine($"  {shown}/input/pages/about.md    the introduction on the home page");
        output.WriteLine("Next steps:");
        output.WriteLine($"  cd {shown}");
        output.WriteLine("  kzedition build          builds output/ (an empty edition until sources/ holds texts)");
        output.WriteLine("  kzedition serve          a preview at http://127.0.0.1:5080/ that rebuilds as you edit");
        output.WriteLine("  kzedition theme eject    copies the built-in theme to theme/, to change its layouts");
        return 0;
    }
}
