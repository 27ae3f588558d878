using System.Buffers;
using System.Globalization;
using System.Text;
using KzEdition.Text;
using Scriban.Runtime;
using static KzEdition.Templating.LatinPageTokenizerState;

namespace KzEdition.Templating;

/// <summary>
/// Writes a page in the Kazakh Latin alphabet while the page is written: the HTML goes through it in
/// chunks, split anywhere, and comes out with its Kazakh text in Latin (<see cref="KazakhLatin"/>) and
/// its markup as it was, byte for byte. A <see cref="TextWriter"/> over the page's writer, and a
/// Scriban <see cref="IScriptOutput"/>, so that a layout renders straight into it
/// (<see cref="Theme.Render(string, ScriptObject, IScriptOutput)"/>). <see cref="Complete"/> (or
/// disposing) ends the page: the last text is written then.
/// </summary>
/// <example>
/// <code>
/// using (var latin = new LatinPageWriter(pageWriter, leaveOpen: true))
/// {
///     theme.Render("base", model, latin); // the layout's output goes through the writer as it is made
/// }                                       // disposing completes the page: its last text node is written
/// </code>
/// </example>
/// <remarks>
/// <para>
/// What changes is what a DOM-based transliteration (parse, change the tree, serialize) changed,
/// without building the tree: the text of every element whose language is Kazakh, all of it
/// between two tags at once, so that the capitals rule sees the same neighbours; the
/// <c>title</c>, <c>aria-label</c>, <c>alt</c> and <c>placeholder</c> of such elements; the <c>lang</c> of the root
/// <c>html</c> element, which becomes <c>kk-Latn</c>. An element's language is its own
/// <c>lang</c> or its parent's (HTML 3.2.6.2), and Kazakh is "kk" or "kk-…". Text right inside
/// <c>code</c>, <c>script</c> or <c>style</c>, and those elements' attributes, stay as they are
/// (text in an element inside <c>code</c> is its element's). How text is written in Latin, with its
/// character references, is <see cref="KazakhLatinHtml"/>; two more repairs keep the page parsing
/// as before where a letter is written as nothing (ъ, ь): an unquoted attribute value left empty is
/// written <c>""</c>, and a newline it uncovers right after <c>&lt;pre&gt;</c>, <c>&lt;listing&gt;</c> or
/// <c>&lt;textarea&gt;</c>, which a parser would drop, gets another before it.
/// </para>
/// <para>
/// The root: the first <c>html</c> start tag has its <c>lang</c> value replaced by
/// <c>kk-Latn</c>; a root tag without one gets <c> lang="kk-Latn"</c> added at its end (where a DOM
/// would add it). A page with no <c>html</c> start tag at all is left without: the writer does
/// not invent markup (the layouts always write the tag).
/// </para>
/// <para>
/// It follows the tokenizer (HTML 13.2.5) closely: tags, attributes in their three quotings,
/// comments, DOCTYPE, bogus comments, the RCDATA of title and textarea and the raw text of script,
/// style, xmp, iframe, noembed and noframes. Of the tree builder (13.2.6) it keeps only a stack of
/// open elements: void elements and self-closing tags inside svg or math open nothing, and an end
/// tag closes the nearest open element of its name, or nothing when none is open. That is exact for
/// the well-formed HTML the layouts and Markdig write. Its limits, where a browser's tree differs:
/// </para>
/// <list type="bullet">
/// <item>Implied end tags are not inferred: in <c>&lt;p lang="ru"&gt;…&lt;div&gt;</c> the div is read as inside
/// the p (a browser closes the p first), and so is a <c>li</c> or <c>p</c> before the next one. Only an element
/// with its own <c>lang</c> can then be read in the wrong language.</item>
/// <item>Tokens the tree builder drops (a stray end tag, <c>&lt;/&gt;</c>, a DOCTYPE in the body) end a
/// text node here but not in the tree, and text the tree builder moves (out of a table,
/// after <c>&lt;/body&gt;</c>) is read where it stands; both only matter for a two-letter capital at
/// the seam, or in an element with its own <c>lang</c>.</item>
/// <item>Script data's escaped states (<c>&lt;!--</c> in a script) are not followed, nor the integration
/// points of svg and math, nor CDATA sections in them (read as bogus comments), nor template
/// contents (read as ordinary elements), nor U+0000 (which the tree builder drops from text).</item>
/// <item>Raw text (xmp, iframe …) cannot escape: a transliterated letter there is written as it is,
/// even where it spells the element's end tag.</item>
/// </list>
/// </remarks>
public sealed class LatinPageWriter : TextWriter, IScriptOutput
{
    private const string LatinLanguage = "kk-Latn";

    /// <summary>Elements that are never open (HTML 13.1.2 void elements, and the legacy ones the tree builder closes at once).</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Tag names read once and shared, so that reading a tag allocates nothing in the common case.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dialog",
        "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link",
        "main", "mark", "math", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p",
        "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "small",
        "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // What ends a tag name, an attribute name and an unquoted value (13.2.5.8, 33, 38); CR as LF.
    private static readonly SearchValues<char> TagNameEnds = SearchValues.Create("\t\n\f\r />");
    private static readonly SearchValues<char> AttributeNameEnds = SearchValues.Create("\t\n\f\r />=");
    private static readonly SearchValues<char> UnquotedValueEnds = SearchValues.Create("\t\n\f\r >");

    private readonly TextWriter _page;
    private readonly bool _leaveOpen;

    private LatinPageTokenizerState _state = Data;
    private readonly List<OpenElement> _open = [];
    private bool _rootSeen;
    private bool _completed;

    /// <summary>The text node being read, as written, while its language is Kazakh (other text is written as it comes).</summary>
    private readonly ArrayBufferWriter<char> _text = new(1024);
    private bool _transliterateText;
    private HtmlTextKind _textKind = HtmlTextKind.Text;

    /// <summary>
    /// The text being read follows a pre, listing or textarea start tag, where a parser drops a
    /// leading newline (HTML 13.2.6.4.7): if the text's first letters are written as nothing (ъ, ь),
    /// a newline after them must not become the first character.
    /// </summary>
    private bool _textDropsLeadingNewline;

    /// <summary>A text node's or attribute value's Latin, before it is written.</summary>
    private readonly ArrayBufferWriter<char> _latin = new(1024);

    /// <summary>The tag being read, or the '&lt;', '&lt;/' or '&lt;/scr' not yet known to be one.</summary>
    private readonly ArrayBufferWriter<char> _tag = new(256);
    private bool _isEndTag;
    private int _nameStart;
    private int _nameEnd;
    private bool _selfClosing;
    private int _selfClosingSlash;
    private int _attributeNameStart = -1;
    private int _attributeNameEnd;
    private int _attributeValueStart;
    private int _attributeValueEnd;
    private AttributeSpan? _lang;
    private AttributeSpan? _title;
    private AttributeSpan? _ariaLabel;
    private AttributeSpan? _alt;
    private AttributeSpan? _placeholder;
    private readonly List<(int Start, int End, string Text)> _replacements = [];

    /// <summary>The element whose end tag ends the RCDATA or raw text being read, and which of the two it is.</summary>
    private string _rawTextElement = "";
    private LatinPageTokenizerState _rawTextState = RawText;

    /// <param name="page">Where the Latin page is written.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="page"/> open (it is flushed).</param>
    public LatinPageWriter(TextWriter page, bool leaveOpen = false)
        : base(page.FormatProvider)
    {
        _page = page;
        _leaveOpen = leaveOpen;
        NewLine = page.NewLine;
    }

    public override Encoding Encoding => _page.Encoding;

    /// <summary>A whole page in Latin at once.</summary>
    public static string Transliterate(string html)
    {
        using var page = new StringWriter(new StringBuilder(html.Length + (html.Length / 8)), CultureInfo.InvariantCulture);
        using (var latin = new LatinPageWriter(page, leaveOpen: true))
        {
            latin.Write(html);
        }

        return page.ToString();
    }

    public override void Write(char value) => Consume(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Consume(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Consume(buffer);

    public override void Write(string? value) => Consume(value);

    void IScriptOutput.Write(string text, int offset, int count) => Consume(text.AsSpan(offset, count));

    /// <summary>Written at once: the page's writer is a string or a buffered file.</summary>
    ValueTask IScriptOutput.WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Consume(text.AsSpan(offset, count));
        return ValueTask.CompletedTask;
    }

    /// <summary>Flushes the page's writer. The text node being read is not written yet: its last letter waits for the next character.</summary>
    public override void Flush() => _page.Flush();

    /// <summary>
    /// Ends the page: writes the text node being read, and whatever unfinished markup it ends with
    /// as it is. Nothing can be written after.
    /// </summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        switch (_state)
        {
            // 13.2.5.6–7, 9–14: at the end of the input, '<', '</' and '</scr' are text.
            case TagOpen or EndTagOpen or RawTextLessThanSign or RawTextEndTagOpen or RawTextEndTagName:
                AppendText(_tag.WrittenSpan);
                EndText();
                break;
            // An unfinished tag is dropped by a parser (eof-in-tag); it is written as it came.
            case TagName or BeforeAttributeName or AttributeName or AfterAttributeName or BeforeAttributeValue
                or AttributeValueDoubleQuoted or AttributeValueSingleQuoted or AttributeValueUnquoted
                or AfterAttributeValueQuoted or SelfClosingStartTag:
                _page.Write(_tag.WrittenSpan);
                break;
            default:
                EndText();
                break;
        }

        _tag.ResetWrittenCount();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Complete();
            if (_leaveOpen)
            {
                _page.Flush();
            }
            else
            {
                _page.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Consume(ReadOnlySpan<char> input)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The Latin page is complete: nothing can be written after Complete().");
        }

        var i = 0;
        while (i < input.Length)
        {
            var rest = input[i..];
            int stop;
            switch (_state)
            {
                // The states a page spends most of its characters in read up to the next character that matters.
                case Data or RcData or RawText:
                    stop = rest.IndexOf('<');
                    AppendText(stop < 0 ? rest : rest[..stop]);
                    break;
                case PlainText:
                    AppendText(rest);
                    return;
                case Comment:
                    stop = rest.IndexOf('-');
                    _page.Write(stop < 0 ? rest : rest[..stop]);
                    break;
                case BogusComment:
                    stop = rest.IndexOf('>');
                    _page.Write(stop < 0 ? rest : rest[..stop]);
                    break;
                case AttributeValueDoubleQuoted or AttributeValueSingleQuoted:
                    stop = rest.IndexOf(_state == AttributeValueDoubleQuoted ? '"' : '\'');
                    _tag.Write(stop < 0 ? rest : rest[..stop]);
                    break;
                case TagName:
                    stop = rest.IndexOfAny(TagNameEnds);
                    _tag.Write(stop < 0 ? rest : rest[..stop]);
                    _nameEnd = _tag.WrittenCount;
                    break;
                case AttributeName:
                    stop = rest.IndexOfAny(AttributeNameEnds);
                    _tag.Write(stop < 0 ? rest : rest[..stop]);
                    break;
                case AttributeValueUnquoted:
                    stop = rest.IndexOfAny(UnquotedValueEnds);
                    _tag.Write(stop < 0 ? rest : rest[..stop]);
                    break;
                default:
                    stop = 0;
                    break;
            }

            if (stop < 0)
            {
                return;
            }

            i += stop;
            while (!Read(input[i]))
            {
                // the character is read again in the state it led to
            }

            i++;
        }
    }

    /// <summary>Reads one character in the current state; false when the state changed and the character is to be read again in the new one ("reconsume").</summary>
    private bool Read(char c)
    {
        switch (_state)
        {
            case Data or RcData or RawText:
                if (c == '<')
                {
                    AppendToTag('<');
                    _state = _state == Data ? TagOpen : RawTextLessThanSign;
                }
                else
                {
                    AppendText(new ReadOnlySpan<char>(in c));
                }

                return true;

            case PlainText:
                AppendText(new ReadOnlySpan<char>(in c));
                return true;

            case TagOpen:
                return ReadTagOpen(c);

            case EndTagOpen:
                return ReadEndTagOpen(c);

            case TagName:
                if (IsWhitespace(c))
                {
                    _state = BeforeAttributeName;
                }
                else if (c == '/')
                {
                    StartSelfClosing();
                }
                else if (c == '>')
                {
                    AppendToTag('>');
                    EmitTag();
                    return true;
                }
                else
                {
                    AppendToTag(c);
                    _nameEnd = _tag.WrittenCount;
                    return true;
                }

                AppendToTag(c);
                return true;

            case RawTextLessThanSign:
                if (c == '/')
                {
                    AppendToTag('/');
                    _state = RawTextEndTagOpen;
                    return true;
                }

                return NotAnEndTag();

            case RawTextEndTagOpen:
                if (char.IsAsciiLetter(c))
                {
                    AppendToTag(c);
                    _state = RawTextEndTagName;
                    return true;
                }

                return NotAnEndTag();

            case RawTextEndTagName:
                return ReadRawTextEndTagName(c);

            case BeforeAttributeName:
                if (IsWhitespace(c))
                {
                    AppendToTag(c);
                    return true;
                }

                if (c is '/' or '>')
                {
                    _state = AfterAttributeName;
                    return false;
                }

                StartAttribute();
                _state = AttributeName;
                if (c == '=')
                {
                    // 13.2.5.32: an attribute name may begin with '='.
                    AppendToTag('=');
                    return true;
                }

                return false;

            case AttributeName:
                if (IsWhitespace(c) || c is '/' or '>')
                {
                    _attributeNameEnd = _tag.WrittenCount;
                    _state = AfterAttributeName;
                    return false;
                }

                if (c == '=')
                {
                    _attributeNameEnd = _tag.WrittenCount;
                    _state = BeforeAttributeValue;
                }

                AppendToTag(c);
                return true;

            case AfterAttributeName:
                switch (c)
                {
                    case '/':
                        StartSelfClosing();
                        break;
                    case '=':
                        _state = BeforeAttributeValue;
                        break;
                    case '>':
                        AppendToTag('>');
                        EmitTag();
                        return true;
                    default:
                        if (!IsWhitespace(c))
                        {
                            StartAttribute();
                            _state = AttributeName;
                            return false;
                        }

                        break;
                }

                AppendToTag(c);
                return true;

            case BeforeAttributeValue:
                if (c == '>')
                {
                    // 13.2.5.35 missing-attribute-value: the value is empty.
                    _attributeValueStart = _attributeValueEnd = _tag.WrittenCount;
                    AppendToTag('>');
                    EmitTag();
                    return true;
                }

                if (!IsWhitespace(c) && c is not ('"' or '\''))
                {
                    _attributeValueStart = _tag.WrittenCount;
                    _state = AttributeValueUnquoted;
                    return false;
                }

                AppendToTag(c);
                if (c is '"' or '\'')
                {
                    _attributeValueStart = _tag.WrittenCount;
                    _state = c == '"' ? AttributeValueDoubleQuoted : AttributeValueSingleQuoted;
                }

                return true;

            case AttributeValueDoubleQuoted or AttributeValueSingleQuoted:
                if (c == (_state == AttributeValueDoubleQuoted ? '"' : '\''))
                {
                    _attributeValueEnd = _tag.WrittenCount;
                    _state = AfterAttributeValueQuoted;
                }

                AppendToTag(c);
                return true;

            case AttributeValueUnquoted:
                if (IsWhitespace(c) || c == '>')
                {
                    _attributeValueEnd = _tag.WrittenCount;
                    _state = BeforeAttributeName;
                    if (c == '>')
                    {
                        AppendToTag('>');
                        EmitTag();
                        return true;
                    }
                }

                AppendToTag(c);
                return true;

            case AfterAttributeValueQuoted:
                if (IsWhitespace(c))
                {
                    _state = BeforeAttributeName;
                }
                else if (c == '/')
                {
                    StartSelfClosing();
                }
                else if (c == '>')
                {
                    AppendToTag('>');
                    EmitTag();
                    return true;
                }
                else
                {
                    // 13.2.5.39 missing-whitespace-between-attributes
                    _state = BeforeAttributeName;
                    return false;
                }

                AppendToTag(c);
                return true;

            case SelfClosingStartTag:
                if (c == '>')
                {
                    _selfClosing = true;
                    AppendToTag('>');
                    EmitTag();
                    return true;
                }

                // 13.2.5.40 unexpected-solidus-in-tag: the '/' was nothing.
                _state = BeforeAttributeName;
                return false;

            case MarkupDeclarationOpen or MarkupDeclarationDash:
                if (c == '-')
                {
                    _state = _state == MarkupDeclarationOpen ? MarkupDeclarationDash : CommentStart;
                    _page.Write(c);
                    return true;
                }

                // "<!DOCTYPE …>", "<![CDATA[…>", "<!x>", "<!-x>": each ends at its first '>'.
                _state = BogusComment;
                return false;

            case CommentStart or CommentStartDash:
                if (c is '-' or '>')
                {
                    // "<!-->" and "<!--->" are whole (abrupt) comments; "<!---" is one dash from the end.
                    _state = c == '>' ? Data : _state == CommentStart ? CommentStartDash : CommentEnd;
                    _page.Write(c);
                    return true;
                }

                _state = Comment;
                return false;

            case Comment:
                _state = c == '-' ? CommentEndDash : Comment;
                _page.Write(c);
                return true;

            case CommentEndDash:
                if (c == '-')
                {
                    _state = CommentEnd;
                    _page.Write(c);
                    return true;
                }

                _state = Comment;
                return false;

            case CommentEnd or CommentEndBang:
                switch (c)
                {
                    case '>':
                        _state = Data;
                        break;
                    case '!' when _state == CommentEnd:
                        _state = CommentEndBang;
                        break;
                    case '-':
                        _state = _state == CommentEnd ? CommentEnd : CommentEndDash;
                        break;
                    default:
                        _state = Comment;
                        return false;
                }

                _page.Write(c);
                return true;

            case BogusComment:
                if (c == '>')
                {
                    _state = Data;
                }

                _page.Write(c);
                return true;

            default:
                throw new InvalidOperationException($"unknown tokenizer state {_state}");
        }
    }

    /// <summary>13.2.5.6 Tag open state: after '&lt;' in data.</summary>
    private bool ReadTagOpen(char c)
    {
        if (char.IsAsciiLetter(c))
        {
            EndText();
            StartTag(isEnd: false);
            AppendToTag(c);
            _nameEnd = _tag.WrittenCount;
            _state = TagName;
            return true;
        }

        switch (c)
        {
            case '/':
                AppendToTag('/');
                _state = EndTagOpen;
                return true;
            case '!':
                EndText();
                _tag.ResetWrittenCount();
                _page.Write("<!");
                _state = MarkupDeclarationOpen;
                return true;
            case '?':
                // unexpected-question-mark-instead-of-tag-name: a bogus comment, the '?' its first character.
                EndText();
                _tag.ResetWrittenCount();
                _page.Write('<');
                _state = BogusComment;
                return false;
            default:
                // invalid-first-character-of-tag-name: the '<' is text.
                AppendText(_tag.WrittenSpan);
                _tag.ResetWrittenCount();
                _state = Data;
                return false;
        }
    }

    /// <summary>13.2.5.7 End tag open state: after '&lt;/' in data.</summary>
    private bool ReadEndTagOpen(char c)
    {
        EndText();
        if (char.IsAsciiLetter(c))
        {
            StartTag(isEnd: true);
            AppendToTag(c);
            _nameEnd = _tag.WrittenCount;
            _state = TagName;
            return true;
        }

        _tag.ResetWrittenCount();
        if (c == '>')
        {
            // missing-end-tag-name: "</>" is nothing to a parser.
            _page.Write("</>");
            _state = Data;
            return true;
        }

        // invalid-first-character-of-tag-name: "</ …>" is a bogus comment.
        _page.Write("</");
        _state = BogusComment;
        return false;
    }

    /// <summary>13.2.5.11 / 14 End tag name state of RCDATA and raw text: only the open element's own end tag ends them.</summary>
    private bool ReadRawTextEndTagName(char c)
    {
        if (char.IsAsciiLetter(c))
        {
            AppendToTag(c);
            return true;
        }

        if ((IsWhitespace(c) || c is '/' or '>') && IsAppropriateEndTag())
        {
            EndText();
            StartTag(isEnd: true);
            _nameEnd = _tag.WrittenCount;
            _state = TagName;
            return false;
        }

        return NotAnEndTag();
    }

    private bool IsAppropriateEndTag()
    {
        var name = _tag.WrittenSpan[2..];
        return Ascii.EqualsIgnoreCase(name, _rawTextElement);
    }

    /// <summary>The '&lt;', '&lt;/' or '&lt;/scr' read in RCDATA or raw text is text after all.</summary>
    private bool NotAnEndTag()
    {
        AppendText(_tag.WrittenSpan);
        _tag.ResetWrittenCount();
        _state = _rawTextState;
        return false;
    }

    private void StartTag(bool isEnd)
    {
        _isEndTag = isEnd;
        _nameStart = isEnd ? 2 : 1;
        _nameEnd = _nameStart;
        _selfClosing = false;
        _selfClosingSlash = -1;
        _attributeNameStart = -1;
        _lang = _title = _ariaLabel = _alt = _placeholder = null;
    }

    private void StartSelfClosing()
    {
        _selfClosingSlash = _tag.WrittenCount;
        _state = SelfClosingStartTag;
    }

    private void StartAttribute()
    {
        KeepAttribute();
        _attributeNameStart = _tag.WrittenCount;
        _attributeNameEnd = _attributeNameStart;
        _attributeValueStart = -1;
        _attributeValueEnd = -1;
    }

    /// <summary>Remembers the attribute just read if it is the first lang, title, aria-label, alt or placeholder of the tag (a parser drops the later ones).</summary>
    private void KeepAttribute()
    {
        if (_attributeNameStart < 0)
        {
            return;
        }

        var name = _tag.WrittenSpan[_attributeNameStart.._attributeNameEnd];
        var span = new AttributeSpan(_attributeNameEnd, _attributeValueStart, _attributeValueEnd);
        _attributeNameStart = -1;
        // Names are compared with ASCII letters folded only, as the tokenizer lower-cases them (13.2.5.33).
        if (Ascii.EqualsIgnoreCase(name, "lang"))
        {
            _lang ??= span;
        }
        else if (Ascii.EqualsIgnoreCase(name, "title"))
        {
            _title ??= span;
        }
        else if (Ascii.EqualsIgnoreCase(name, "aria-label"))
        {
            _ariaLabel ??= span;
        }
        else if (Ascii.EqualsIgnoreCase(name, "alt"))
        {
            _alt ??= span;
        }
        else if (Ascii.EqualsIgnoreCase(name, "placeholder"))
        {
            _placeholder ??= span; // the search box's hint (Іздеу…), shown as text
        }
    }

    /// <summary>A whole tag is read: write it, with its attributes in Latin if its language is Kazakh, and open or close its element.</summary>
    private void EmitTag()
    {
        KeepAttribute();
        var name = TagNameOf(_tag.WrittenSpan[_nameStart.._nameEnd]);
        if (_isEndTag)
        {
            _page.Write(_tag.WrittenSpan);
            CloseElement(name);
            _state = Data;
        }
        else
        {
            OpenElement(name);
        }

        _tag.ResetWrittenCount();
        var current = _open.Count > 0 ? _open[^1] : default(OpenElement?);
        _transliterateText = current is { IsKazakh: true, Name: not ("code" or "script" or "style") };
        _textKind = _state is RawText or PlainText ? HtmlTextKind.RawText : HtmlTextKind.Text;
    }

    private void OpenElement(string name)
    {
        var parent = _open.Count > 0 ? _open[^1] : default(OpenElement?);
        var isRoot = name == "html" && !_rootSeen;
        var isKazakh = _lang is { } lang ? IsKazakh(AttributeValue(lang)) : parent is { IsKazakh: true };
        var isForeign = parent is { IsForeign: true } || name is "svg" or "math";
        WriteStartTag(isRoot, translateAttributes: isKazakh && name is not ("code" or "script" or "style"));

        // A second <html> adds its attributes to the root (13.2.6.4.7) and opens nothing.
        var opens = !VoidElements.Contains(name) && !(isForeign && _selfClosing) && !(name == "html" && _rootSeen);
        _rootSeen |= isRoot;
        _state = Data;
        if (!opens)
        {
            return;
        }

        _open.Add(new OpenElement(name, isKazakh, isForeign));
        if (isForeign)
        {
            return; // the tree builder switches the tokenizer for HTML elements only
        }

        _textDropsLeadingNewline = name is "pre" or "listing" or "textarea";

        _state = name switch
        {
            "title" or "textarea" => RcData,
            "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" => RawText,
            "plaintext" => PlainText,
            _ => Data,
        };
        if (_state is RcData or RawText)
        {
            _rawTextElement = name;
            _rawTextState = _state;
        }
    }

    /// <summary>An end tag closes the nearest open element of its name and those opened inside it; with none open it closes nothing.</summary>
    private void CloseElement(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                _open.RemoveRange(i, _open.Count - i);
                return;
            }
        }
    }

    private void WriteStartTag(bool isRoot, bool translateAttributes)
    {
        var tag = _tag.WrittenSpan;
        _replacements.Clear();
        if (translateAttributes)
        {
            foreach (var attribute in (ReadOnlySpan<AttributeSpan?>)[_title, _ariaLabel, _alt, _placeholder])
            {
                if (attribute is { HasValue: true } a && KazakhLatinHtml.Changes(tag[a.ValueStart..a.ValueEnd], HtmlTextKind.AttributeValue))
                {
                    _latin.ResetWrittenCount();
                    KazakhLatinHtml.Append(tag[a.ValueStart..a.ValueEnd], HtmlTextKind.AttributeValue, _latin);
                    // An unquoted value written as nothing (alt=ь) would leave "alt= " to take the next attribute as its value.
                    var unquoted = tag[a.ValueStart - 1] is not ('"' or '\'');
                    _replacements.Add((a.ValueStart, a.ValueEnd, _latin.WrittenCount == 0 && unquoted ? "\"\"" : KazakhLatin.Composed(new string(_latin.WrittenSpan))));
                }
            }
        }

        if (isRoot)
        {
            // Added last when missing, as a DOM adds it: before the '>', or the '/' of "/>".
            var end = _selfClosing ? _selfClosingSlash : tag.Length - 1;
            _replacements.Add(_lang switch
            {
                { HasValue: true } lang => (lang.ValueStart, lang.ValueEnd, LatinLanguage),
                { } lang => (lang.NameEnd, lang.NameEnd, $"=\"{LatinLanguage}\""),
                null => (end, end, $" lang=\"{LatinLanguage}\""),
            });
        }

        if (_replacements.Count == 0)
        {
            _page.Write(tag);
            return;
        }

        _replacements.Sort((a, b) => a.Start.CompareTo(b.Start));
        var copied = 0;
        foreach (var (start, end, text) in _replacements)
        {
            _page.Write(tag[copied..start]);
            _page.Write(text);
            copied = end;
        }

        _page.Write(tag[copied..]);
    }

    /// <summary>The value a parser reads from the attribute: empty without one, its character references decoded.</summary>
    private string AttributeValue(AttributeSpan attribute)
    {
        if (!attribute.HasValue)
        {
            return "";
        }

        var raw = _tag.WrittenSpan[attribute.ValueStart..attribute.ValueEnd];
        return raw.Contains('&') ? HtmlCharacterReferences.Decode(raw, inAttribute: true) : raw.ToString();
    }

    /// <summary>Whether a lang value says Kazakh, as the DOM transliteration compared it: "kk" or "kk-…", case as written; an empty lang says "unknown".</summary>
    private static bool IsKazakh(string lang) => lang == "kk" || lang.StartsWith("kk-", StringComparison.Ordinal);

    /// <summary>The tag name lower-cased (ASCII letters only, 13.2.5.8), shared when it is a known one.</summary>
    private static string TagNameOf(ReadOnlySpan<char> written)
    {
        Span<char> lower = written.Length <= 64 ? stackalloc char[written.Length] : new char[written.Length];
        for (var i = 0; i < written.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(written[i]) ? (char)(written[i] | 0x20) : written[i];
        }

        return KnownNames.TryGetValue(lower, out var known) ? known : lower.ToString();
    }

    private void AppendToTag(char c)
    {
        _tag.GetSpan(1)[0] = c;
        _tag.Advance(1);
    }

    private void AppendText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (_transliterateText)
        {
            _text.Write(text);
        }
        else
        {
            _page.Write(text);
        }
    }

    /// <summary>The text node read so far is whole: write it in Latin.</summary>
    private void EndText()
    {
        var dropsLeadingNewline = _textDropsLeadingNewline;
        _textDropsLeadingNewline = false;
        if (_text.WrittenCount == 0)
        {
            return;
        }

        _latin.ResetWrittenCount();
        KazakhLatinHtml.Append(_text.WrittenSpan, _textKind, _latin);
        if (dropsLeadingNewline && _latin.WrittenCount > 0 && _latin.WrittenSpan[0] is ('\n' or '\r') && _text.WrittenSpan[0] is not ('\n' or '\r'))
        {
            _page.Write('\n'); // for the parser to drop, as a serializer writes one (13.3)
        }

        // In NFC, as KazakhLatin.Transliterate writes it (НА́ТО → NÁTO with one Á).
        if (_latin.WrittenSpan.ContainsAny(LatinComposition.CombiningMarks))
        {
            _page.Write(KazakhLatin.Composed(new string(_latin.WrittenSpan)));
        }
        else
        {
            _page.Write(_latin.WrittenSpan);
        }

        _text.ResetWrittenCount();
    }

    /// <summary>ASCII whitespace as the tokenizer knows it (13.2.5.8), with CR, which input preprocessing turns into LF.</summary>
    private static bool IsWhitespace(char c) => c is '\t' or '\n' or '\f' or ' ' or '\r';
}
