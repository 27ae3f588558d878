using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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
    private static readonly HtmlParser Parser = new();

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var article = input.Get<Article>(Keys.Article);
        var noList = article.Notes.Any(n => n.Kind == "no-references");
        if (article.References.IsEmpty && !noList)
        {
            return Task.FromResult<IEnumerable<Document>>([input]);
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + input.Get<string>(Keys.BodyHtml) + "</body></html>");
        var body = document.Body!;
        var texts = body.GetDescendants().OfType<IText>()
            .Where(t => t.ParentElement?.Closest("a, h1, h2, h3, h4, h5, h6, code") is null)
            .ToList();
        foreach (var text in texts)
        {
            var matches = CitationMarkers.Pattern().Matches(text.Data);
            if (matches.Count == 0)
            {
                continue;
            }

            var parent = text.Parent!;
            var position = 0;
            foreach (System.Text.RegularExpressions.Match marker in matches)
            {
                parent.InsertBefore(document.CreateTextNode(text.Data[position..marker.Index]), text);
                var number = CitationMarkers.FirstNumber(marker.Value);
                var link = document.CreateElement("a");
                link.ClassName = "citation";
                link.SetAttribute("href", number >= 1 && number <= article.References.Length ? $"#ref-{number}" : noList ? "#no-references" : $"#ref-{article.References.Length}");
                link.TextContent = marker.Value;
                parent.InsertBefore(link, text);
                position = marker.Index + marker.Length;
            }

            parent.InsertBefore(document.CreateTextNode(text.Data[position..]), text);
            parent.RemoveChild(text);
        }

        var html = body.InnerHtml;
        return Task.FromResult<IEnumerable<Document>>([input.With(Keys.BodyHtml, html).WithContent(html)]);
    }
}
