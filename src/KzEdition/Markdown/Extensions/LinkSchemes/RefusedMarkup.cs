namespace KzEdition.Markdown.Extensions.LinkSchemes;

/// <summary>A link, image or attribute <see cref="LinkSchemeFilter"/> refused: where (0-based, as Markdig counts) and what.</summary>
public sealed record RefusedMarkup(int Line, int Column, string What, string Value)
{
    /// <summary>The warning's text: "a link to 'javascript:…' is shown as text: …".</summary>
    public string Message => $"{What} '{Printable(Value)}' {(What.StartsWith("an attribute", StringComparison.Ordinal) ? "is dropped: it could run script" : "is shown as text: links lead to http, https, mailto or a relative address only")}";

    // A tab or line break in the address, shown as an escape: the message stays one line.
    private static string Printable(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
