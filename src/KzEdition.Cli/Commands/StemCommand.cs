using System.CommandLine;
using KzEdition.Search;

namespace KzEdition.Cli.Commands;

/// <summary>
/// <c>kzedition stem</c>: words on standard input, one a line; <c>word&lt;TAB&gt;stem</c> lines out,
/// from the same stemmer the search index uses. For checking what the stemmer does with a word
/// list, and for comparing it with other tools.
/// </summary>
internal static class StemCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var language = new Option<string>("--lang", "-l")
        {
            Description = "The language of the words: kk (Kazakh) or ru (Russian).",
            DefaultValueFactory = _ => "kk",
        };
        language.AcceptOnlyFromAmong([.. WordStemmer.Languages]);

        var command = new Command("stem", "Read words from standard input, one a line, and write each as 'word<TAB>stem'.")
        {
            language,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = parse.GetValue(language)!;
            var lineNumber = 0;
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                var word = line.Trim();
                if (word.Length == 0)
                {
                    continue;
                }

                if (word.Contains('\t', StringComparison.Ordinal) || word.Contains(' ', StringComparison.Ordinal))
                {
                    await error.WriteLineAsync($"standard input({lineNumber}): error: not one word: '{word}' (give one word a line)");
                    return BuildCommand.InputError;
                }

                await output.WriteLineAsync($"{word}\t{WordStemmer.Stem(word, lang)}");
            }

            return 0;
        });
        return command;
    }
}
