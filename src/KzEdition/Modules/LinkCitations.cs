using AngleSharp.Dom;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Text;
using Document = KzEdition.Engine.Document;

namespace KzEdition.Modules;

/// <summary>
/// Makes each citation marker of an article's text a link: to its entry of the reference list
/// (<c>#ref-N</c>) when the article has one, else to the note that the source gives no reference
/// list (<c>#no-references</c>). The text is unchanged; markers in headings and links are left
/// alone, as is an article with neither. Reads <see cref="Keys.Article"/>; rewrites <see cref="Keys.BodyHtml"/>.
/// </summary>
public sealed class LinkCitations : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var article = input.Get<Article>(Keys.Article);
        var noList = article.Notes.Any(n => n.Kind == "no-references");
        if (article.References.IsEmpty && !noList)
        {
            return Task.FromResult<IEnumerable<Document>>([input]);
        }

        var document = RunningText.Parse(input.Get<string>(Keys.BodyHtml));
        foreach (var text in RunningText.Nodes(document))
        {
            var markers = CitationMarkers.Pattern().Matches(text.Data);
            if (markers.Count > 0)
            {
                RunningText.Wrap(document, text, markers.Select(m => (m.Index, m.Length)), (marker, _) =>
                {
                    var number = CitationMarkers.FirstNumber(marker);
                    var link = document.CreateElement("a");
                    link.ClassName = "citation";
                    link.SetAttribute("href", number >= 1 && number <= article.References.Length ? $"#ref-{number}" : noList ? "#no-references" : $"#ref-{article.References.Length}");
                    link.TextContent = marker;
                    return link;
                });
            }
        }

        var body = document.Body!;
        var html = body.InnerHtml;
        return Task.FromResult<IEnumerable<Document>>([input.With(Keys.BodyHtml, html).WithContent(html)]);
    }
}
