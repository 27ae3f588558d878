namespace KzEdition.Pdf.DevTools;

/// <summary>How a tab is set up before it opens anything.</summary>
internal sealed record TabOptions
{
    /// <summary>False: the page's own scripts do not run (evaluations from here still do).</summary>
    public bool JavaScriptEnabled { get; init; } = true;

    /// <summary>Answers each request the tab makes, by its URL; null lets every request through.</summary>
    public Func<string, RequestAnswer>? Answer { get; init; }

    /// <summary>A script run in every document before the page's own scripts.</summary>
    public string? InitScript { get; init; }
}
