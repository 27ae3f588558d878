using System.Collections.Immutable;
using System.Globalization;
using KzEdition.Model;

namespace KzEdition.Tests.Markdown.Oracles;

/// <summary>Test-only copy of the AngleSharp step <c>Modules/NumberParagraphs</c>: ids, numbers and texts of the top-level paragraphs.</summary>
public static class NumberParagraphsOracle
{
    public static (string Html, ImmutableArray<NumberedParagraph> Paragraphs) Apply(string bodyHtml)
    {
        var document = RunningTextOracle.Parse(bodyHtml);
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
            mark.TextContent = number.ToString(CultureInfo.InvariantCulture);
            paragraph.Prepend(mark, document.CreateTextNode(" "));
        }

        return (body.InnerHtml, paragraphs.ToImmutable());
    }
}
