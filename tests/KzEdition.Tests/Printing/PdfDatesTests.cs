using System.Text;
using KzEdition.Pdf;

namespace KzEdition.Tests.Printing;

public sealed class PdfDatesTests
{
    private const string Info = "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261123143200+00'00')\n/ModDate (D:20261123143201+00'00')>>\nendobj\nstream\u00e2\u00ff\u0001\nendstream";

    [Fact]
    public void WithTheEditionsDate_BothDatesBecomeIt_AtTheSameLength()
    {
        var fixedPdf = PdfDates.Fix(Encoding.Latin1.GetBytes(Info), "2026-05-01");

        var text = Encoding.Latin1.GetString(fixedPdf);
        Assert.Equal(Info.Length, text.Length);
        Assert.Contains("/CreationDate (D:20260501000000+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20260501000000+00'00')", text, StringComparison.Ordinal);
        Assert.EndsWith("stream\u00e2\u00ff\u0001\nendstream", text, StringComparison.Ordinal); // binary bytes untouched
    }

    [Fact]
    public void WithoutADate_TheDatesAreBlankedOut_AtTheSameLength()
    {
        var text = Encoding.Latin1.GetString(PdfDates.Fix(Encoding.Latin1.GetBytes(Info), null));

        Assert.Equal(Info.Length, text.Length);
        Assert.DoesNotContain("Date", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", text, StringComparison.Ordinal);
        Assert.Contains("/Producer (Skia/PDF m156)", text, StringComparison.Ordinal);
    }
}
