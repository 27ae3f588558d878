using System.Text;
using KzEdition.Engine;
using KzEdition.Reading;

namespace KzEdition.Tests.Reading;

public sealed class Utf8TextFileTests
{
    [Fact]
    public void Decode_OfUtf8_WithOrWithoutItsMark_IsTheText()
    {
        var bytes = Encoding.UTF8.GetBytes("Мәтін\nжол\n");

        Assert.Equal("Мәтін\nжол\n", Utf8TextFile.Decode(bytes, "a.md"));
        Assert.Equal("Мәтін\nжол\n", Utf8TextFile.Decode([0xEF, 0xBB, 0xBF, .. bytes], "a.md"));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xFF, 0x0A }, 2, "is not valid UTF-8 (byte 0xFF at offset 3)")]
    [InlineData(new byte[] { 0x61, 0x0A, 0x0A, 0x62, 0x00 }, 3, "is not a text file (a NUL byte at offset 4")]
    public void Decode_OfBytesThatAreNotUtf8Text_IsAnError_NamingFileLineAndOffset(byte[] bytes, int line, string expected)
    {
        var error = Assert.Throws<BuildException>(() => Utf8TextFile.Decode(bytes, "input/pages/a.md"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("input/pages/a.md", line), (diagnostic.File, diagnostic.Line));
        Assert.StartsWith(expected, diagnostic.Message, StringComparison.Ordinal);
    }
}
