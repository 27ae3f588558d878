using System.Text;
using KzEdition.Engine;
using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Reading;

public sealed class SourceReaderTests
{
    private const string Kazakh = "Қазақстан мен НАТО арасындағы қарым-қатынас.\nӘлеуметтік-экономикалық реформалар жүргізілді.\nҮкімет, Ұлттық банк, ғылым, өңір, һәм ірі істер.";

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Decode_WhenTheFileIsUtf8WithoutABom_ReturnsTheTextAndNamesTheEncoding()
    {
        var source = SourceReader.Decode(Encoding.UTF8.GetBytes(Kazakh), "input/sources/a.txt");

        Assert.Equal(Kazakh, source.Text);
        Assert.Equal("UTF-8", source.Encoding);
    }

    [Fact]
    public void Decode_WhenTheFileHasAUtf8Bom_ReturnsTheTextWithoutTheBom()
    {
        var source = SourceReader.Decode([.. Utf8Bom, .. Encoding.UTF8.GetBytes(Kazakh)], "a.txt");

        Assert.Equal(Kazakh, source.Text);
        Assert.Equal("UTF-8 with BOM", source.Encoding);
    }

    [Fact]
    public void Decode_WhenTheFileIsUtf16LeWithABom_ReturnsTheText()
    {
        var source = SourceReader.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Kazakh)], "a.txt");

        Assert.Equal(Kazakh, source.Text);
        Assert.Equal("UTF-16 LE", source.Encoding);
    }

    [Fact]
    public void Decode_WhenTheFileIsUtf16BeWithABom_ReturnsTheText()
    {
        var source = SourceReader.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Kazakh)], "a.txt");

        Assert.Equal(Kazakh, source.Text);
        Assert.Equal("UTF-16 BE", source.Encoding);
    }

    [Theory]
    [InlineData(false, "UTF-32 LE")]
    [InlineData(true, "UTF-32 BE")]
    public void Decode_ReadsUtf32ByItsByteOrderMark_NotAsUtf16(bool bigEndian, string encoding)
    {
        // FF FE 00 00 begins with UTF-16 LE's mark: read as UTF-16, every letter had a NUL after it.
        var utf32 = new System.Text.UTF32Encoding(bigEndian, byteOrderMark: true);
        var bytes = utf32.GetPreamble().Concat(utf32.GetBytes("Қазақстан мен НАТО\nекінші жол\n")).ToArray();

        var source = SourceReader.Decode(bytes, "input/sources/x.txt");

        Assert.Equal(encoding, source.Encoding);
        Assert.Equal("Қазақстан мен НАТО\nекінші жол\n", source.Text);
    }

    [Fact]
    public void Decode_GivesTheSameTextForEverySupportedEncoding()
    {
        byte[][] encodings =
        [
            Encoding.UTF8.GetBytes(Kazakh),
            [.. Utf8Bom, .. Encoding.UTF8.GetBytes(Kazakh)],
            [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Kazakh)],
            [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Kazakh)],
        ];

        var texts = encodings.Select(bytes => SourceReader.Decode(bytes, "a.txt").Text).Distinct(StringComparer.Ordinal);

        Assert.Equal(Kazakh, Assert.Single(texts));
    }

    [Theory]
    [InlineData("бірінші жол\r\nекінші жол\r\n", "бірінші жол\nекінші жол\n")]
    [InlineData("бірінші жол\rекінші жол\r", "бірінші жол\nекінші жол\n")]
    [InlineData("бірінші\r\n\r\nекінші\rүшінші\n", "бірінші\n\nекінші\nүшінші\n")]
    public void Decode_MakesEveryLineEndAnLf(string raw, string expected)
    {
        Assert.Equal(expected, SourceReader.Decode(Encoding.UTF8.GetBytes(raw), "a.txt").Text);
    }

    [Fact]
    public void Decode_WhenAUtf16FileHasCrLfLineEnds_MakesThemLf()
    {
        var source = SourceReader.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Абай\r\nҚұнанбайұлы\r\n")], "a.txt");

        Assert.Equal("Абай\nҚұнанбайұлы\n", source.Text);
        Assert.Equal(["Абай", "Құнанбайұлы", ""], source.Lines);
    }

    [Fact]
    public void Decode_WhenLettersAreDecomposed_ReturnsThemComposed()
    {
        // й is и + combining breve and ё is е + combining diaeresis when decomposed (NFD).
        // (ә, ғ, қ, ң, ө, ұ, ү, һ, і have no decomposition in Unicode: they must come back as they are.)
        var decomposed = "Қайта құру, ұйым, жаңа әлем, ёлка".Normalize(NormalizationForm.FormD);
        Assert.Contains("\u0306", decomposed, StringComparison.Ordinal);

        var text = SourceReader.Decode(Encoding.UTF8.GetBytes(decomposed), "a.txt").Text;

        Assert.Equal("Қайта құру, ұйым, жаңа әлем, ёлка", text);
        Assert.Equal(text.Normalize(NormalizationForm.FormC), text);
        Assert.DoesNotContain("\u0306", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0308", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_KeepsStressMarks_RemovesInvisibleCharacters_AndMakesNoBreakSpacesPlain()
    {
        var raw = "НА\u0301ТО бағдар\u00ADламасы\u200B 1992\u00A0жылы, 2002\u202Fжылы\uFEFF";

        var text = SourceReader.Decode(Encoding.UTF8.GetBytes(raw), "a.txt").Text;

        Assert.Equal("НА\u0301ТО бағдарламасы 1992 жылы, 2002 жылы", text);
    }

    [Fact]
    public void Decode_NamesTheSourceByItsPathAndFileName()
    {
        var source = SourceReader.Decode("Абай"u8, "input/sources/000_abc.txt");

        Assert.Equal("input/sources/000_abc.txt", source.Path);
        Assert.Equal("000_abc.txt", source.FileName);
    }

    [Fact]
    public void Decode_WhenTheFileIsEmpty_ReturnsEmptyText()
    {
        var source = SourceReader.Decode([], "a.txt");

        Assert.Equal("", source.Text);
        Assert.Equal([""], source.Lines);
    }

    [Fact]
    public void Decode_WhenTheFileHasANulByteAndNoBom_RefusesItNamingTheFileLineAndColumn()
    {
        // Line 2 is "тілі" (4 letters, 8 bytes), then the NUL: column 5.
        byte[] bytes = [.. "Қазақ\nтілі"u8, 0x00, .. "x\n"u8];

        var ex = Assert.Throws<BuildException>(() => SourceReader.Decode(bytes, "input/sources/scan.txt"));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("input/sources/scan.txt", diagnostic.File);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(5, diagnostic.Column);
        Assert.Contains("NUL", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenTheFileIsUtf16WithoutABom_RefusesItRatherThanGuessing()
    {
        var ex = Assert.Throws<BuildException>(() => SourceReader.Decode(Encoding.Unicode.GetBytes("Қазақ тілі"), "a.txt"));

        Assert.Equal("a.txt", Assert.Single(ex.Diagnostics).File);
    }

    [Fact]
    public void Decode_WhenLine3IsWindows1251_RefusesItNamingTheFileLine3AndTheColumnOfTheFirstBadByte()
    {
        // "Мәтін: " is 7 characters (12 bytes) of UTF-8; then "Россия" in Windows-1251.
        byte[] windows1251Russia = [0xD0, 0xEE, 0xF1, 0xF1, 0xE8, 0xFF];
        byte[] bytes = [.. "Бірінші жол\nЕкінші жол\nМәтін: "u8, .. windows1251Russia, .. "\nТөртінші жол\n"u8];

        var ex = Assert.Throws<BuildException>(() => SourceReader.Decode(bytes, "input/sources/cp1251.txt"));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal("input/sources/cp1251.txt", diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(8, diagnostic.Column);
        Assert.Contains("UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenAUtf8FileWithABomHasAnInvalidByte_GivesItsLineAndColumn()
    {
        byte[] bytes = [.. Utf8Bom, .. "Абай\nҚұнанбай"u8, 0xC0, .. "ұлы\n"u8];

        var ex = Assert.Throws<BuildException>(() => SourceReader.Decode(bytes, "a.txt"));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal((2, 9), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Decode_WhenAUtf16FileHoldsALoneSurrogate_RefusesItNamingTheFile()
    {
        // A high surrogate followed by an ordinary letter: not valid UTF-16.
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Абай"), 0x00, 0xD8, 0x10, 0x04];

        var ex = Assert.Throws<BuildException>(() => SourceReader.Decode(bytes, "input/sources/bad16.txt"));

        Assert.Equal("input/sources/bad16.txt", Assert.Single(ex.Diagnostics).File);
    }

    [Fact]
    public void Read_ReadsTheFileAndDecodesItAsDecodeDoes()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("000_kz.txt");
        File.WriteAllBytes(path, [.. Utf8Bom, .. Encoding.UTF8.GetBytes("Абай\r\nЖамбыл\r\n")]);

        var source = SourceReader.Read(path, "input/sources/000_kz.txt");

        Assert.Equal("Абай\nЖамбыл\n", source.Text);
        Assert.Equal("UTF-8 with BOM", source.Encoding);
        Assert.Equal("input/sources/000_kz.txt", source.Path);
        Assert.Equal("000_kz.txt", source.FileName);
    }

    [Fact]
    public void Read_WhenTheFileIsMissing_ThrowsABuildExceptionNamingTheFile()
    {
        using var temp = new TempDirectory();

        var ex = Assert.Throws<BuildException>(() => SourceReader.Read(temp.Combine("жоқ.txt"), "input/sources/жоқ.txt"));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("input/sources/жоқ.txt", diagnostic.File);
    }

    [Fact]
    public void Read_WhenTheFolderIsMissing_ThrowsABuildExceptionNamingTheFile()
    {
        using var temp = new TempDirectory();

        var ex = Assert.Throws<BuildException>(() => SourceReader.Read(temp.Combine("no-such-folder", "a.txt"), "input/sources/a.txt"));

        Assert.Equal("input/sources/a.txt", Assert.Single(ex.Diagnostics).File);
    }
}
