namespace KzEdition.Templating;

/// <summary>
/// HTML that a template writes as it is: the one kind of value the theme's output does not escape
/// (<see cref="EscapingTemplateContext"/>). The build makes it only for markup it made itself — a
/// body rendered from Markdown, a layout or partial already rendered, JSON made safe for a script
/// element — and a theme makes it with <c>html.escape</c> (its argument escaped) or <c>html.raw</c>
/// (its argument trusted, for markup the template put together from escaped parts).
/// </summary>
/// <remarks>
/// A record of one string, so the engine can fingerprint it like any model value; its text is its
/// <see cref="ToString"/>, so Scriban's string functions and comparisons (<c>!= ""</c>) see the
/// markup (and give a plain string, escaped again if written: only a <see cref="RawHtml"/> is raw).
/// </remarks>
public sealed record RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    /// <summary>The markup, or <see cref="Empty"/> for null (a model may have no body).</summary>
    public static RawHtml From(string? html) => html is null or "" ? Empty : new RawHtml(html);

    public override string ToString() => Html;
}
