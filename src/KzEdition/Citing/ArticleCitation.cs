using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using KzEdition.Configuration;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Citing;

/// <summary>
/// How to cite an article of the edition, in the forms readers and their tools use: GOST 7.1
/// (usual in Kazakhstan), APA 7, BibTeX and RIS downloads, Highwire <c>citation_*</c> meta tags
/// (Zotero, Google Scholar), schema.org JSON-LD and OpenGraph. All made from the same facts, and
/// deterministic: no access date is printed (GOST's "(дата обращения)" is the reader's to add).
/// </summary>
public sealed partial class ArticleCitation(Article article, EditionSettings edition)
{
    private static readonly JsonLdJson Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false });

    /// <summary>The article's absolute URL, when the edition's base URL is known.</summary>
    public string? Url => edition.BaseUrl is null ? null : edition.BaseUrl + SitePaths.ArticleUrl(article.Slug);

    /// <summary>
    /// The article's PDF (<c>citation_pdf_url</c>) when the edition is built with PDFs: absolute under
    /// the base URL, else relative to the article's page.
    /// </summary>
    public string? PdfUrl => !WithPdf ? null : edition.BaseUrl is null ? $"{article.Slug}.pdf" : edition.BaseUrl + SitePaths.ArticlePdf(article.Slug);

    /// <summary>Whether the edition is built with PDFs (the <c>pdf</c> command).</summary>
    public bool WithPdf { get; init; }

    /// <summary>The year of publication: edition.yml's date or year; null when neither is given.</summary>
    public string? Year => edition.Date is { Length: >= 4 } date ? date[..4] : edition.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The title as cited: a supplied title in square brackets, as bibliographies mark it.</summary>
    public string Title => article.DisplayTitle;

    /// <summary>GOST 7.1-2003 (a part of a collection): "Исова Л.Т. Title // Edition. – Publisher, 2026. – URL: …".</summary>
    public string Gost() => Gost(null);

    /// <summary>
    /// GOST 7.1 with the pages the article takes in the print edition, after the imprint:
    /// "… – Publisher, 2026. – Б. 3–15. – URL: …". <paramref name="pages"/> is the whole area
    /// ("Б. 3–15", with the designation in the edition's language); null gives <see cref="Gost()"/>.
    /// </summary>
    public string Gost(string? pages)
    {
        var (head, tail) = GostAroundPages();
        return pages is null ? head + tail : $"{head} – {pages}.{tail}";
    }

    /// <summary>
    /// GOST 7.1 cut where the pages go: the print edition writes the pages between the two once its
    /// pages are laid out (they are not known when the template renders). The head ends with the
    /// imprint's full stop; the tail is the URL area, or nothing.
    /// </summary>
    public (string Head, string Tail) GostAroundPages()
    {
        var text = new StringBuilder();
        if (article.Authors.Length > 0)
        {
            text.Append(SurnameFirst(article.Authors[0])).Append(' ');
        }

        text.Append(Title);
        if (article.Authors.Length > 0)
        {
            text.Append(" / ").AppendJoin(", ", article.Authors);
        }

        text.Append(" // ").Append(edition.Title).Append('.');
        var imprint = string.Join(", ", new[] { edition.Publisher, Year }.Where(p => p is not null));
        if (imprint.Length > 0)
        {
            text.Append(" – ").Append(imprint).Append('.');
        }

        return (text.ToString(), Url is null ? "" : " – URL: " + Url);
    }

    /// <summary>APA 7 (a chapter in an edited book): "Исова, Л. Т. (2026). Title. In Edition. Publisher. URL".</summary>
    public string Apa() => Apa(null);

    /// <summary>APA 7 with the chapter's pages: "… In Edition (pp. 3–15). Publisher. URL"; <paramref name="pages"/> is "3–15".</summary>
    public string Apa(string? pages)
    {
        var (head, tail) = ApaAroundPages();
        return pages is null ? head + tail : $"{head} (pp. {pages}){tail}";
    }

    /// <summary>APA 7 cut where the chapter's pages go: the head ends with the book's title, the tail starts with its full stop.</summary>
    public (string Head, string Tail) ApaAroundPages()
    {
        var text = new StringBuilder();
        var year = Year ?? "n.d.";
        if (article.Authors.Length > 0)
        {
            text.AppendJoin(", & ", article.Authors.Select(ApaName)).Append($" ({year}). ").Append(Title).Append('.');
        }
        else
        {
            text.Append(Title).Append($". ({year}).");
        }

        text.Append(" In ").Append(edition.Title);
        var tail = new StringBuilder(".");
        if (edition.Publisher is not null)
        {
            tail.Append(' ').Append(edition.Publisher).Append('.');
        }

        if (Url is not null)
        {
            tail.Append(' ').Append(Url);
        }

        return (text.ToString(), tail.ToString());
    }

    public string BibTex()
    {
        var fields = new List<(string, string)> { ("title", Title) };
        if (article.Authors.Length > 0)
        {
            fields.Add(("author", string.Join(" and ", article.Authors.Select(BibName))));
        }

        fields.Add(("booktitle", edition.Title));
        AddIf(fields, "publisher", edition.Publisher);
        AddIf(fields, "year", Year);
        fields.Add(("language", article.Lang));
        AddIf(fields, "url", Url);
        AddIf(fields, "abstract", article.Abstract);
        if (article.Keywords.Length > 0)
        {
            fields.Add(("keywords", string.Join(", ", article.Keywords)));
        }

        var key = BibKey().Replace(article.Id, "_");
        return $"@incollection{{{key},\n" + string.Join(",\n", fields.Select(f => $"  {f.Item1} = {{{BibEscape(f.Item2)}}}")) + "\n}\n";
    }

    /// <summary>RIS (Research Information Systems): a book section.</summary>
    public string Ris()
    {
        var lines = new List<string> { "TY  - CHAP" };
        lines.AddRange(article.Authors.Select(a => $"AU  - {BibName(a)}"));
        lines.Add($"TI  - {Title}");
        lines.Add($"T2  - {edition.Title}");
        if (edition.Publisher is not null)
        {
            lines.Add($"PB  - {edition.Publisher}");
        }

        if (Year is not null)
        {
            lines.Add($"PY  - {Year}");
        }

        lines.Add($"LA  - {article.Lang}");
        if (Url is not null)
        {
            lines.Add($"UR  - {Url}");
        }

        if (article.Abstract is not null)
        {
            lines.Add($"AB  - {article.Abstract}");
        }

        lines.AddRange(article.Keywords.Select(k => $"KW  - {k}"));
        lines.Add("ER  - ");
        return string.Join("\r\n", lines) + "\r\n"; // RIS is specified with CRLF line ends.
    }

    /// <summary>Highwire Press tags, name and content, in the order Google Scholar documents them.</summary>
    public IReadOnlyList<(string Name, string Content)> HighwireTags()
    {
        var tags = new List<(string, string)> { ("citation_title", Title) };
        tags.AddRange(article.Authors.Select(a => ("citation_author", a)));
        AddIf(tags, "citation_publication_date", edition.Date ?? Year);
        tags.Add(("citation_inbook_title", edition.Title));
        AddIf(tags, "citation_publisher", edition.Publisher);
        tags.Add(("citation_language", article.Lang));
        AddIf(tags, "citation_abstract_html_url", Url);
        AddIf(tags, "citation_pdf_url", PdfUrl);
        if (article.Keywords.Length > 0)
        {
            tags.Add(("citation_keywords", string.Join("; ", article.Keywords)));
        }

        return tags;
    }

    /// <summary>schema.org ScholarlyArticle as JSON-LD, safe inside a &lt;script&gt; element.</summary>
    public string JsonLd()
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["headline"] = Title,
            ["inLanguage"] = article.Lang,
            ["author"] = article.Authors.Select(a => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = a }).ToList(),
            ["isPartOf"] = new Dictionary<string, string> { ["@type"] = "Book", ["name"] = edition.Title },
            ["datePublished"] = edition.Date ?? Year,
            ["publisher"] = edition.Publisher is null ? null : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = edition.Publisher },
            ["abstract"] = article.Abstract,
            ["keywords"] = article.Keywords.Length > 0 ? string.Join(", ", article.Keywords) : null,
            ["url"] = Url,
        };
        var json = JsonSerializer.Serialize(data.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!), Json.DictionaryStringObject);
        // Safe inside <script>: no "</script" can end the element early, no "<!--" can change how it
        // is parsed ("\u003c" is the same character to a JSON reader).
        return json.Replace("<", "\\u003c", StringComparison.Ordinal);
    }

    /// <summary>OpenGraph locale: kk_KZ, ru_RU, en_GB.</summary>
    public string OpenGraphLocale => article.Lang switch { "kk" => "kk_KZ", "ru" => "ru_RU", _ => "en_GB" };

    /// <summary>About how long a description is, in characters.</summary>
    private const int DescriptionLength = 200;

    /// <summary>A description for OpenGraph: the abstract, else the opening of the text, about 200 characters.</summary>
    public string Description()
    {
        var text = article.Abstract ?? article.Body.OfType<Paragraph>().FirstOrDefault()?.Text ?? Title;
        if (text.Length <= DescriptionLength)
        {
            return text;
        }

        // At the last space before the length; a text with none there (a long URL, a word run
        // together) is cut at the length itself, never inside a surrogate pair.
        var cut = text.LastIndexOf(' ', DescriptionLength);
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(text[DescriptionLength - 1]) ? DescriptionLength - 1 : DescriptionLength;
        }

        return text[..cut] + "…";
    }

    /// <summary>"Л.Т. Исова" → "Исова Л.Т.", the order GOST puts the first author in.</summary>
    internal static string SurnameFirst(string name)
    {
        var m = InitialsFirst().Match(name);
        return m.Success ? $"{m.Groups["surname"].Value} {m.Groups["initials"].Value.Replace(" ", "", StringComparison.Ordinal)}" : name;
    }

    private static string ApaName(string name)
    {
        var m = InitialsFirst().Match(name);
        return m.Success ? $"{m.Groups["surname"].Value}, {string.Join(' ', Regex.Matches(m.Groups["initials"].Value, @"\p{Lu}\p{Ll}?\.").Select(x => x.Value))}" : name;
    }

    private static string BibName(string name)
    {
        var m = InitialsFirst().Match(name);
        return m.Success ? $"{m.Groups["surname"].Value}, {m.Groups["initials"].Value.Replace(" ", "", StringComparison.Ordinal)}" : name;
    }

    private static string BibEscape(string text) => text.Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);

    private static void AddIf(List<(string, string)> list, string name, string? value)
    {
        if (value is not null)
        {
            list.Add((name, value));
        }
    }

    [GeneratedRegex(@"^(?<initials>(?:\p{Lu}\p{Ll}?\.\s?){1,3})\s*(?<surname>\p{Lu}[\p{L}’'-]+)$")]
    private static partial Regex InitialsFirst();

    [GeneratedRegex(@"[^A-Za-z0-9_-]")]
    private static partial Regex BibKey();
}
