namespace KzEdition.Templating;

/// <summary>
/// The states of the HTML tokenizer (HTML 13.2.5) that <see cref="LatinPageWriter"/> follows: enough
/// of them to tell text from markup and to read tag names and attributes. Character references
/// need no states: a text node or attribute value is read whole before it is transliterated.
/// </summary>
internal enum LatinPageTokenizerState
{
    /// <summary>13.2.5.1 Data state: text, until '&lt;'.</summary>
    Data,

    /// <summary>13.2.5.2 RCDATA state (title, textarea): text until its end tag, references read.</summary>
    RcData,

    /// <summary>13.2.5.3 RAWTEXT and 13.2.5.4 script data states: text until the end tag, nothing read in it.</summary>
    RawText,

    /// <summary>13.2.5.5 PLAINTEXT state: the rest of the page is text.</summary>
    PlainText,

    /// <summary>13.2.5.6 Tag open state: after '&lt;' in data.</summary>
    TagOpen,

    /// <summary>13.2.5.7 End tag open state: after '&lt;/' in data.</summary>
    EndTagOpen,

    /// <summary>13.2.5.8 Tag name state.</summary>
    TagName,

    /// <summary>13.2.5.9–10, 12–13 (and 15–16 for script): '&lt;' and '&lt;/' in RCDATA or RAWTEXT.</summary>
    RawTextLessThanSign,

    /// <summary>13.2.5.10 RCDATA / 13.2.5.13 RAWTEXT end tag open state.</summary>
    RawTextEndTagOpen,

    /// <summary>13.2.5.11 RCDATA / 13.2.5.14 RAWTEXT end tag name state: is this the element's end tag?</summary>
    RawTextEndTagName,

    /// <summary>13.2.5.32 Before attribute name state.</summary>
    BeforeAttributeName,

    /// <summary>13.2.5.33 Attribute name state.</summary>
    AttributeName,

    /// <summary>13.2.5.34 After attribute name state.</summary>
    AfterAttributeName,

    /// <summary>13.2.5.35 Before attribute value state.</summary>
    BeforeAttributeValue,

    /// <summary>13.2.5.36 Attribute value (double-quoted) state.</summary>
    AttributeValueDoubleQuoted,

    /// <summary>13.2.5.37 Attribute value (single-quoted) state.</summary>
    AttributeValueSingleQuoted,

    /// <summary>13.2.5.38 Attribute value (unquoted) state.</summary>
    AttributeValueUnquoted,

    /// <summary>13.2.5.39 After attribute value (quoted) state.</summary>
    AfterAttributeValueQuoted,

    /// <summary>13.2.5.40 Self-closing start tag state.</summary>
    SelfClosingStartTag,

    /// <summary>13.2.5.41 Bogus comment state; also a DOCTYPE, which ends at the first '&gt;' as well (13.2.5.53–68).</summary>
    BogusComment,

    /// <summary>13.2.5.42 Markup declaration open state: after '&lt;!'.</summary>
    MarkupDeclarationOpen,

    /// <summary>13.2.5.42, one dash read: '&lt;!-' (a second makes a comment, anything else a bogus comment).</summary>
    MarkupDeclarationDash,

    /// <summary>13.2.5.43 Comment start state.</summary>
    CommentStart,

    /// <summary>13.2.5.44 Comment start dash state.</summary>
    CommentStartDash,

    /// <summary>13.2.5.45 Comment state (the less-than-sign states 46–49 end where this one does).</summary>
    Comment,

    /// <summary>13.2.5.50 Comment end dash state.</summary>
    CommentEndDash,

    /// <summary>13.2.5.51 Comment end state.</summary>
    CommentEnd,

    /// <summary>13.2.5.52 Comment end bang state.</summary>
    CommentEndBang,
}
