using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace KzEdition.Tests.Support;

/// <summary>The URIs a PDF's link annotations lead to, read with PdfPig: where a reader's click goes.</summary>
internal static class PdfLinks
{
    public static IReadOnlyList<string> Uris(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()
            .SelectMany(page => page.GetAnnotations())
            .Select(annotation => annotation.Action)
            .OfType<UriAction>()
            .Select(action => action.Uri)];
    }
}
