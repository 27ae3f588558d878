using KzEdition.Engine;

namespace KzEdition.Cleaning;

/// <summary>
/// Applies the editors' paragraph breaks (<see cref="ParagraphStart"/>) to a cleaned source: the
/// paragraph that holds the words is cut before them, at the first place they stand as whole words
/// inside a paragraph (not at its start). A break whose words no paragraph holds there is an error naming the
/// editorial file and line: a decision that matches nothing is never dropped silently.
/// </summary>
public static class ParagraphStarts
{
    public static CleanedSource Apply(CleanedSource source, IReadOnlyList<ParagraphStart> starts)
    {
        if (starts.Count == 0)
        {
            return source;
        }

        var blocks = source.Blocks.ToList();
        var decisions = source.Decisions.ToBuilder();
        foreach (var start in starts)
        {
            var (index, at) = Find(blocks, start.Words);
            if (index < 0)
            {
                throw new BuildException(Diagnostic.Error(
                    $"no paragraph of {source.Source.FileName} holds «{start.Words}» after its first word: the paragraph break cannot be made (check the words against the cleaned text)",
                    start.File, start.Line, start.Column));
            }

            var block = blocks[index];
            var line = block.LineAt(at);
            blocks[index] = block with { Text = block.Text[..at].TrimEnd(), LastLine = line };
            blocks.Insert(index + 1, block with { Text = block.Text[at..], FirstLine = line });
            decisions.Add(Diagnostic.Info($"paragraph starts at «{start.Words}», as the editors decided ({start.File}:{start.Line})", source.Source.Path, line));
        }

        return source with { Blocks = [.. blocks], Decisions = decisions.ToImmutable() };
    }

    /// <summary>The first paragraph holding the words, whole, after its beginning, and where.</summary>
    private static (int Block, int At) Find(List<TextBlock> blocks, string words)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.Paragraph)
            {
                continue;
            }

            var text = blocks[b].Text;
            for (var at = text.IndexOf(words, 1, StringComparison.Ordinal); at > 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
            {
                var end = at + words.Length;
                if (char.IsWhiteSpace(text[at - 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return (b, at);
                }
            }
        }

        return (-1, -1);
    }
}
