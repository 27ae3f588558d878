using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Reading;

public sealed class InputFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// The file is read into an array of its size: the sizes around the old copy buffer's
    /// (80 KiB) and the probe for more after the array is full are where a read could lose or
    /// repeat bytes.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(81920)]
    [InlineData(81921)]
    [InlineData(300_001)]
    public void ReadAllBytes_GivesTheFileByteForByte(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = _temp.Combine("source.txt");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(bytes, InputFile.ReadAllBytes(path, "input/sources/source.txt"));
    }
}
