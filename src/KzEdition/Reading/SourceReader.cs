using System.Text;
using KzEdition.Engine;

namespace KzEdition.Reading;

/// <summary>
/// Decodes a source file: UTF-8 with or without BOM, UTF-16 or UTF-32 LE/BE with BOM. Anything else
/// (binary data, another 8-bit encoding) is refused with a message naming the file and line,
/// because guessing would silently corrupt the Kazakh letters.
/// </summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText Read(string path, string displayPath)
    {
        return Decode(InputFile.ReadAllBytes(path, displayPath), displayPath);
    }

    public static SourceText Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var (text, encoding) = DecodeBytes(bytes, displayPath);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        Utf8TextFile.RequireText(text, displayPath);
        text = Normalise(text);
        return new SourceText(displayPath, Path.GetFileName(displayPath), text, encoding);
    }

    /// <summary>
    /// Unicode NFC; soft hyphens and zero-width characters removed (invisible, and they split words
    /// for search); no-break spaces made plain spaces, since line breaking is the page's business.
    /// Stress marks (НА́ТО) are kept: they are the author's; <see cref="Text.TextKey"/> ignores them.
    /// </summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static (string Text, string Encoding) DecodeBytes(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeUtf8(bytes[3..], 3, displayPath), "UTF-8 with BOM");
        }

        // UTF-32's marks first: its little-endian one begins with UTF-16's (FF FE), and read as
        // UTF-16 the text became its letters with a NUL after each.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (DecodeMarked(bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: false), displayPath), "UTF-32 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (DecodeMarked(bytes[4..], new UTF32Encoding(bigEndian: true, byteOrderMark: false), displayPath), "UTF-32 BE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeMarked(bytes[2..], Encoding.Unicode, displayPath), "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeMarked(bytes[2..], Encoding.BigEndianUnicode, displayPath), "UTF-16 BE");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new BuildException(Diagnostic.Error(
                "is not a text file (it holds binary data: a NUL byte); sources must be UTF-8, or UTF-16 with a byte-order mark",
                displayPath, LineOf(bytes, nul), ColumnOf(bytes, nul)));
        }

        return (DecodeUtf8(bytes, 0, displayPath), "UTF-8");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset, string displayPath)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Max(0, ex.Index);
            throw new BuildException(Diagnostic.Error(
                $"is not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {at + offset}); save the file as UTF-8, or UTF-16 with a byte-order mark",
                displayPath, LineOf(bytes, at), ColumnOf(bytes, at)));
        }
    }

    private static string DecodeMarked(ReadOnlySpan<byte> bytes, Encoding encoding, string displayPath)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BuildException(Diagnostic.Error($"is not valid {encoding.WebName} text despite its byte-order mark", displayPath));
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;

    private static int ColumnOf(ReadOnlySpan<byte> bytes, int index)
    {
        var lineStart = bytes[..index].LastIndexOf((byte)'\n') + 1;
        // Columns count characters, not bytes: count the UTF-8 lead bytes before the error.
        var column = 1;
        foreach (var b in bytes[lineStart..index])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }
}
