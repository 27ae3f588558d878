using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace KzEdition.Preview;

/// <summary>
/// A request's path, checked before it comes near the file system. It is read from the request
/// line exactly as the client sent it (not from the server's decoded and normalised form), and
/// refused when it could name anything outside the served folder or anything a site never links
/// to: <c>..</c> or <c>.</c> segments, encoded dots or slashes (<c>%2e</c>, <c>%2f</c>, <c>%5c</c>),
/// backslashes, NUL and other control characters, colons (drive letters, Windows streams), empty
/// segments (<c>//etc/passwd</c>) and malformed escapes or UTF-8.
/// </summary>
/// <param name="Segments">The decoded segments, none empty; empty for the root.</param>
/// <param name="EndsWithSlash">Whether the path names a folder (ends with '/').</param>
/// <param name="Path">The path as sent, without the query.</param>
/// <param name="Query">The query with its '?', or empty.</param>
public sealed record RequestPath(ImmutableArray<string> Segments, bool EndsWithSlash, string Path, string Query)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // A dot is never escaped by browsers: %2e is only ever sent to smuggle "..". Slashes and
    // backslashes escaped would become separators after decoding.
    private static readonly string[] ForbiddenEscapes = ["%2e", "%2f", "%5c", "%00"];

    /// <summary>The path parsed from a request target (<c>/a/b.html?x</c>), or null when it is refused.</summary>
    public static RequestPath? Parse(string rawTarget)
    {
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/')
        {
            // Absolute-form (http://host/x), authority-form and "*" targets name no file.
            return null;
        }

        var queryStart = rawTarget.IndexOfAny(['?', '#']);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var query = queryStart < 0 || rawTarget[queryStart] == '#' ? "" : rawTarget[queryStart..];
        // Request lines are ASCII: anything else is not a well-formed target.
        if (path.Any(c => c > 0x7F) || ForbiddenEscapes.Any(e => path.Contains(e, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var decoded = Decode(path);
        if (decoded is null || decoded.Any(c => char.IsControl(c) || c is '\\' or ':'))
        {
            return null;
        }

        // parts[0] is the empty string before the leading '/'; with a trailing slash the last is empty too.
        var parts = decoded.Split('/');
        var endsWithSlash = decoded[^1] == '/';
        var segments = parts[1..(endsWithSlash ? ^1 : ^0)];
        if (segments.Any(s => s.Length == 0 || s is "." or ".."))
        {
            return null;
        }

        return new RequestPath([.. segments], endsWithSlash, path, query);
    }

    private static string? Decode(string path)
    {
        if (!path.Contains('%', StringComparison.Ordinal))
        {
            return path;
        }

        var bytes = new List<byte>(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%')
            {
                if (i + 2 >= path.Length || !char.IsAsciiHexDigit(path[i + 1]) || !char.IsAsciiHexDigit(path[i + 2]))
                {
                    return null;
                }

                bytes.Add(byte.Parse(path.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
