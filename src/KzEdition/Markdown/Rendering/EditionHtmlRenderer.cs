using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// The HTML renderer of the edition's article bodies. The pipeline's extensions set it up as they
/// set up any <see cref="HtmlRenderer"/>; the edition's own (<c>Markdown/Extensions</c>) recognise
/// it and give it their renderers, which write through the methods here: text and attributes as
/// the HTML standard serializes them (<see cref="HtmlSerialization"/>), inline content as the DOM's
/// text nodes and elements (<see cref="WriteInlines"/>), ids and links as the rendering asks
/// (<see cref="BodyRenderOptions"/>: the site's pages or the print edition).
/// </summary>
/// <remarks>
/// An instance renders one body at a time and keeps state while it does; the syntax tree is only
/// read, so any number of renderers may render one tree at once (<see cref="EditionHtmlRendererPool"/>).
/// Writes keep Markdig's bookkeeping of line ends (<c>previousWasLine</c>), so that the line feeds
/// between elements fall where Markdig's own renderers put them.
/// </remarks>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its StringWriters hold no resources but memory; renderers are kept in a pool, never disposed.")]
public sealed class EditionHtmlRenderer : HtmlRenderer
{
    private readonly StringWriter _output;
    private readonly StringWriter _scratch = new(CultureInfo.InvariantCulture);
    private readonly StringBuilder _run = new();
    private readonly List<string> _attributeNames = [];
    private int _outsideRunningText;

    public EditionHtmlRenderer()
        : this(new StringWriter(CultureInfo.InvariantCulture))
    {
    }

    private EditionHtmlRenderer(StringWriter output)
        : base(output) => _output = output;

    /// <summary>The options of the body being rendered.</summary>
    public BodyRenderOptions Options { get; private set; } = BodyRenderOptions.Plain;

    /// <summary>What writes the running text, when an extension adds to it (else it is written as it is).</summary>
    public RunningTextRenderer? RunningText { get; set; }

    /// <summary>What links in raw running text (maths, diagrams), when an extension links parsed text (citation markers).</summary>
    public RawTextLinker? RawText { get; set; }

    /// <summary>The document being rendered.</summary>
    public MarkdownDocument? Document { get; private set; }

    /// <summary>Whether text written now is running text: not inside a link or a heading.</summary>
    public bool InRunningText => _outsideRunningText == 0;

    /// <summary>Renders a whole document with <paramref name="options"/>.</summary>
    public string Render(MarkdownDocument document, BodyRenderOptions options)
    {
        // A render that failed may have left any state behind.
        Reset();
        ImplicitParagraph = false;
        _run.Clear();
        _outsideRunningText = 0;
        Options = options;
        Document = document;
        RunningText?.Begin(options);
        try
        {
            Write(document);
        }
        finally
        {
            Document = null;
        }

        return _output.ToString();
    }

    /// <summary>The characters this renderer holds between renders (for a pool to drop a renderer grown large).</summary>
    public int Capacity => _output.GetStringBuilder().Capacity;

    /// <summary>Writes text (part of a text node): escaped, not linked.</summary>
    public void WriteText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // As Markdig's WriteEscape: the line is no longer at its start (HTML rendering pushes no indents).
        previousWasLine = false;
        if (LineBreaksAsSpaces && text.Contains('\n'))
        {
            // A citation's marker across a soft break ("[5,\n5]"), in a paragraph that keeps its spaces.
            HtmlSerialization.WriteText(Writer, text.ToString().Replace('\n', ' '));
            return;
        }

        HtmlSerialization.WriteText(Writer, text);
    }

    /// <summary>
    /// Writes one whole text node that no inline parser saw but that flows with the body's text
    /// (maths, a diagram's lines): as running text it is linked as parsed text is
    /// (<see cref="RawText"/>, <see cref="RunningText"/>). <paramref name="endsLine"/>: whether
    /// Markdig wrote the text's last line feed as a line end (WriteLine), which its next EnsureLine respects.
    /// </summary>
    public void WriteTextNode(string text, bool endsLine = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        previousWasLine = false;
        if (InRunningText && Document is { } document && RawText?.Link(document, text) is { } linked)
        {
            WriteInlines(linked);
        }
        else
        {
            WriteRun(text);
        }

        previousWasLine = endsLine;
    }

    /// <summary>
    /// Writes inline content as the DOM's text nodes and elements (<see cref="InlineFlow"/>): the
    /// text between two elements is written as one node, line breaks as Markdig writes them, and
    /// each element by its renderer.
    /// </summary>
    public void WriteInlines(ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        var afterBreakTag = false; // the last thing written was a <br>
        foreach (var item in InlineFlow.Of(container))
        {
            switch (item.Kind)
            {
                case FlowItemKind.Text:
                    if (!item.Text.IsEmpty)
                    {
                        if (LineBreaksAsSpaces && item.Text.Span.Contains('\n'))
                        {
                            // A line feed inside a text (a citation's run across a soft break): a
                            // space, as the break itself is; none right after a <br>.
                            var text = item.Text.Span;
                            _run.Append((afterBreakTag && text[0] == '\n' ? text[1..] : text).ToString().Replace('\n', ' '));
                        }
                        else
                        {
                            _run.Append(item.Text.Span);
                        }

                        previousWasLine = false;
                        afterBreakTag = false;
                    }

                    break;
                case FlowItemKind.SoftBreak:
                    // Markdig's LineBreakInlineRenderer: EnsureLine; a space in a paragraph that keeps its spaces.
                    if (!previousWasLine)
                    {
                        _run.Append(LineBreaksAsSpaces ? ' ' : '\n');
                        previousWasLine = true;
                    }

                    break;
                case FlowItemKind.HardBreak:
                    // "<br />" and a line feed, which begins the next text node (not in a paragraph
                    // that keeps its spaces, where it would be a second line break).
                    FlushRun();
                    Write("<br>");
                    if (!LineBreaksAsSpaces)
                    {
                        _run.Append('\n');
                    }

                    previousWasLine = true;
                    afterBreakTag = true;
                    break;
                default:
                    FlushRun();
                    Write(item.Inline);
                    afterBreakTag = false;
                    break;
            }
        }

        FlushRun();
    }

    /// <summary>
    /// Whether the inlines written now are a paragraph of the print edition, which keeps its spaces
    /// (print.css: pre-wrap, so that the PDF's tags keep the space where a line broke): a soft
    /// break is then written as a space, a hard break as <c>&lt;br&gt;</c> alone, not as line feeds,
    /// which would break the printed line. Set by the paragraph renderer around its inlines.
    /// </summary>
    public bool LineBreaksAsSpaces { get; set; }

    /// <summary>Text written from now until <see cref="LeaveNonRunningText"/> is not running text (a link's, a heading's).</summary>
    public void EnterNonRunningText() => _outsideRunningText++;

    public void LeaveNonRunningText() => _outsideRunningText--;

    /// <summary>Writes <c>&lt;name</c>: an element's start tag, open for its attributes.</summary>
    public void WriteStartTag(string name)
    {
        Write('<');
        Write(name);
        _attributeNames.Clear();
    }

    /// <summary>
    /// Writes an attribute of the start tag being written, unless one of that name was written
    /// already (the HTML parser keeps the first: HTML § 13.2.5.33). An id gets the print edition's
    /// prefix when the rendering has one.
    /// </summary>
    public void WriteAttribute(string name, ReadOnlySpan<char> value)
    {
        foreach (var written in _attributeNames)
        {
            if (written == name)
            {
                return;
            }
        }

        _attributeNames.Add(name);
        Writer.Write(' ');
        Writer.Write(name);
        Writer.Write("=\"");
        if (name == "id" && Options.PrintPrefix is { } prefix)
        {
            HtmlSerialization.WriteAttributeValue(Writer, prefix);
            Writer.Write("--");
        }

        HtmlSerialization.WriteAttributeValue(Writer, value);
        Writer.Write('"');
    }

    /// <summary>
    /// Writes the attributes Markdig attached to <paramref name="markdownObject"/> (an id, classes,
    /// others), in Markdig's order; names in lower case, as the HTML parser reads them. An
    /// <paramref name="id"/> given replaces the first id written, or comes last when there is none,
    /// as setting a DOM element's id does. An <paramref name="addedClass"/> joins the classes, or
    /// comes last when there are none, as adding to a DOM element's classList does.
    /// </summary>
    public void WriteAttributesOf(MarkdownObject markdownObject, Func<string, string>? classFilter = null, string? id = null, string? addedClass = null)
    {
        if (markdownObject.TryGetAttributes() is { } attributes)
        {
            if (attributes.Id is not null)
            {
                WriteAttribute("id", id ?? attributes.Id);
            }

            if (attributes.Classes is { Count: > 0 } classes)
            {
                var written = classFilter is null ? classes : classes.Select(classFilter);
                WriteAttribute("class", string.Join(' ', addedClass is null || written.Contains(addedClass) ? written : written.Append(addedClass)));
            }

            if (attributes.Properties is { Count: > 0 } properties)
            {
                foreach (var property in properties)
                {
                    var name = property.Key.ToLowerInvariant();
                    WriteAttribute(name, name == "id" && id is not null ? id : property.Value ?? "");
                }
            }
        }

        if (id is not null)
        {
            WriteAttribute("id", id);
        }

        if (addedClass is not null)
        {
            WriteAttribute("class", addedClass); // written only when no class was
        }
    }

    /// <summary>
    /// A URL of the Markdown as the DOM holds it in an <c>href</c> or <c>src</c>: percent-encoded as
    /// Markdig's <see cref="HtmlRenderer.WriteEscapeUrl"/> writes it (its <c>&amp;amp;</c> read back as <c>&amp;</c>).
    /// </summary>
    public string UrlValue(string? url)
    {
        var output = Writer;
        _scratch.GetStringBuilder().Clear();
        Writer = _scratch;
        try
        {
            WriteEscapeUrl(url);
        }
        finally
        {
            Writer = output;
        }

        return _scratch.ToString().Replace("&amp;", "&", StringComparison.Ordinal);
    }

    /// <summary>
    /// The <c>href</c> a link of the body gets in this rendering, or null when the link is to be
    /// unwrapped (its content kept). The print edition shares one id space among all articles:
    /// a link within the article (<c>#ref-3</c>) follows its prefixed target, any other link (out of
    /// the article, or to <c>#</c> alone) is unwrapped, as <c>Printing/PrintBody</c> did.
    /// </summary>
    public string? FollowLink(string href)
    {
        if (Options.PrintPrefix is not { } prefix)
        {
            return href;
        }

        return href.Length > 1 && href[0] == '#' ? $"#{prefix}--{href[1..]}" : null;
    }

    private void FlushRun()
    {
        if (_run.Length == 0)
        {
            return;
        }

        var text = _run.ToString();
        _run.Clear();
        WriteRun(text);
    }

    private void WriteRun(string text)
    {
        if (InRunningText && RunningText is { } running)
        {
            // The line-end bookkeeping stays as the text left it, whatever elements the writer adds.
            var lineEnded = previousWasLine;
            running.Write(this, HtmlSerialization.ParsedText(text));
            previousWasLine = lineEnded;
        }
        else
        {
            HtmlSerialization.WriteText(Writer, text);
        }
    }
}
