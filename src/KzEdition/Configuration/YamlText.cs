namespace KzEdition.Configuration;

/// <summary>Checks on YAML text that YamlDotNet reports poorly, so that editors are pointed at the right character.</summary>
public static class YamlText
{
    /// <summary>The first tab in a line's indentation (YAML 1.2, 6.1: tabs are not indentation), 1-based.</summary>
    public static (int Line, int Column)? TabIndentation(string yaml)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // Only a line that opens with a tab: after spaces, a tab may be a block scalar's content.
            if (lines[i].StartsWith('\t') && lines[i].Trim().Length > 0)
            {
                return (i + 1, 1);
            }
        }

        return null;
    }

    /// <summary>The first '[' or '{' of a flow collection that is never closed (quotes and comments skipped), 1-based.</summary>
    public static (int Line, int Column)? UnclosedBracket(string yaml)
    {
        var open = new Stack<(int Line, int Column)>();
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            char? quote = null;
            for (var c = 0; c < lines[i].Length; c++)
            {
                var ch = lines[i][c];
                if (quote is not null)
                {
                    quote = ch == quote ? null : quote;
                }
                else if (ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (ch == '#' && (c == 0 || char.IsWhiteSpace(lines[i][c - 1])))
                {
                    break;
                }
                else if (ch is '[' or '{')
                {
                    open.Push((i + 1, c + 1));
                }
                else if (ch is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }

        return open.Count == 0 ? null : open.Last();
    }
}
