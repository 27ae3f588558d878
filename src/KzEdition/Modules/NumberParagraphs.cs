using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using KzEdition.Engine;
using KzEdition.Model;

namespace KzEdition.Modules;

/// <summary>
/// Numbers the body paragraphs of each article so that readers can cite them: every top-level
/// paragraph of the text gets <c>id="p&lt;N&gt;"</c> (N from 1, in reading order, so stable across
/// rebuilds of the same text) and a visible number that links to itself. Paragraphs inside tables
/// and lists are not body paragraphs. Reads and writes <see cref="Keys.BodyHtml"/>; writes
/// <see cref="Keys.Paragraphs"/> (number and text of each) for the indices.
/// </summary>
public sealed class NumberParagraphs : PerDocumentModule
{
    private static readonly HtmlParser Parser = new();

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + input.Get<string>(Keys.BodyHtml) + "</body></html>");
        var body = document.Body!;
        var number = 0;
        var paragraphs = ImmutableArray.CreateBuilder<NumberedParagraph>();
        foreach (var paragraph in body.Children.Where(e => e.LocalName == "p").ToList())
        {
            number++;
            var id = $"p{number}";
            paragraphs.Add(new NumberedParagraph(number, paragraph.TextContent));
            paragraph.Id = id;
            var mark = document.CreateElement("a");
            mark.ClassName = "pnum";
            mark.SetAttribute("href", "#" + id);
            mark.SetAttribute("title", $"¶ {number}");
            mark.TextContent = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Prepend(mark, document.CreateTextNode(" "));
        }

        var html = body.InnerHtml;
        IEnumerable<Document> result = [input.With(Keys.BodyHtml, html).With(Keys.Paragraphs, paragraphs.ToImmutable()).WithContent(html)];
        return Task.FromResult(result);
    }
}
