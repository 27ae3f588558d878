using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Model;

namespace KzEdition.Cleaning;

/// <summary>
/// Reads a table from the blocks after its caption: up to its source line ("Дереккөз: …") when
/// there is one close by, otherwise while the blocks look like rows (list items, or lines with a
/// column gap). Cells are recovered where every row opens with a first cell followed by a gap of
/// two or more spaces; otherwise the table keeps its lines as they stand.
/// </summary>
public static partial class TableReader
{
    /// <summary>A source line further than this many blocks from the caption belongs to something else.</summary>
    private const int SourceLineReach = 15;

    /// <summary>Blocks of more lines than this without a column gap are running text again, not a table.</summary>
    private const int MaxRowBlockLines = 3;

    /// <summary>Reads the table whose caption is <c>blocks[start]</c>; returns it and the index after it.</summary>
    public static (TableBlock Table, int Next) Read(IReadOnlyList<TextBlock> blocks, int start, WordEvidence evidence)
    {
        var (label, title) = SplitCaption(blocks[start].Text.Trim());
        var end = FindSourceLine(blocks, start);
        string? source = null;
        int next;
        if (end >= 0)
        {
            source = blocks[end].Text;
            next = end + 1;
        }
        else
        {
            next = start + 1;
            while (next < blocks.Count && blocks[next].Kind is BlockKind.Paragraph or BlockKind.ListItem &&
                   (next == start + 1 || blocks[next].RawLines.Length <= MaxRowBlockLines || blocks[next].RawLines.Any(HasColumnGap)))
            {
                next++;
            }

            end = next;
        }

        // Rows are read again from the lines as the source prints them: the paragraph builder's
        // breaks mean nothing inside a table. A row starts at a line with a column gap, an item
        // at an indented line; other lines continue the item before them.
        var lines = Enumerable.Range(start + 1, end - start - 1).SelectMany(k => blocks[k].RawLines).Where(l => l.Trim().Length > 0).ToList();
        var titleLines = title is null ? lines.TakeWhile(l => !StartsItem(l)).ToList() : [];
        if (titleLines.Count > 0 && titleLines.Count < lines.Count)
        {
            title = titleLines.Aggregate("", (joined, line) => LineJoiner.Join(joined, line, evidence, out _));
        }
        else
        {
            titleLines.Clear();
        }

        var items = new List<(string Text, bool Gap)>();
        foreach (var line in lines.Skip(titleLines.Count))
        {
            if (StartsItem(line) || items.Count == 0)
            {
                items.Add((line.Trim(), HasColumnGap(line)));
            }
            else
            {
                items[^1] = (LineJoiner.Join(items[^1].Text, line, evidence, out _), items[^1].Gap);
            }
        }

        var cells = RecoverCells(items);
        var rows = cells.IsDefaultOrEmpty ? [.. items.Select(i => Spaces().Replace(WithoutBullet(i.Text), " "))] : ImmutableArray<string>.Empty;
        return (new TableBlock(label, title, cells, rows, source), next);
    }

    private static int FindSourceLine(IReadOnlyList<TextBlock> blocks, int start)
    {
        for (var k = start + 1; k < blocks.Count && k <= start + SourceLineReach; k++)
        {
            switch (blocks[k].Kind)
            {
                case BlockKind.TableSource:
                    return k;
                case BlockKind.TableCaption or BlockKind.Title or BlockKind.ReferencesHeading or BlockKind.Heading:
                    return -1;
            }
        }

        return -1;
    }

    private static bool StartsItem(string line) => line.StartsWith(' ') || HasColumnGap(line) || Bullet().IsMatch(line.Trim());

    private static bool HasColumnGap(string line) => ColumnGap().IsMatch(line.Trim());

    /// <summary>
    /// Two columns when the items are rows opening with "first cell␣␣rest" and indented items that
    /// continue the row before them (several entries of one cell).
    /// </summary>
    private static ImmutableArray<ImmutableArray<string>> RecoverCells(List<(string Text, bool Gap)> items)
    {
        if (items.Count < 2 || !items[0].Gap)
        {
            return [];
        }

        var table = new List<string[]>();
        foreach (var (text, gap) in items)
        {
            if (gap)
            {
                var match = ColumnGap().Match(text);
                var cell = text[..match.Groups[1].Index].Trim();
                table.Add([WithoutBullet(cell), Spaces().Replace(text[(match.Groups[1].Index + match.Groups[1].Length)..].Trim(), " ")]);
            }
            else
            {
                table[^1][1] += " " + Spaces().Replace(WithoutBullet(text), " ");
            }
        }

        return table.Count >= 2 ? [.. table.Select(r => r.ToImmutableArray())] : [];
    }

    private static (string Label, string? Title) SplitCaption(string caption)
    {
        var m = BlockClassifier.TableCaption().Match(caption);
        var rest = caption[m.Length..].Trim().TrimStart('.', '–', '—', '-', ':').Trim();
        return (m.Value.Trim(), rest.Length == 0 ? null : rest);
    }

    internal static string WithoutBullet(string text) => Bullet().Replace(text.Trim(), "", 1).Trim();

    /// <summary>A short first cell (one or two words), then two or more spaces, then the rest of the row.</summary>
    [GeneratedRegex(@"^[^\s]+(?: [^\s]+)?(\s{2,})\S")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();


    [GeneratedRegex(@"^[•·▪●◦‣∙\uF0B7\uF0A7\uF0D8]\s*")]
    private static partial Regex Bullet();
}
