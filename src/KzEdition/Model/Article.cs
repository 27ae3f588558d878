using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KzEdition.Model;

/// <summary>One article of the edition: its metadata and its cleaned text.</summary>
public sealed partial record Article
{
    public required string Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required TitleSource TitleSource { get; init; }

    /// <summary>BCP 47 language tag: <c>kk</c>, <c>ru</c>, <c>en</c>.</summary>
    public required string Lang { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public ImmutableArray<string> Affiliations { get; init; } = [];

    public required ArticleStatus Status { get; init; }

    public required ImmutableArray<Witness> Witnesses { get; init; }

    public string? Abstract { get; init; }

    public ImmutableArray<string> Keywords { get; init; } = [];

    public required ImmutableArray<Block> Body { get; init; }

    /// <summary>The entries of the article's reference list, in source order.</summary>
    public ImmutableArray<string> References { get; init; } = [];

    public ImmutableArray<EditorialNote> Notes { get; init; } = [];

    /// <summary>The title as a reader sees it: supplied titles in square brackets, as editions do.</summary>
    public string DisplayTitle => TitleSource == TitleSource.Source ? Title : $"[{Title}]";

    public int ParagraphCount => Body.OfType<Paragraph>().Count();

    /// <summary>The words of the text; counted once an article object (a preview rebuild asks again for every article).</summary>
    public int WordCount => Counts.GetValue(this, a => new StrongBoxCount(a.Body.SelectMany(TextsOf).Sum(CountWords))).Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, StrongBoxCount> Counts = new();

    private sealed record StrongBoxCount(int Value);

    public int TableCount => Body.OfType<TableBlock>().Count();

    /// <summary>Citation markers in order of appearance: [1], [1, 18-19 б.], /1/.</summary>
    public ImmutableArray<string> Citations => CitationLists.GetValue(this, a => new CitationList(
        [.. a.Body.SelectMany(TextsOf).SelectMany(t => Text.CitationMarkers.Pattern().Matches(t).Select(m => m.Value))])).Markers;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, CitationList> CitationLists = new();

    private sealed record CitationList(ImmutableArray<string> Markers);

    /// <summary>The running texts of a block, in reading order.</summary>
    public static IEnumerable<string> TextsOf(Block block) => block switch
    {
        Paragraph p => [p.Text],
        Heading h => [h.Text],
        ListBlock l => l.Items,
        TableBlock t => [t.Caption, .. t.Title is null ? [] : new[] { t.Title }, .. t.Rows.IsDefaultOrEmpty ? t.Lines : t.Rows.SelectMany(r => r), .. t.Source is null ? [] : new[] { t.Source }],
        _ => [],
    };

    private static int CountWords(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

}
