using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;
using KzEdition.Tests.Markdown.Oracles;
using Markdig;

namespace KzEdition.Tests.Markdown;

/// <summary>
/// Bodies rendered from the syntax tree against the AngleSharp chain they replace
/// (<see cref="OracleBody"/>), on Markdown that reaches the corners of serialization and linking.
/// </summary>
public sealed class ArticleBodyOracleTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public static TheoryData<string> Corners() =>
    [
        "Қазақстан мен НАТО-ның \"ынтымақтастығы\" & <b> \u00A0 [1] туралы.\n\nЕкінші абзац [2, 18-19 б.] және /3/, /4, 5/.",
        "# НАТО-ның тарихы\n\nНАТО-ның Бас хатшысы [1] Астанада.\n\n## Астана\n\nАстанадағы НАТО-мен [5].",
        "Мәтін *екпін НАТО* және **НАТО-ның** `НАТО [1]` [НАТО](https://www.nato.int \"НАТО \\\"сайты\\\"\") <https://nato.int?a=1&b=2> www.nato.int.",
        "Жол  \nжаңа жол [1]\nжұмсақ [2\n] &#91;3&#93; &amp; &nbsp; &quot;x&quot; &copy;",
        "- НАТО [1]\n- ЕО-ның /2/\n  - Астана\n\n1. бір\n2. екі\n\n3. үш\n\n   Астанада",
        "> Дәйексөз НАТО [1]\n>\n> екінші\n\n---\n\nСоңы.",
        "::: table\n**1 кесте.** НАТО [1]\n\n|  |  |\n|---|---|\n| Астана [2] | 1994 |\n| ЕҚЫҰ-ның | \"x\" & <y> |\n:::\n\nМәтін.",
        "    код \"x\" <y>\n\n```cs\nvar a = \"b\";\n```\n\nМәтін [1].",
        "[1 ашық жақша НАТО және [2] жабық\n\n[a [1] b",
        "Суреті ![НАТО \"a\" *b*](img.png \"т\") және [сілтеме]() және [#](#) [ішкі](#ref-1).",
        "Н.Ә. Назарбаевтың Орталық Азиядағы саясаты; Назарбаевым; Еуропалық Одақ (ЕО).",
        "Setext\n======\n\nМәтін\nБ\n---\n",
        "Мәтін ~~сызылған~~ ~төмен~ ^жоғары^ ==белгі== ++қосылған++ \"\"дәйек\"\"",
        "*[ЕҚЫҰ]: Еуропадағы \"қауіпсіздік\"\n\nЕҚЫҰ-ның мүшесі [1].",
        "Сілтеме[^1] және НАТО.\n\n[^1]: Ескерту [2] НАТО.",
        "$x^2$ және НАТО\n\n$$\nНАТО [1]\n$$\n",
        "- [ ] міндет НАТО\n- [x] орындалды",
        "Тақырып {#арнайы .класс data-X=1}\n\n# Тақырып {#h .c}\n",
        "\\[1\\] және \\/2\\/ және a/3/ және /4/b және //5//",
        "НАТО-ның\u00A0саясаты «НАТО» (НАТО) — НАТО.",
        "",
        "Жалғыз абзац",
        "Термин [1]\n: анықтама \"x\" НАТО\n\nТермин 2\n: бірінші\n\n: екінші\n\n- тізім\n : Астана [2]\nб.\n\nСоңы",
        "^^^ Сурет \"НАТО\" [1]\n\n![a](b.png)\n^^^ Астана\n\n^^ Төменгі \"x\" [1]\n^^ НАТО",
        "> [!NOTE]\n> Ескерту НАТО [1]\n\n> [!WARNING]\n> абзац\n>\n> екінші",
        "+---+-----+\n| a | НАТО [1] |\n+===+=====+\n| 1 | \"2\" |\n+---+-----+\n\n| a | b |\n|:-|-:|\n| x | y |",
        "Мәтін ::НАТО [1] \"x\"::{.c} және {#id}",
        "```mermaid\ngraph НАТО [1] --> \"Астана\"\n```\n\n``` cs {#cid .x}\nvar a = \"b\" & c;\n```",
        "3. үш\n4. төрт\n\na. альфа\nb. бета\n\n- > дәйек [1]\n  > екінші",
        "Бірінші[^1] және екінші[^note].\n\n[^1]: Ескерту [2] \"x\".\n[^note]: Екінші\n\n    код ішінде",
        "Тақырып\n: анықтама\n\n## Бөлім {#b .c data-x=\"a<b\"}\n\nАбзац {.cls}",
        "<mail@nato.int> және <https://қазақ.kz/жол?a=б&c> және https://www.nato.int/a_b және www.nato.int.",
        "| a | b |\n|---|---|\n| ![x](y) [2] | `[1]` |\n\n* a\n\n  b\n* c",
    ];

    [Theory]
    [MemberData(nameof(Corners))]
    public void SiteBody_EqualsTheAngleSharpChain(string markdown)
    {
        foreach (var facts in new CitationFacts?[] { null, new(0, false), new(3, false), new(0, true), new(2, true) })
        {
            var expected = OracleBody.Of(markdown, Pipeline, facts);
            var body = ArticleBody.Parse(markdown, Pipeline, facts);

            Assert.Equal(expected.Html, body.RenderHtml(BodyRenderOptions.Plain));
            Assert.Equal(expected.Site(TestIndex.Index, "../../", "kk"), body.RenderHtml(BodyRenderOptions.Site(TestIndex.Index, "../../", "kk")));
            Assert.Equal(expected.Print("a-maqala"), body.RenderHtml(BodyRenderOptions.Print("a-maqala")));
            Assert.Equal(expected.Paragraphs, body.Paragraphs);
        }
    }
}
