using System.Text;
using KzEdition.Engine;

namespace KzEdition.Reading;

/// <summary>
/// Reads an editor's text file (a page, a corrected article, a YAML file) as strict UTF-8, with or
/// without its byte-order mark. A NUL byte (binary data) or a byte that is not UTF-8 is an error
/// naming the file, its line and the byte's offset: such a file was published silently before,
/// with replacement characters in place of what it said.
/// </summary>
public static class Utf8TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A regular file within the size bound (<see cref="InputFile"/>), decoded.</summary>
    public static string Read(string path, string displayPath) => Decode(InputFile.ReadAllBytes(path, displayPath), displayPath);

    public static string Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var offset = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = bytes[offset..];
        var nul = text.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new BuildException(Diagnostic.Error($"is not a text file (a NUL byte at offset {nul + offset}: binary data); save it as UTF-8 text", displayPath, LineOf(text, nul)));
        }

        string decoded;
        try
        {
            decoded = Strict.GetString(text);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, Math.Max(0, text.Length - 1));
            throw new BuildException(Diagnostic.Error($"is not valid UTF-8 (byte 0x{text[at]:X2} at offset {at + offset}); save the file as UTF-8", displayPath, LineOf(text, at)));
        }

        RequireText(decoded, displayPath);
        return decoded;
    }

    /// <summary>
    /// Refuses the noncharacters U+FFFE and U+FFFF (valid UTF-8, but no text: .NET's Unicode
    /// normalization throws on them, as on a lone surrogate), naming the line.
    /// </summary>
    public static void RequireText(string text, string displayPath)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]) : char.IsLowSurrogate(c);
            if (c is '\uFFFE' or '\uFFFF' || lone)
            {
                var line = text.AsSpan(0, Math.Min(i, text.Length)).Count('\n') + 1;
                throw new BuildException(Diagnostic.Error($"holds U+{(int)c:X4}, which is no character of text; remove it", displayPath, line));
            }
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;
}
