using System.Text;
using KzEdition.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KzEdition.Preview;

/// <summary>
/// Answers every request of the preview: the event stream and script of the live reload, and the
/// built site's files from the output folder (and nothing else), HTML with the script added.
/// Only GET and HEAD; no folder listings; what is missing gets the site's 404.html with status 404.
/// The output folder is looked at and read only through the <see cref="OutputGate"/>: never while a
/// rebuild writes it.
/// </summary>
internal sealed class PreviewRequestHandler(string outputDirectory, LiveReloadHub hub, OutputGate gate, Action<Exception> onFault, string host = "localhost")
{
    private const string NotFoundFallback =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n"
        + "<body>\n<h1>Not found</h1>\n<p>Nothing in the built edition answers to this address (or the edition has not been built yet).</p>\n</body>\n</html>\n";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await DispatchAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser left (or the server is stopping): nothing to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            onFault(ex);
            context.Response.Clear();
            await WriteTextAsync(context, StatusCodes.Status500InternalServerError, "The preview failed to answer this request; the terminal says why.\n");
        }
    }

    /// <summary>Whether a request's Host names this preview: localhost, an IP address (no DNS name can be rebound to it), or the --host given.</summary>
    internal bool IsOwnHost(string requested) =>
        requested.Length > 0 && (string.Equals(requested, "localhost", StringComparison.OrdinalIgnoreCase)
            || string.Equals(requested, host, StringComparison.OrdinalIgnoreCase)
            || System.Net.IPAddress.TryParse(requested.Trim('[', ']'), out _));

    private async Task DispatchAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!IsOwnHost(request.Host.Host))
        {
            // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 would read the
            // preview as its own origin. Only names that cannot be rebound are answered.
            await WriteTextAsync(context, StatusCodes.Status421MisdirectedRequest, "The preview answers only to localhost, to IP addresses and to the --host it was given.\n");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteTextAsync(context, StatusCodes.Status405MethodNotAllowed, "The preview only reads: GET and HEAD.\n");
            return;
        }

        // The target exactly as sent: the server's decoded, dot-segment-free Path would hide what the client asked for.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = target.Split('?', 2)[0];
        if (path.StartsWith(LiveReloadScript.Prefix, StringComparison.Ordinal))
        {
            await ServePreviewAsync(context, path);
            return;
        }

        // Looked up and read between rebuilds, in one go: a rebuild cannot change the file in between.
        SiteLookup lookup;
        SiteFile? file = null;
        using (await gate.ReadAsync(context.RequestAborted))
        {
            lookup = SiteFolder.Find(_root, target);
            if (lookup.Kind == SiteLookupKind.Found)
            {
                file = await ReadAsync(lookup.FullPath!, context.RequestAborted);
            }
        }

        switch (lookup.Kind)
        {
            case SiteLookupKind.Found when file is not null:
                await ServeFileAsync(context, file, StatusCodes.Status200OK);
                break;
            case SiteLookupKind.FolderWithoutSlash:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = lookup.Location;
                break;
            case SiteLookupKind.Found or SiteLookupKind.Missing:
                await ServeNotFoundAsync(context);
                break;
            default:
                await WriteTextAsync(context, StatusCodes.Status400BadRequest, "This path is not served: it could lead outside the built edition.\n");
                break;
        }
    }

    private async Task ServePreviewAsync(HttpContext context, string path)
    {
        if (path == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context);
        }
        else if (path == LiveReloadScript.ScriptPath)
        {
            await WriteAsync(context, StatusCodes.Status200OK, ContentTypes.For(path), LiveReloadScript.Source);
        }
        else
        {
            await WriteTextAsync(context, StatusCodes.Status404NotFound, "Not found.\n");
        }
    }

    /// <summary>Server-Sent Events: the hello first, then each reload or error, until the page or the server goes.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var aborted = context.RequestAborted;
        var client = hub.Subscribe();
        try
        {
            await response.StartAsync(aborted);
            await foreach (var message in client.Reader.ReadAllAsync(aborted))
            {
                await response.Body.WriteAsync(BrowserMessages.Utf8(message), aborted);
                await response.Body.FlushAsync(aborted);
            }
        }
        finally
        {
            hub.Unsubscribe(client);
        }
    }

    /// <summary>A file of the site as read, with the build it was read after.</summary>
    private sealed record SiteFile(string FullPath, byte[] Bytes, BuildStatus Build);

    /// <summary>Reads a file of the site whole (the caller holds the gate); null when it is not there (or is a folder).</summary>
    private async Task<SiteFile?> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        // The status is read before the file. A page read just after a rebuild but tagged with the
        // generation before it reloads once more for nothing; the other order could tag an old page
        // as new, and it would never reload.
        var build = hub.Status;
        try
        {
            // Shared: a plain build run beside the preview may replace the folder.
            await using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, useAsync: true);
            var bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            return new SiteFile(fullPath, bytes, build);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private async Task ServeFileAsync(HttpContext context, SiteFile file, int status)
    {
        var bytes = ContentTypes.IsHtml(file.FullPath) ? LiveReloadScript.InjectInto(file.Bytes, LiveReloadScript.Tags(hub.ServerId, file.Build)) : file.Bytes;
        await WriteAsync(context, status, ContentTypes.For(file.FullPath), bytes);
    }

    private async Task ServeNotFoundAsync(HttpContext context)
    {
        SiteFile? page;
        using (await gate.ReadAsync(context.RequestAborted))
        {
            page = await ReadAsync(Path.Join(_root, SitePaths.NotFound), context.RequestAborted);
        }

        if (page is not null)
        {
            await ServeFileAsync(context, page, StatusCodes.Status404NotFound);
            return;
        }

        // No 404.html (nothing built yet): a page of our own, with the script, so that errors show and a good build reloads it.
        var html = LiveReloadScript.InjectInto(Encoding.UTF8.GetBytes(NotFoundFallback), LiveReloadScript.Tags(hub.ServerId, hub.Status));
        await WriteAsync(context, StatusCodes.Status404NotFound, ContentTypes.For(SitePaths.NotFound), html);
    }

    private static Task WriteTextAsync(HttpContext context, int status, string text) =>
        WriteAsync(context, status, ContentTypes.For("message.txt"), Encoding.UTF8.GetBytes(text));

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
