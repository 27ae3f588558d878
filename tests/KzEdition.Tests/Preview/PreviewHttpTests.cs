using System.Net;
using System.Net.Http.Headers;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Preview;

/// <summary>
/// What the preview answers over HTTP: the output's files with their types, HTML with the live
/// reload script and nothing else changed, folders by their index.html and never listed, the
/// site's 404 page, and no byte from outside the output however the path is written. The attacks
/// go over a raw socket, as written: an HTTP client would tidy them up before sending.
/// </summary>
public sealed class PreviewHttpTests(ServedEdition served) : IClassFixture<ServedEdition>
{
    private RunningPreview Preview => served.Preview;

    private HttpClient Http => Preview.Http;

    private static CancellationToken Cancelled => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../input/secret.txt")]
    [InlineData("/articles/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/input/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/assets%2f..%2f..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/%C0%AE%C0%AE/secret.txt")]
    public async Task APathLeadingOutsideTheOutput_IsRefused(string target)
    {
        var (status, _, body) = await RawHttp.GetAsync(Preview.Url, target, Cancelled);

        Assert.Equal(400, status);
        Assert.DoesNotContain(ServedEdition.Secret, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example", 421)]            // DNS rebinding: a name made to point at 127.0.0.1
    [InlineData("evil.example:8080", 421)]
    [InlineData("localhost", 200)]
    [InlineData("127.0.0.1:9", 200)]
    [InlineData("[::1]", 200)]
    public async Task ARequest_IsAnsweredOnlyForThePreviewsOwnNames(string host, int expected)
    {
        var (status, _, body) = await RawHttp.GetAsync(Preview.Url, "/index.html", host, Cancelled);

        Assert.Equal(expected, status);
        if (expected != 200)
        {
            Assert.DoesNotContain("<html", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheRawAttacks_ReachTheServerAsWritten()
    {
        // The same path tidied up is served: so the 400s above are the preview's refusals, not the socket's.
        var (status, _, body) = await RawHttp.GetAsync(Preview.Url, "/assets/../index.html", Cancelled);
        var (tidyStatus, _, _) = await RawHttp.GetAsync(Preview.Url, "/index.html", Cancelled);

        Assert.Equal(400, status);
        Assert.Equal(200, tidyStatus);
        Assert.DoesNotContain("<html", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("edition.json", "application/json; charset=utf-8")]
    [InlineData("assets/fonts/OFL.txt", "text/plain; charset=utf-8")]
    [InlineData("_kzedition/preview.js", "text/javascript; charset=utf-8")]
    public async Task EachFile_HasItsContentType(string path, string contentType)
    {
        using var response = await Http.GetAsync(path, Cancelled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaTypeHeaderValue.Parse(contentType), response.Content.Headers.ContentType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData(".md", "text/markdown; charset=utf-8")]
    [InlineData(".bib", "application/x-bibtex; charset=utf-8")]
    [InlineData(".ris", "application/x-research-info-systems; charset=utf-8")]
    [InlineData(".woff2", "font/woff2")]
    public async Task TheArticlesDownloadsAndTheFonts_HaveTheirContentTypes(string extension, string contentType)
    {
        var file = Directory.EnumerateFiles(Preview.Output, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var path = Path.GetRelativePath(Preview.Output, file).Replace('\\', '/');

        using var response = await Http.GetAsync(path, Cancelled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(file, Cancelled), await response.Content.ReadAsByteArrayAsync(Cancelled));
    }

    [Fact]
    public async Task HtmlIsServed_WithTheScriptBeforeItsClosingBody_AndOtherwiseAsBuilt()
    {
        var built = await File.ReadAllTextAsync(Path.Combine(Preview.Output, "index.html"), Cancelled);
        var tags = $"<script src=\"/_kzedition/preview.js\" data-server=\"{Preview.Server.Hub.ServerId}\" data-generation=\"1\"></script>";

        var served = await Http.GetStringAsync("", Cancelled);

        var bodyEnd = built.LastIndexOf("</body>", StringComparison.Ordinal);
        Assert.Equal(built[..bodyEnd] + tags + built[bodyEnd..], served);
        Assert.DoesNotContain("_kzedition", built, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolder_ServesItsIndex_AndWithoutItsSlashIsRedirectedThere()
    {
        var article = Path.GetFileName(Directory.EnumerateDirectories(Path.Combine(Preview.Output, "articles")).Order(StringComparer.Ordinal).First());

        var (status, head, _) = await RawHttp.GetAsync(Preview.Url, $"/articles/{article}", Cancelled);
        using var response = await Http.GetAsync($"articles/{article}/", Cancelled);

        Assert.Equal(302, status);
        Assert.Contains($"\r\nLocation: /articles/{article}/", head, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<article", await response.Content.ReadAsStringAsync(Cancelled), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithoutIndex_IsNotListed_ButNotFound()
    {
        using var response = await Http.GetAsync("assets/fonts/", Cancelled);
        var body = await response.Content.ReadAsStringAsync(Cancelled);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // A file of the folder no page names (the 404 page preloads a font of it).
        Assert.DoesNotContain("OFL.txt", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFile_GetsTheSites404Page_WithStatus404_AndTheScript()
    {
        var notFound = await File.ReadAllTextAsync(Path.Combine(Preview.Output, "404.html"), Cancelled);

        using var response = await Http.GetAsync("articles/no-such-article/", Cancelled);
        var body = await response.Content.ReadAsStringAsync(Cancelled);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith(notFound[..notFound.LastIndexOf("</body>", StringComparison.Ordinal)], body, StringComparison.Ordinal);
        Assert.Contains("/_kzedition/preview.js", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenFiles_AreNotServed()
    {
        File.WriteAllText(Path.Combine(Preview.Output, ".hidden"), ServedEdition.Secret);

        using var response = await Http.GetAsync(".hidden", Cancelled);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_AnswersTheHeadersAlone()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "assets/style.css");
        using var response = await Http.SendAsync(request, Cancelled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(Preview.Output, "assets", "style.css")).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancelled));
    }

    [Fact]
    public async Task WritingMethods_AreRefused()
    {
        using var response = await Http.PostAsync("index.html", new StringContent("x"), Cancelled);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task TheEventStream_IsServerSentEvents_NeverCached()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "_kzedition/events");
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancelled);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
