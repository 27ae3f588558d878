using System.Buffers;

namespace KzEdition.Text;

/// <summary>
/// <see cref="KazakhLatin"/> for HTML as it is written: the characters of one text node (all the
/// text between two tags) or one attribute value, with their character references, transliterated
/// so that a parser reads from the result what <see cref="KazakhLatin.Transliterate"/> makes of the
/// text it read from the original.
/// </summary>
/// <remarks>
/// <para>
/// References are read as a parser reads them (<see cref="HtmlCharacterReferences"/>), and the
/// capitals rule looks at the characters they stand for: in "Ч&amp;#1178;" the Ч stands before a
/// capital Қ and is written "CH". A reference that stands for a letter of the table is written as
/// its Latin letters (&amp;#1179; → q, &amp;Acy; → A); every other reference is copied as written
/// (&amp;amp;, &amp;nbsp;, &amp;#39;), as is every character the table leaves alone.
/// </para>
/// <para>
/// Latin letters are what reference names are made of, so three characters are written otherwise
/// when a transliterated letter follows them — after any ASCII letters and digits, which the parser
/// reads on into a name: an ampersand that began no reference becomes &amp;amp; ("&amp;қuot;" must
/// not become "&amp;quot;"), a reference written without its semicolon gets one ("&amp;notин;"
/// must not become "&amp;notin;"), and in text a less-than sign becomes &amp;lt; ("&lt;Қ" must not
/// open a tag "&lt;Q", nor "&lt;/тиtle" close the title). Raw text (script, style …) has no
/// escapes: there the letters are written as they are.
/// </para>
/// </remarks>
public static class KazakhLatinHtml
{
    /// <summary>The most characters one character is written as: an ampersand as "&amp;amp;".</summary>
    private const int MostPerCharacter = 5;

    /// <summary>Appends the Latin of <paramref name="escaped"/>, HTML as written, to <paramref name="latin"/>.</summary>
    public static void Append(ReadOnlySpan<char> escaped, HtmlTextKind kind, IBufferWriter<char> latin)
    {
        var inAttribute = kind == HtmlTextKind.AttributeValue;
        var hasReferences = kind != HtmlTextKind.RawText && escaped.Contains('&');
        // The text the parser reads, which the capitals rule looks at. Without references it is
        // the text as written, and positions in both are the same.
        var decoded = hasReferences ? HtmlCharacterReferences.Decode(escaped, inAttribute).AsSpan() : escaped;
        var output = latin.GetSpan(escaped.Length * MostPerCharacter + 1);
        var written = 0;
        var at = 0; // position in decoded of the character at r in escaped
        for (var r = 0; r < escaped.Length;)
        {
            var c = escaped[r];
            if (hasReferences && c == '&' && HtmlCharacterReferences.TryRead(escaped, r, inAttribute, out var length, out var value))
            {
                if (value.Length == 1 && KazakhLatin.Spell(decoded, at) is { } letter)
                {
                    Put(letter, output, ref written);
                }
                else
                {
                    Put(escaped.Slice(r, length), output, ref written);
                    if (escaped[r + length - 1] != ';' && ChangedAhead(escaped, r + length, inAttribute, null))
                    {
                        output[written++] = ';';
                    }
                }

                r += length;
                at += value.Length;
                continue;
            }

            if (KazakhLatin.Spell(decoded, at) is { } spelling)
            {
                Put(spelling, output, ref written);
            }
            else if (c == '&' && hasReferences && ChangedAhead(escaped, r + 1, inAttribute, '#'))
            {
                Put("&amp;", output, ref written);
            }
            else if (c == '<' && kind == HtmlTextKind.Text && ChangedAhead(escaped, r + 1, inAttribute, '/'))
            {
                Put("&lt;", output, ref written);
            }
            else
            {
                output[written++] = c;
            }

            r++;
            at++;
        }

        latin.Advance(written);
    }

    private static void Put(ReadOnlySpan<char> text, Span<char> output, ref int written)
    {
        text.CopyTo(output[written..]);
        written += text.Length;
    }

    /// <summary>Whether the letters of <paramref name="escaped"/> are changed by <see cref="Append"/>: it has a letter of the table or a reference that may stand for one.</summary>
    public static bool Changes(ReadOnlySpan<char> escaped, HtmlTextKind kind)
    {
        foreach (var c in escaped)
        {
            if (KazakhLatin.Changes(c) || (c == '&' && kind != HtmlTextKind.RawText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether, from <paramref name="from"/> on, past an optional <paramref name="first"/> character
    /// and any ASCII letters and digits (which are never transliterated), the next character or
    /// reference is one that transliteration changes: a parser that reads on into a name there
    /// would read the Latin letters too.
    /// </summary>
    private static bool ChangedAhead(ReadOnlySpan<char> escaped, int from, bool inAttribute, char? first)
    {
        var r = from;
        if (first is { } optional && r < escaped.Length && escaped[r] == optional)
        {
            r++;
        }

        while (r < escaped.Length && char.IsAsciiLetterOrDigit(escaped[r]))
        {
            r++;
        }

        if (r >= escaped.Length)
        {
            return false;
        }

        if (escaped[r] == '&')
        {
            return HtmlCharacterReferences.TryRead(escaped, r, inAttribute, out _, out var value) && value.Length == 1 && KazakhLatin.Changes(value[0]);
        }

        return KazakhLatin.Changes(escaped[r]);
    }
}
