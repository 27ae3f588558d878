using KzEdition.Pdf;
using KzEdition.Pdf.DevTools;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Printing;

/// <summary>
/// How the print edition's requests are answered (<see cref="PdfRenderer.ServeFrom"/>): a file of
/// the site is served; a path that leaves the site's folder however it is spelled, a character no
/// file name has, another origin or one with a user name are refused, and none of them throws (the
/// answer is asked for on the DevTools connection's reading loop).
/// </summary>
public sealed class ServeFromTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Func<string, RequestAnswer> _serve;

    public ServeFromTests()
    {
        Directory.CreateDirectory(_temp.Combine("site", "print"));
        File.WriteAllText(_temp.Combine("site", "print", "index.html"), "<!doctype html>");
        File.WriteAllText(_temp.Combine("site", "print", "a b.css"), "p {}");
        File.WriteAllText(_temp.Combine("secret.txt"), "not the site's");
        _serve = PdfRenderer.ServeFrom(_temp.Combine("site"));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("print/index.html", "print/index.html")]
    [InlineData("print/a%20b.css", "print/a b.css")]
    public void AFileOfTheSite_IsServed(string path, string file)
    {
        var answer = Assert.IsType<RequestAnswer.FileAnswer>(_serve(PdfRenderer.Origin + path));
        Assert.Equal(_temp.Combine("site", file), answer.Path);
    }

    [Theory]
    [InlineData(PdfRenderer.Origin + "%2e%2e/secret.txt")]
    [InlineData(PdfRenderer.Origin + "..%2fsecret.txt")]
    [InlineData(PdfRenderer.Origin + "print/..%2f..%2fsecret.txt")]
    [InlineData(PdfRenderer.Origin + "%2fetc%2fpasswd")]
    [InlineData(PdfRenderer.Origin + "/etc/passwd")]
    [InlineData(PdfRenderer.Origin + "print/a%00b.png")]
    [InlineData(PdfRenderer.Origin + "print/index.html%00")]
    [InlineData(PdfRenderer.Origin + "print/%0aindex.html")]
    [InlineData(PdfRenderer.Origin + "print/")]
    [InlineData(PdfRenderer.Origin + "print/missing.css")]
    [InlineData("http://another.invalid/print/index.html")]
    [InlineData("https://edition.kzedition.invalid/print/index.html")]
    [InlineData("http://user@edition.kzedition.invalid/print/index.html")]
    [InlineData("http://edition.kzedition.invalid@another.invalid/print/index.html")]
    [InlineData("http://edition.kzedition.invalid:8080/print/index.html")]
    [InlineData("data:text/css,p{}")]
    [InlineData("not a url")]
    public void ARequestOutsideTheSite_IsRefused(string url) =>
        Assert.Equal(RequestAnswer.Refuse, _serve(url));
}
