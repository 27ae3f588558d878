using System.Buffers;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// Where a layout writes its text when the caller wants it as a string: one growable array, kept
/// with its <see cref="EscapingTemplateContext"/> from one render to the next. Scriban's own
/// <see cref="StringBuilderOutput"/> grows a <see cref="System.Text.StringBuilder"/> chunk by chunk
/// for every page, and <c>Template.Render</c> then empties it by setting its length to 0, which
/// for a builder of several chunks allocates a new array the size of the whole page: together
/// three times a page's text in garbage for every render (about 0.6 GB for 1,000 articles).
/// </summary>
internal sealed class RenderBuffer : IScriptOutput
{
    /// <summary>
    /// A buffer grown past this (the index pages of a large edition) is an array of its own, left to
    /// the collector after its render: the shared pool would keep such arrays (a persons index of
    /// 10,000 articles is some 70 MB), and raised the build's peak memory.
    /// </summary>
    private const int LargestKept = 1 << 20;

    private const int InitialSize = 16 * 1024;

    /// <summary>From the shared pool while it is small, so that the pages of one size reuse each other's arrays as they grow.</summary>
    private char[] _chars = ArrayPool<char>.Shared.Rent(InitialSize);
    private int _length;

    public void Write(string text, int offset, int count)
    {
        if (_length + count > _chars.Length)
        {
            var size = Math.Max(_length + count, (int)Math.Min(Array.MaxLength, 2L * _chars.Length));
            var grown = size <= LargestKept ? ArrayPool<char>.Shared.Rent(size) : GC.AllocateUninitializedArray<char>(size);
            _chars.AsSpan(0, _length).CopyTo(grown);
            Release(_chars);
            _chars = grown;
        }

        text.CopyTo(offset, _chars, _length, count);
        _length += count;
    }

    /// <summary>Written at once: the buffer is memory.</summary>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text written since the last <see cref="Clear"/> (<c>Template.Render</c> reads its output this way).</summary>
    public override string ToString() => new(_chars, 0, _length);

    /// <summary>Empties the buffer for the next render, keeping its array unless a very long page grew it.</summary>
    public void Clear()
    {
        _length = 0;
        if (_chars.Length > LargestKept)
        {
            _chars = ArrayPool<char>.Shared.Rent(InitialSize);
        }
    }

    /// <summary>An array given up: back to the pool when it came from it.</summary>
    private static void Release(char[] chars)
    {
        if (chars.Length <= LargestKept)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
