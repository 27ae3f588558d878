using KzEdition.Text;

namespace KzEdition.Tests.Markdown.Oracles;

/// <summary>Test-only copy of the AngleSharp step <c>Modules/LinkCitations</c>: citation markers of the running text made links.</summary>
public static class LinkCitationsOracle
{
    public static string Apply(string bodyHtml, int referenceCount, bool noList)
    {
        if (referenceCount == 0 && !noList)
        {
            return bodyHtml;
        }

        var document = RunningTextOracle.Parse(bodyHtml);
        foreach (var text in RunningTextOracle.Nodes(document))
        {
            var markers = CitationMarkers.Pattern().Matches(text.Data);
            if (markers.Count > 0)
            {
                RunningTextOracle.Wrap(document, text, markers.Select(m => (m.Index, m.Length)), (marker, _) =>
                {
                    var number = CitationMarkers.FirstNumber(marker);
                    var link = document.CreateElement("a");
                    link.ClassName = "citation";
                    link.SetAttribute("href", number >= 1 && number <= referenceCount ? $"#ref-{number}" : noList ? "#no-references" : $"#ref-{referenceCount}");
                    link.TextContent = marker;
                    return link;
                });
            }
        }

        return document.Body!.InnerHtml;
    }
}
