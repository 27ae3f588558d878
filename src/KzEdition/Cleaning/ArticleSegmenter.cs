using System.Collections.Immutable;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// Cuts a cleaned source into the articles it holds, from the evidence a reader uses: a
/// separator line, a title in capitals (with the author line just before it), the head of a
/// journal article (author, affiliation, abstract, keywords) after running text, the end of a
/// reference list, a change of language, and split points the editors gave.
/// </summary>
public static class ArticleSegmenter
{
    /// <summary>Letters a paragraph needs before its language counts as evidence of a new article.</summary>
    private const int LanguageEvidenceLetters = 200;

    /// <param name="splitLines">1-based lines of this source where the editors say an article starts.</param>
    /// <param name="joinLines">1-based first lines of segments the editors say continue the article before.</param>
    public static ImmutableArray<ArticleSegment> Segment(CleanedSource source, IReadOnlySet<int>? splitLines = null, IReadOnlySet<int>? joinLines = null)
    {
        var segments = Cut(source, splitLines);
        if (joinLines is null || joinLines.Count == 0)
        {
            return segments;
        }

        var joined = new List<ArticleSegment>();
        foreach (var segment in segments)
        {
            if (joined.Count > 0 && joinLines.Contains(segment.FirstLine))
            {
                joined[^1] = joined[^1] with { Blocks = joined[^1].Blocks.AddRange(segment.Blocks) };
            }
            else
            {
                joined.Add(segment with { Ordinal = joined.Count + 1 });
            }
        }

        return [.. joined];
    }

    private static ImmutableArray<ArticleSegment> Cut(CleanedSource source, IReadOnlySet<int>? splitLines)
    {
        var segments = ImmutableArray.CreateBuilder<ArticleSegment>();
        var current = new List<TextBlock>();
        var reason = "start of the source";
        string? currentLang = null;
        var inReferences = false;

        void Close(string nextReason)
        {
            if (current.Any(b => b.Kind != BlockKind.Boundary))
            {
                segments.Add(new ArticleSegment(source, segments.Count + 1, [.. current.Where(b => b.Kind != BlockKind.Boundary)], reason));
            }

            current.Clear();
            reason = nextReason;
            currentLang = null;
            inReferences = false;
        }

        for (var index = 0; index < source.Blocks.Length; index++)
        {
            var block = source.Blocks[index];
            var hasBody = current.Any(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.TableCaption or BlockKind.Heading or BlockKind.ReferencesHeading);
            if (splitLines is not null && splitLines.Contains(block.FirstLine) && current.Count > 0)
            {
                Close($"editorial split (line {block.FirstLine})");
            }
            else if (block.Kind == BlockKind.Boundary)
            {
                Close($"separator line (line {block.FirstLine})");
                continue;
            }
            else if (block.Kind == BlockKind.Title && hasBody)
            {
                var head = TrailingHead(current, BlockKind.Author);
                Close($"title in capitals (line {block.FirstLine})");
                current.AddRange(head);
            }
            else if (BlockClassifier.IsHeadKind(block.Kind) && block.Kind != BlockKind.Title && hasBody)
            {
                // An author line just above a title: the title is the evidence, the author goes with it.
                var next = index + 1 < source.Blocks.Length ? source.Blocks[index + 1] : null;
                Close(block.Kind == BlockKind.Author && next?.Kind == BlockKind.Title
                    ? $"title in capitals (line {next.FirstLine}) with the author line above it"
                    : $"{Describe(block.Kind)} after running text (line {block.FirstLine})");
            }
            else if (inReferences && block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph) )
            {
                Close($"end of the reference list (line {block.FirstLine})");
            }
            else if (inReferences && block.Kind == BlockKind.Paragraph && !ReferenceEntry.Looks(block.Text))
            {
                Close($"running text after the reference list (line {block.FirstLine})");
            }
            else if (!inReferences && block.Kind == BlockKind.Paragraph && LetterCount(block.Text) >= LanguageEvidenceLetters)
            {
                // (A reference list mixes languages freely: no evidence there.)
                var lang = LanguageDetector.Detect(block.Text);
                if (currentLang is not null && lang != currentLang)
                {
                    Close($"change of language from {currentLang} to {lang} (line {block.FirstLine})");
                }
            }

            if (block.Kind == BlockKind.Paragraph && LetterCount(block.Text) >= LanguageEvidenceLetters && !inReferences)
            {
                currentLang ??= LanguageDetector.Detect(block.Text);
            }

            inReferences |= block.Kind == BlockKind.ReferencesHeading;
            current.Add(block);
        }

        Close("");
        return segments.ToImmutable();
    }

    /// <summary>Takes the blocks of the given kind at the end of the list off it (an author line just above a title).</summary>
    private static List<TextBlock> TrailingHead(List<TextBlock> blocks, BlockKind kind)
    {
        var start = blocks.Count;
        while (start > 0 && blocks[start - 1].Kind == kind)
        {
            start--;
        }

        var head = blocks.GetRange(start, blocks.Count - start);
        blocks.RemoveRange(start, blocks.Count - start);
        return head;
    }

    private static string Describe(BlockKind kind) => kind switch
    {
        BlockKind.Author => "author line",
        BlockKind.Affiliation => "affiliation",
        BlockKind.Abstract => "abstract",
        BlockKind.Keywords => "keywords",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static int LetterCount(string text) => text.Count(char.IsLetter);
}
