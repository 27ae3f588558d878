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
            while (ReadLine(input, MaxLineLength) is var (line, tooLong) && (line is not null || tooLong))
            {
                lineNumber++;
                cancellationToken.ThrowIfCancellationRequested();
                if (tooLong)
                {
                    // Read no further into memory: a word is never that long (a 1.2 GB line was read whole).
                    await error.WriteLineAsync($"standard input({lineNumber}): error: a line of more than {MaxLineLength} characters is no word (give one word a line)");
                    return BuildCommand.InputError;
                }

                var word = line!.Trim();
                if (word.Length == 0)
                {
                    continue;
                }

                if (word.Contains('\0', StringComparison.Ordinal) || word.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    await error.WriteLineAsync($"standard input({lineNumber}): error: not text: a NUL character or bytes that are not UTF-8");
                    return BuildCommand.InputError;
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

    /// <summary>The longest line read as a word; past it the command stops (no Kazakh or Russian word comes near).</summary>
    public const int MaxLineLength = 1_000;

    /// <summary>The next line without its end, or (null, false) at the end of the input; (null, true) when the line runs past <paramref name="max"/> characters (the rest is not read).</summary>
    private static (string? Line, bool TooLong) ReadLine(TextReader input, int max)
    {
        var line = new System.Text.StringBuilder();
        int c;
        while ((c = input.Read()) >= 0)
        {
            if (c == '\n')
            {
                return (line.ToString().TrimEnd('\r'), false);
            }

            if (line.Length >= max)
            {
                return (null, true);
            }

            line.Append((char)c);
        }

        return line.Length == 0 ? (null, false) : (line.ToString().TrimEnd('\r'), false);
    }
}
