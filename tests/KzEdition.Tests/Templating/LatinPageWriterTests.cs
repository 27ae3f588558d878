using KzEdition.Templating;
using KzEdition.Tests.Support;
using Scriban.Runtime;

namespace KzEdition.Tests.Templating;

/// <summary>
/// The streaming Latin page, case by case: what changes (Kazakh text, three attributes, the root's
/// lang) and what does not (markup, other languages, code, script), character references, capitals
/// at the edges of a text node, chunks split anywhere, and a layout rendered straight into it.
/// </summary>
public sealed class LatinPageWriterTests
{
    private const string Head = "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n<title>Қазақстан және НАТО</title>\n</head>\n<body>\n";
    private const string Tail = "\n</body>\n</html>\n";

    [Fact]
    public void KazakhText_IsWrittenInLatin_AndTheMarkupAsItWas()
    {
        var page = Head + "<p class=\"lead\" id=\"p-1\">Бұрыңғы өткен заманда, <a href=\"#x\" download>бір</a> данышпан кісі</p>" + Tail;

        Assert.Equal(
            "<!DOCTYPE html>\n<html lang=\"kk-Latn\">\n<head>\n<meta charset=\"utf-8\">\n<title>Qazaqstan jäne NATO</title>\n</head>\n<body>\n"
            + "<p class=\"lead\" id=\"p-1\">Būryñğy ötken zamanda, <a href=\"#x\" download>bır</a> danyşpan kısı</p>" + Tail,
            LatinPageWriter.Transliterate(page));
    }

    [Fact]
    public void TextInAnotherLanguage_CodeScriptAndStyle_StayAsTheyAre()
    {
        var body = "<blockquote lang=\"ru\">Чехия <span>и</span> <b lang=\"kk\">Чехия</b></blockquote>"
            + "<p><code>Қазақ</code> <code><b>Шығыс</b></code></p>"
            + "<script>var s = \"Қазақ </span> <b>\";</script><style>p::after { content: \"Қ\" }</style>";

        Assert.Equal(
            Head.Replace("\"kk\"", "\"kk-Latn\"").Replace("Қазақстан және НАТО", "Qazaqstan jäne NATO")
            + "<blockquote lang=\"ru\">Чехия <span>и</span> <b lang=\"kk\">Chehiia</b></blockquote>"
            + "<p><code>Қазақ</code> <code><b>Şyğys</b></code></p>"
            + "<script>var s = \"Қазақ </span> <b>\";</script><style>p::after { content: \"Қ\" }</style>" + Tail,
            LatinPageWriter.Transliterate(Head + body + Tail));
    }

    [Fact]
    public void TitleAriaLabelAndAlt_OfKazakhElements_AreWrittenInLatin_OtherAttributesNot()
    {
        var body = "<nav aria-label='Беттер' data-note=\"Беттер\"><img src=\"a.png\" alt=Сурет TITLE=\"Сурет &amp; сызба\"></nav>"
            + "<span lang=\"ru\" title=\"Страница\">x</span><code title=\"Код\">x</code>";

        var latin = LatinPageWriter.Transliterate(Head + body + Tail);

        Assert.Contains("<nav aria-label='Better' data-note=\"Беттер\"><img src=\"a.png\" alt=Suret TITLE=\"Suret &amp; syzba\"></nav>", latin, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"ru\" title=\"Страница\">x</span><code title=\"Код\">x</code>", latin, StringComparison.Ordinal);
    }

    [Fact]
    public void AnElementsOwnLang_CountsEvenAfterTheAttributesItGoverns()
    {
        var latin = LatinPageWriter.Transliterate("<html lang=\"ru\"><body><span title=\"Қала\" lang=\"kk-KZ\">Қала</span> Қала</body></html>");

        Assert.Equal("<html lang=\"kk-Latn\"><body><span title=\"Qala\" lang=\"kk-KZ\">Qala</span> Қала</body></html>", latin);
    }

    [Fact]
    public void TheLatin_IsInNfc_InTextAndInAttributes_AsTheNuCheckerAsks()
    {
        // НА́ТО: Cyrillic А with a combining acute (U+0301) has no precomposed form, Latin A has (Á).
        var page = Head + "<p><abbr title=\"НА\u0301ТО\">НА\u0301ТО</abbr> (ағыл. NATO)</p>" + Tail;

        var latin = LatinPageWriter.Transliterate(page);

        Assert.Contains("<p><abbr title=\"N\u00C1TO\">N\u00C1TO</abbr> (ağyl. NATO)</p>", latin, StringComparison.Ordinal);
        Assert.True(latin.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("<html>", "<html lang=\"kk-Latn\">")]
    [InlineData("<html class=x>", "<html class=x lang=\"kk-Latn\">")]
    [InlineData("<html/>", "<html lang=\"kk-Latn\"/>")]
    [InlineData("<html lang>", "<html lang=\"kk-Latn\">")]
    [InlineData("<html LANG='kk' lang=\"ru\">", "<html LANG='kk-Latn' lang=\"ru\">")]
    [InlineData("<html lang=kk dir=ltr>", "<html lang=kk-Latn dir=ltr>")]
    public void TheRootsLang_BecomesKkLatn_AndIsAddedWhenMissing(string root, string expected) =>
        Assert.Equal(expected + "<body>1</body>", LatinPageWriter.Transliterate(root + "<body>1</body>"));

    [Theory]
    // A reference that stands for a letter is written as the letter's Latin, and counts as that
    // letter for the capitals of its neighbours.
    [InlineData("&#1179;азақ", "qazaq")]
    [InlineData("Ч&#x41A;", "CHK")]
    [InlineData("Ч&#1178;", "CHQ")]
    [InlineData("&CHcy;&Acy;", "CHA")]
    [InlineData("&CHcy;&acy;", "Cha")]
    [InlineData("Ч&Auml;", "CH&Auml;")]
    // Other references are copied as written and do not make a word capitals.
    [InlineData("Ч&amp;Ә", "Ch&amp;Ä")]
    [InlineData("Ч&nbsp;Ш", "Ch&nbsp;Ş")]
    [InlineData("«Я» &#39;Ю&#39;", "«İa» &#39;İu&#39;")]
    // Latin letters after an ampersand or a reference must not make a new reference, nor after '<' a tag.
    [InlineData("&қuot;", "&amp;quot;")]
    [InlineData("&аmp;", "&amp;amp;")]
    [InlineData("&#xе;", "&amp;#xe;")]
    [InlineData("&notин;", "&not;in;")]
    [InlineData("&not ин;", "&not in;")]
    [InlineData("a < b, <Қ", "a < b, &lt;Q")]
    [InlineData("&& &;", "&& &;")]
    public void CharacterReferences_AreReadAsTheParserReadsThem(string text, string latin) =>
        Assert.Equal($"<p lang=\"kk\">{latin}</p>", LatinPageWriter.Transliterate($"<p lang=\"kk\">{text}</p>"));

    [Theory]
    [InlineData("<p>Ч</p><p>Ш</p>", "<p>Ch</p><p>Ş</p>")] // a tag ends a text node: each letter alone
    [InlineData("<p>Ч<!-- x -->А</p>", "<p>Ch<!-- x -->A</p>")] // so does a comment
    [InlineData("<p>ЧА<br>ЩЫ</p>", "<p>CHA<br>ŞŞY</p>")]
    [InlineData("<p>ЮЮ</p>", "<p>İUİU</p>")]
    public void ACapitalsWord_IsReadWithinItsTextNode(string body, string latin) =>
        Assert.Equal($"<html lang=\"kk-Latn\"><body>{latin}</body></html>", LatinPageWriter.Transliterate($"<html lang=\"kk\"><body>{body}</body></html>"));

    [Theory]
    [InlineData("<pre>ъ\nҚ</pre>", "<pre>\n\nQ</pre>")]
    [InlineData("<textarea>Ь\nҚ</textarea>", "<textarea>\n\nQ</textarea>")]
    [InlineData("<pre>\nъҚ</pre>", "<pre>\nQ</pre>")]
    [InlineData("<div>ъ\nҚ</div>", "<div>\nQ</div>")]
    public void ALetterWrittenAsNothing_DoesNotExposeANewlineTheParserWouldDrop(string body, string latin) =>
        Assert.Equal($"<html lang=\"kk-Latn\"><body>{latin}</body></html>", LatinPageWriter.Transliterate($"<html lang=\"kk\"><body>{body}</body></html>"));

    [Fact]
    public void AnUnquotedValueWrittenAsNothing_IsQuoted()
    {
        // alt= followed by a space would take the next attribute as its value.
        Assert.Equal("<img lang=kk alt=\"\" title=x>", LatinPageWriter.Transliterate("<img lang=kk alt=ь title=x>"));
    }

    [Fact]
    public void ThePage_DoesNotDependOnHowItIsSplit()
    {
        var page = Head + "<p title=\"Ч&#1178;\">Ч&#x41A; <b>ЩИ</b> &CHcy;&acy; a < b <!-- Қ --> Я</p><script>\"</scr\" + \"ipt>\"</script><textarea>Я</textarea>𝐀Я" + Tail;
        var whole = LatinPageWriter.Transliterate(page);

        for (var size = 1; size <= 7; size++)
        {
            using var text = new StringWriter();
            using (var writer = new LatinPageWriter(text, leaveOpen: true))
            {
                for (var i = 0; i < page.Length; i += size)
                {
                    writer.Write(page.AsSpan(i, Math.Min(size, page.Length - i)));
                }
            }

            Assert.Equal(whole, text.ToString());
        }
    }

    [Theory]
    [InlineData("<p>Қ", "<p>Q")]
    [InlineData("<p>Қ<", "<p>Q<")] // '<' at the end is text: it joins the text node
    [InlineData("<p>Қ</", "<p>Q</")]
    [InlineData("<p>Қ<span class=", "<p>Q<span class=")]
    [InlineData("<title>Қ</tit", "<title>Q</tit")]
    public void AnUnfinishedPage_IsWrittenToItsEnd(string page, string latin) =>
        Assert.Equal("<html lang=\"kk-Latn\">" + latin, LatinPageWriter.Transliterate("<html lang=\"kk\">" + page));

    [Fact]
    public void Writing_AfterComplete_Throws()
    {
        using var writer = new LatinPageWriter(new StringWriter());
        writer.Write("<p>");
        writer.Complete();

        Assert.Throws<InvalidOperationException>(() => writer.Write("x"));
    }

    [Fact]
    public void ALayout_RendersStraightIntoTheWriter()
    {
        using var temp = new TempDirectory();
        var layouts = temp.Combine("theme", "layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "base.html"), "<!DOCTYPE html>\n<html lang=\"{{ page.lang }}\">\n<body title=\"{{ page.title }}\">{{ content }}</body>\n</html>\n");
        foreach (var name in new[] { "home", "article", "404" })
        {
            File.WriteAllText(Path.Combine(layouts, name + ".html"), "<p>{{ page.title }}</p>");
        }

        var theme = Theme.Load(temp.Combine("theme"), "theme");
        var model = new ScriptObject
        {
            ["page"] = new ScriptObject { ["lang"] = "kk", ["title"] = "Қазақстан" },
            ["content"] = new RawHtml("<p>Шығыс <code>Қ</code></p>"),
        };
        using var page = new StringWriter();
        using (var latin = new LatinPageWriter(page, leaveOpen: true))
        {
            theme.Render("base", model, latin);
        }

        Assert.Equal("<!DOCTYPE html>\n<html lang=\"kk-Latn\">\n<body title=\"Qazaqstan\"><p>Şyğys <code>Қ</code></p></body>\n</html>\n", page.ToString());
        Assert.Equal(LatinPageOracle.TransliteratedDom(theme.Render("base", model)), LatinPageOracle.Dom(page.ToString()));
    }
}
