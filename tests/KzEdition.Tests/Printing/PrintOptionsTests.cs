using System.Text.Json.Nodes;
using KzEdition.Pdf.DevTools;

namespace KzEdition.Tests.Printing;

/// <summary>
/// <c>Page.printToPDF</c>'s parameters are what Playwright 1.64 sent for the same options (the PDFs
/// stayed byte for byte the same when it was replaced): every parameter given, lengths converted
/// to inches by its arithmetic, Letter and no margins by default.
/// </summary>
public sealed class PrintOptionsTests
{
    [Theory]
    [InlineData("20mm", 20 * 3.78 / 96)]
    [InlineData("210mm", 210 * 3.78 / 96)]
    [InlineData("2cm", 2 * 37.8 / 96)]
    [InlineData("1in", 1.0)]
    [InlineData("48px", 0.5)]
    [InlineData("48", 0.5)]
    [InlineData("20MM", 20 * 3.78 / 96)]
    public void ALength_IsConvertedToInches_AsPlaywrightDid(string length, double inches) =>
        Assert.Equal(inches, PrintOptions.Inches(length));

    [Fact]
    public void NoLength_OrZero_TakesTheDefault()
    {
        Assert.Null(PrintOptions.Inches(null));
        Assert.Null(PrintOptions.Inches("0mm"));
        Assert.Throws<ArgumentException>(() => PrintOptions.Inches("wide"));
    }

    [Fact]
    public void TheEditionsOptions_GiveEveryParameter_LetterAndNoMarginsByDefault()
    {
        var parameters = new PrintOptions { PreferCssPageSize = true, PrintBackground = true, Outline = true, Tagged = true }.ToParameters();

        Assert.Equal(
            """{"transferMode":"ReturnAsStream","landscape":false,"displayHeaderFooter":false,"headerTemplate":"","footerTemplate":"","printBackground":true,"scale":1,"paperWidth":8.5,"paperHeight":11,"marginTop":0,"marginBottom":0,"marginLeft":0,"marginRight":0,"pageRanges":"","preferCSSPageSize":true,"generateTaggedPDF":true,"generateDocumentOutline":true}""",
            parameters.ToJsonString());
    }

    [Fact]
    public void AnArticlesOptions_GiveItsSizeAndMarginsInInches_AndItsPages()
    {
        var parameters = new PrintOptions { Width = "176mm", Height = "250mm", MarginTop = "20mm", MarginLeft = "22mm", PageRanges = "3-15" }.ToParameters();

        Assert.Equal(176 * 3.78 / 96, (double)parameters["paperWidth"]!);
        Assert.Equal(250 * 3.78 / 96, (double)parameters["paperHeight"]!);
        Assert.Equal(0.7875, (double)parameters["marginTop"]!);
        Assert.Equal(22 * 3.78 / 96, (double)parameters["marginLeft"]!);
        Assert.Equal(0, (double)parameters["marginBottom"]!);
        Assert.Equal("3-15", (string)parameters["pageRanges"]!);
    }
}
