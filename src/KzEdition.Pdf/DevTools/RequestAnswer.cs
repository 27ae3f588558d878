namespace KzEdition.Pdf.DevTools;

/// <summary>How a tab's request is answered: with a file, by letting it through, or by refusing it.</summary>
internal abstract record RequestAnswer
{
    private RequestAnswer()
    {
    }

    /// <summary>Let through as the browser would load it (a <c>file:</c> page's own files).</summary>
    public static RequestAnswer Continue { get; } = new ContinueAnswer();

    /// <summary>Refused: the page sees a network error (<c>net::ERR_FAILED</c>).</summary>
    public static RequestAnswer Refuse { get; } = new RefuseAnswer("Failed");

    /// <summary>Dropped, as a request the browser gave up on (<c>net::ERR_ABORTED</c>).</summary>
    public static RequestAnswer Abort { get; } = new RefuseAnswer("Aborted");

    /// <summary>Answered 200 with the file's bytes and a Content-Type by its extension.</summary>
    public static RequestAnswer File(string path) => new FileAnswer(path);

    internal sealed record ContinueAnswer : RequestAnswer;

    /// <summary><paramref name="Reason"/>: the protocol's <c>Network.ErrorReason</c>.</summary>
    internal sealed record RefuseAnswer(string Reason) : RequestAnswer;

    internal sealed record FileAnswer(string Path) : RequestAnswer;
}
