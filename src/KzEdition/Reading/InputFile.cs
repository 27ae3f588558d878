using System.Globalization;
using System.Text;
using KzEdition.Engine;

namespace KzEdition.Reading;

/// <summary>
/// How the build reads a file of the input folder: only a regular file (a symbolic link, a FIFO or a
/// device is an error naming it, found before the file is opened), and at most
/// <see cref="MaxBytes"/> of it (a larger file is an error naming it and the bound).
/// </summary>
public static class InputFile
{
    /// <summary>
    /// 50 MiB: a source of the real edition is under 200 KB, and the longest book-length text is
    /// a few MB; a file past this is a mistake (or an attack), not a text.
    /// </summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Refuses anything but a regular file of at most <see cref="MaxBytes"/>; <paramref name="display"/> names it in the error.</summary>
    public static void Check(string path, string display)
    {
        var (kind, length) = FileKinds.Of(path);
        var problem = kind switch
        {
            FileKind.Regular when length > MaxBytes => TooLarge(length),
            FileKind.Regular => null,
            FileKind.SymbolicLink => "a symbolic link, not a regular file: the build reads only regular files inside the input folder (copy the file in instead)",
            FileKind.Special => "a FIFO, a device or a socket, not a regular file: the build reads only regular files inside the input folder",
            FileKind.Directory => "a folder, not a file",
            _ => "cannot read the file: it does not exist",
        };
        if (problem is not null)
        {
            throw new BuildException(Diagnostic.Error(problem, display));
        }
    }

    /// <summary>The file's bytes, after <see cref="Check"/>; read with the bound, whatever the file became after the check.</summary>
    public static byte[] ReadAllBytes(string path, string display)
    {
        Check(path, display);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);

            // Read into an array of the size the file has now, and go on past it only if the file
            // grew meanwhile (or gives no size, as a pipe): a build reads thousands of sources, and
            // a copy buffer and a growing stream for each were four times the text in garbage.
            var bytes = new byte[Math.Min(stream.Length, MaxBytes + 1)];
            var length = 0;
            int read;
            while (length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0)
            {
                length += read;
            }

            if (length < bytes.Length)
            {
                return bytes[..length];
            }

            var next = stream.ReadByte();
            if (next < 0 && length <= MaxBytes)
            {
                return bytes;
            }

            using var grown = new MemoryStream();
            grown.Write(bytes, 0, length);
            if (next >= 0)
            {
                grown.WriteByte((byte)next);
            }

            var buffer = new byte[81920];
            while (grown.Length <= MaxBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                grown.Write(buffer, 0, read);
            }

            return grown.Length > MaxBytes
                ? throw new BuildException(Diagnostic.Error(TooLarge(grown.Length), display))
                : grown.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BuildException(Diagnostic.Error($"cannot read the file: {ex.Message}", display));
        }
    }

    /// <summary>The file as text, as <c>File.ReadAllText</c> decodes it (UTF-8, or the encoding its byte order mark names).</summary>
    public static string ReadAllText(string path, string display)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, display)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string TooLarge(long length) => string.Create(
        CultureInfo.InvariantCulture,
        $"too large: {length:N0} bytes or more; an input file may be at most {MaxBytes / (1024 * 1024)} MB ({MaxBytes:N0} bytes)");
}
