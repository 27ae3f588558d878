using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Model;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// Makes articles out of cleaned sources: for now one article a source, its title taken from a
/// heading in capitals at its start, or derived from its opening words and marked as supplied.
/// </summary>
public static partial class ArticleAssembler
{
    private const int DerivedTitleWords = 8;

    public static Article Assemble(CleanedSource cleaned, string lang)
    {
        var blocks = cleaned.Blocks;
        var notes = cleaned.Notes.ToBuilder();
        string title;
        TitleSource titleSource;
        var first = blocks.FirstOrDefault();
        if (first is { Kind: BlockKind.Heading })
        {
            title = SentenceCase(first.Text);
            titleSource = TitleSource.Source;
            blocks = blocks.RemoveAt(0);
        }
        else
        {
            title = DeriveTitle(blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text ?? cleaned.Source.FileName);
            titleSource = TitleSource.Derived;
        }

        var body = ImmutableArray.CreateBuilder<Block>();
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.ReferencesHeading when i == blocks.Length - 1:
                    // A references heading with nothing under it: say so rather than print an empty heading.
                    notes.Add(new EditorialNote("no-references", block.Text.TrimEnd('.'), cleaned.Source.FileName, block.LastLine));
                    break;
                case BlockKind.ReferencesHeading:
                case BlockKind.Heading:
                    body.Add(new Heading(2, block.Text.TrimEnd('.')));
                    break;
                default:
                    body.Add(new Paragraph(block.Text));
                    break;
            }
        }

        var lines = cleaned.Source.Lines;
        var firstLine = cleaned.Blocks.IsEmpty ? 1 : cleaned.Blocks[0].FirstLine;
        var lastLine = cleaned.Blocks.IsEmpty ? 1 : cleaned.Blocks[^1].LastLine;
        var startsMidText = cleaned.Blocks.FirstOrDefault()?.Text is { Length: > 0 } t && char.IsLower(t[0]);
        var lastText = cleaned.Blocks.LastOrDefault()?.Text ?? "";
        var endsMidText = lastText.Length > 0 && !LayoutDetector.EndsSentence(lastText);

        return new Article
        {
            Id = IdFor(cleaned.Source.FileName),
            Slug = Slugifier.Slugify(title),
            Title = title,
            TitleSource = titleSource,
            Lang = lang,
            Status = startsMidText || endsMidText ? ArticleStatus.Fragment : ArticleStatus.Complete,
            Witnesses = [new Witness(cleaned.Source.FileName, firstLine, Math.Min(lastLine, lines.Length), Primary: true)],
            Body = body.ToImmutable(),
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>An id stable across rebuilds: the source's file name without its extension.</summary>
    public static string IdFor(string fileName) => Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();

    /// <summary>The opening words of the text, up to the first sentence end, with an ellipsis if cut.</summary>
    internal static string DeriveTitle(string text)
    {
        var sentence = SentenceEnd().Split(text, 2)[0];
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = words.Length > DerivedTitleWords;
        var title = string.Join(' ', words.Take(DerivedTitleWords)).TrimEnd(',', ';', ':', '.', '-', '–');
        if (title.Length > 0 && char.IsLower(title[0]))
        {
            title = "…" + title;
        }

        return cut ? title + "…" : title;
    }

    /// <summary>A title set in capitals, in normal case; words that look like acronyms (2-5 letters) stay in capitals.</summary>
    internal static string SentenceCase(string capitals)
    {
        var lower = capitals.Trim().TrimEnd('.').ToLowerInvariant();
        var result = Word().Replace(lower, m =>
        {
            var original = capitals.Trim().Substring(m.Index, m.Length);
            return original.Length is >= 2 and <= 5 && original.All(char.IsUpper) && m.Index > 0 ? original : m.Value;
        });
        return result.Length == 0 ? result : char.ToUpperInvariant(result[0]) + result[1..];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
