using KzEdition.Model;

namespace KzEdition.Markdown;

/// <summary>
/// The YAML front matter of an article's Markdown: the same names as edition.json. Written by
/// <see cref="ArticleMarkdownWriter"/>, read back by <see cref="ArticleMarkdownReader"/>.
/// </summary>
public sealed class ArticleFrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? TitleSource { get; set; }

    public string? Lang { get; set; }

    public List<string>? Authors { get; set; }

    public List<string>? Affiliations { get; set; }

    public string? Status { get; set; }

    public List<WitnessEntry>? Witnesses { get; set; }

    public string? Abstract { get; set; }

    public List<string>? Keywords { get; set; }

    public List<string>? References { get; set; }

    public List<NoteEntry>? Notes { get; set; }

    public static ArticleFrontMatter From(Article a) => new()
    {
        Id = a.Id,
        Title = a.Title,
        TitleSource = a.TitleSource.ToString().ToLowerInvariant(),
        Lang = a.Lang,
        Authors = [.. a.Authors],
        Affiliations = [.. a.Affiliations],
        Status = a.Status.ToString().ToLowerInvariant(),
        Witnesses = [.. a.Witnesses.Select(w => new WitnessEntry { Source = w.Source, FirstLine = w.FirstLine, LastLine = w.LastLine, Primary = w.Primary })],
        Abstract = a.Abstract,
        Keywords = [.. a.Keywords],
        References = [.. a.References],
        Notes = [.. a.Notes.Select(n => new NoteEntry { Kind = n.Kind, Text = n.Text, Lemma = n.Lemma, Source = n.Source, Line = n.Line == 0 ? null : n.Line })],
    };

    /// <summary>
    /// The article these fields and this body describe; fields left out keep the values of
    /// <paramref name="fallback"/> (the automatic article), so an editor may write only what changes.
    /// </summary>
    public Article ToArticle(System.Collections.Immutable.ImmutableArray<Block> body, Article fallback) => fallback with
    {
        Id = Id ?? fallback.Id,
        Title = Title ?? fallback.Title,
        TitleSource = Title is null || Title == fallback.Title ? fallback.TitleSource
            : TitleSource is { } source && Enum.TryParse<Model.TitleSource>(source, ignoreCase: true, out var parsed) ? parsed : Model.TitleSource.Editorial,
        Lang = Lang ?? fallback.Lang,
        Authors = Authors is null ? fallback.Authors : [.. Authors],
        Affiliations = Affiliations is null ? fallback.Affiliations : [.. Affiliations],
        Status = Status is { } status && Enum.TryParse<ArticleStatus>(status, ignoreCase: true, out var s) ? s : fallback.Status,
        Witnesses = Witnesses is null ? fallback.Witnesses : [.. Witnesses.Select(w => new Witness(w.Source, w.FirstLine, w.LastLine, w.Primary))],
        Abstract = Abstract ?? fallback.Abstract,
        Keywords = Keywords is null ? fallback.Keywords : [.. Keywords],
        References = References is null ? fallback.References : [.. References],
        Notes = Notes is null ? fallback.Notes : [.. Notes.Select(n => new EditorialNote(n.Kind, n.Text, n.Source, n.Line ?? 0, n.Lemma))],
        Body = body,
    };

    public sealed class WitnessEntry
    {
        public string Source { get; set; } = "";

        public int FirstLine { get; set; }

        public int LastLine { get; set; }

        public bool Primary { get; set; }
    }

    public sealed class NoteEntry
    {
        public string Kind { get; set; } = "";

        public string Text { get; set; } = "";

        public string? Lemma { get; set; }

        public string? Source { get; set; }

        public int? Line { get; set; }
    }
}
