using System.Net;
using System.Text;

namespace KzEdition.Preview;

/// <summary>
/// The preview's script (Assets/preview.js) and the tags that bring it into a page. They are added
/// to HTML as it is served, before the closing <c>&lt;/body&gt;</c>; the files in the output are
/// never touched, so a built site never carries them.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>The preview's own URLs; a site's files are never served from here.</summary>
    public const string Prefix = "/_kzedition/";

    public const string EventsPath = Prefix + "events";

    public const string ScriptPath = Prefix + "preview.js";

    /// <summary>The id of the JSON element with a failed build's errors, in pages served meanwhile.</summary>
    public const string ErrorsElementId = "kzedition-preview-errors";

    private static readonly byte[] BodyEnd = "</body"u8.ToArray();

    /// <summary>The script, as UTF-8.</summary>
    public static byte[] Source { get; } = Load();

    /// <summary>
    /// The tags for a page served now: the script, told which server and which build the page comes
    /// from (to know when it is stale), and a failed build's errors so that the overlay shows at once.
    /// </summary>
    public static string Tags(string serverId, BuildStatus status)
    {
        var tags = new StringBuilder();
        if (status.Failed)
        {
            tags.Append("<script type=\"application/json\" id=\"").Append(ErrorsElementId).Append("\">")
                .Append(BrowserMessages.ErrorsJson(status.Errors)).Append("</script>");
        }

        tags.Append("<script src=\"").Append(ScriptPath)
            .Append("\" data-server=\"").Append(WebUtility.HtmlEncode(serverId))
            .Append("\" data-generation=\"").Append(status.Generation).Append("\"></script>");
        return tags.ToString();
    }

    /// <summary>The page with the tags inserted before its last <c>&lt;/body&gt;</c> (any case), or at its end if it has none.</summary>
    public static byte[] InjectInto(ReadOnlySpan<byte> html, string tags)
    {
        var insert = Encoding.UTF8.GetBytes(tags);
        var at = LastIndexOfIgnoringAsciiCase(html, BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        var result = new byte[html.Length + insert.Length];
        html[..at].CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    // The page is UTF-8: the bytes of "</body" cannot occur inside a multi-byte character, so the
    // search can run on bytes, without decoding and re-encoding the page.
    private static int LastIndexOfIgnoringAsciiCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value)
    {
        for (var start = text.Length - value.Length; start >= 0; start--)
        {
            if (Ascii.EqualsIgnoreCase(text.Slice(start, value.Length), value))
            {
                return start;
            }
        }

        return -1;
    }

    private static byte[] Load()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("KzEdition.Preview.preview.js")
            ?? throw new InvalidOperationException("The preview script is not embedded in KzEdition.Preview.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
