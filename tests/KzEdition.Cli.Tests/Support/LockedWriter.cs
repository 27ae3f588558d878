using System.Text;

namespace KzEdition.Cli.Tests.Support;

/// <summary>
/// A writer that a command running on other threads (the preview's builds) can write to while the
/// test reads what it has written so far: every write and read takes the same lock.
/// </summary>
internal sealed class LockedWriter : TextWriter
{
    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            _text.Append(buffer, index, count);
        }
    }

    /// <summary>Waits until the text matches; fails the test after the time given.</summary>
    public async Task<System.Text.RegularExpressions.Match> WaitForAsync(string pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var match = System.Text.RegularExpressions.Regex.Match(Text, pattern);
            if (match.Success)
            {
                return match;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Not written within {timeout}: /{pattern}/; written:\n{Text}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public override string ToString() => Text;
}
