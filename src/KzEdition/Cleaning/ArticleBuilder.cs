using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Model;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// Makes an article of a segment: its head (title, authors, affiliations, abstract, keywords),
/// its body (paragraphs, headings, lists, tables), its reference list, its status and language.
/// </summary>
public static partial class ArticleBuilder
{
    private const int DerivedTitleWords = 8;

    public static Article Build(ArticleSegment segment, CaseEvidence caseEvidence, WordEvidence wordEvidence, string fallbackLang)
    {
        var blocks = segment.Blocks;
        var source = segment.Source;
        var notes = ImmutableArray.CreateBuilder<EditorialNote>();
        string? title = null;
        var authors = ImmutableArray.CreateBuilder<string>();
        var affiliations = ImmutableArray.CreateBuilder<string>();
        string? abstractText = null;
        var keywords = ImmutableArray<string>.Empty;

        // The head: whatever title, author, affiliation, abstract and keywords blocks come first.
        var i = 0;
        for (; i < blocks.Length && BlockClassifier.IsHeadKind(blocks[i].Kind); i++)
        {
            var text = blocks[i].Text.Trim();
            switch (blocks[i].Kind)
            {
                case BlockKind.Title when title is null:
                    title = caseEvidence.NormalCase(text);
                    break;
                case BlockKind.Title:
                    title += " " + caseEvidence.NormalCase(text, capitalizeFirst: false);
                    break;
                case BlockKind.Author:
                    authors.AddRange(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(NormaliseInitials));
                    break;
                case BlockKind.Affiliation:
                    affiliations.Add(text);
                    break;
                case BlockKind.Abstract:
                    abstractText = BlockClassifier.WithoutLabel(text);
                    break;
                case BlockKind.Keywords:
                    keywords = [.. BlockClassifier.WithoutLabel(text).TrimEnd('.').Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
            }
        }

        var body = ImmutableArray.CreateBuilder<Block>();
        var references = ImmutableArray.CreateBuilder<string>();
        TextBlock? referencesHeading = null;
        while (i < blocks.Length)
        {
            var block = blocks[i];
            if (referencesHeading is not null)
            {
                references.Add(ReferenceEntry.WithoutNumber(TableReader.WithoutBullet(block.Text)));
                i++;
                continue;
            }

            switch (block.Kind)
            {
                case BlockKind.ReferencesHeading:
                    referencesHeading = block;
                    i++;
                    break;
                case BlockKind.TableCaption:
                    var (table, next) = TableReader.Read(blocks, i, wordEvidence);
                    body.Add(table);
                    i = next;
                    break;
                case BlockKind.ListItem:
                    var items = new List<TextBlock>();
                    while (i < blocks.Length && blocks[i].Kind == BlockKind.ListItem)
                    {
                        items.Add(blocks[i++]);
                    }

                    var ordered = items.All(it => NumberedItem().IsMatch(it.Text));
                    body.Add(new ListBlock(ordered, [.. items.Select(it => ordered ? NumberedItem().Replace(it.Text.Trim(), "", 1) : TableReader.WithoutBullet(it.Text))]));
                    break;
                case BlockKind.Heading:
                    body.Add(new Heading(2, block.Text.Trim().TrimEnd('.', ':')));
                    i++;
                    break;
                case BlockKind.Title:
                    body.Add(new Heading(2, caseEvidence.NormalCase(block.Text)));
                    i++;
                    break;
                default:
                    body.Add(new Paragraph(block.Text));
                    i++;
                    break;
            }
        }

        if (referencesHeading is not null && references.Count == 0)
        {
            // A references heading with nothing under it: said in a note, not printed as an empty heading.
            notes.Add(new EditorialNote("no-references", referencesHeading.Text.Trim().TrimEnd('.', ':'), source.Source.FileName, referencesHeading.FirstLine));
        }

        else if (referencesHeading is null && body.SelectMany(Article.TextsOf).Any(t => Text.CitationMarkers.Pattern().IsMatch(t)))
        {
            // Citation markers, but no reference list in the source at all: say so (the markers link here).
            notes.Add(new EditorialNote("no-references", "", source.Source.FileName, segment.LastLine));
        }

        var bodyText = string.Join('\n', body.SelectMany(Article.TextsOf));
        var lang = LanguageDetector.Detect(bodyText.Length > 0 ? bodyText : string.Join('\n', blocks.Select(b => b.Text)), fallbackLang);
        var titleSource = title is null ? TitleSource.Derived : TitleSource.Source;
        title ??= DeriveTitle(body.SelectMany(Article.TextsOf).FirstOrDefault() ?? abstractText ?? source.Source.FileName);
        return new Article
        {
            Id = $"{ArticleIds.Stem(source.Source.FileName)}-{segment.Ordinal}",
            Slug = Slugifier.Slugify(title),
            Title = title,
            TitleSource = titleSource,
            Lang = lang,
            Authors = authors.ToImmutable(),
            Affiliations = affiliations.ToImmutable(),
            Status = IsFragment(segment, blocks, body) ? ArticleStatus.Fragment : ArticleStatus.Complete,
            Witnesses = [new Witness(source.Source.FileName, segment.FirstLine, segment.LastLine, Primary: true)],
            Abstract = abstractText,
            Keywords = keywords,
            Body = body.ToImmutable(),
            References = references.ToImmutable(),
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>
    /// A fragment starts or ends mid-text: its first text begins in lower case; or it opens a
    /// page-extracted source with no head (a journal article always starts with its title, so
    /// text before any title is the end of an earlier article); or its last text stops mid-sentence.
    /// </summary>
    private static bool IsFragment(ArticleSegment segment, ImmutableArray<TextBlock> blocks, ImmutableArray<Block>.Builder body)
    {
        var firstText = blocks.FirstOrDefault(b => b.Kind != BlockKind.Boundary)?.Text.TrimStart() ?? "";
        var startsMidSentence = firstText.Length > 0 && char.IsLower(firstText[0]);
        var opensPageExtract = segment.Ordinal == 1 && segment.Source.Layout == SourceLayout.HardWrapped && !BlockClassifier.IsHeadKind(blocks[0].Kind);
        var lastText = body.Count > 0 ? Article.TextsOf(body[^1]).LastOrDefault() ?? "" : blocks[^1].Text;
        var endsMidSentence = blocks[^1].Kind is BlockKind.Paragraph && lastText.Length > 0 && !LayoutDetector.EndsSentence(lastText);
        return startsMidSentence || opensPageExtract || endsMidSentence;
    }

    /// <summary>
    /// A title from the text itself, to be shown as supplied: the opening clause when it is short
    /// enough to name the subject (an encyclopedia's "Солтүстік атлантикалық келісім ұйымы, …"),
    /// else the opening words with an ellipsis.
    /// </summary>
    internal static string DeriveTitle(string text)
    {
        var sentence = SentenceEnd().Split(text.Trim(), 2)[0];
        var clause = ClauseEnd().Split(sentence, 2)[0].Trim();
        var clauseWords = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string title;
        var balanced = clause.Count(c => c == '(') == clause.Count(c => c == ')');
        if (clauseWords.Length is >= 2 and <= DerivedTitleWords && clause.Length < sentence.Length && balanced)
        {
            title = clause;
        }
        else
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            title = string.Join(' ', words.Take(DerivedTitleWords)).TrimEnd(',', ';', ':', '.', '-', '–');
            if (words.Length > DerivedTitleWords)
            {
                title += "…";
            }
        }

        return title.Length > 0 && char.IsLower(title[0]) ? "…" + title : title;
    }

    /// <summary>"Л.Т.Исова" and "Л. Т. Исова" both become "Л.Т. Исова".</summary>
    private static string NormaliseInitials(string name) => Initials().Replace(name.Trim(), m => m.Value.Replace(" ", "", StringComparison.Ordinal).TrimEnd() + " ").Trim();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*(?:,|\s[-–—]\s)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^\d{1,2}[.)]\s*")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"(?:\p{Lu}\p{Ll}?\.\s?){1,3}\s?")]
    private static partial Regex Initials();
}
