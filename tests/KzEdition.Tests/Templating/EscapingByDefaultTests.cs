using KzEdition.Templating;
using KzEdition.Tests.Support;
using Scriban.Runtime;

namespace KzEdition.Tests.Templating;

/// <summary>
/// The theme's output escapes every value unless it is <see cref="RawHtml"/> (issue 19, items 2–3):
/// a template that forgets to escape a title, a file name or a slug still writes no markup from it.
/// </summary>
public sealed class EscapingByDefaultTests : IDisposable
{
    private const string Hostile = "005_<img src=x onerror=alert(1)>\"'&.txt";
    private const string HostileEscaped = "005_&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;.txt";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AValueFromTheModel_IsEscapedInTextAndInAQuotedAttribute()
    {
        var html = Render("<code>{{ v }}</code><a lang=\"{{ v }}\" title='{{ v }}'></a>", ("v", Hostile));

        Assert.Equal($"<code>{HostileEscaped}</code><a lang=\"{HostileEscaped}\" title='{HostileEscaped}'></a>", html);
    }

    [Fact]
    public void ValuesInsideArraysJoinedAndStringFunctions_AreEscaped_AsTheyAreWritten()
    {
        var html = Render("{{ list | array.join \", \" }}|{{ v | string.replace \"005\" \"006\" }}|{{ \"<b>\" + v }}", ("list", new ScriptArray { "<i>", "&" }), ("v", "<x>"));

        Assert.Equal("&lt;i&gt;, &amp;|&lt;x&gt;|&lt;b&gt;&lt;x&gt;", html);
    }

    [Fact]
    public void RawHtml_IsWrittenAsItIs()
    {
        Assert.Equal("<div><p>мәтін</p></div>", Render("<div>{{ body }}</div>", ("body", new RawHtml("<p>мәтін</p>"))));
    }

    [Fact]
    public void HtmlEscape_EscapesOnce_NotAgainWhenWritten()
    {
        Assert.Equal("&lt;b&gt; &amp;", Render("{{ v | html.escape }}", ("v", "<b> &")));
    }

    [Fact]
    public void HtmlRaw_WritesMarkupATemplatePutTogetherFromEscapedParts()
    {
        var html = Render("{{ (\"<span>\" + (v | html.escape) + \"</span>\") | html.raw }}", ("v", "<script>"));

        Assert.Equal("<span>&lt;script&gt;</span>", html);
    }

    [Fact]
    public void HtmlJson_WritesAJsonStringThatCannotEndItsScriptElement_AndReadsBackAsTheText()
    {
        const string Text = "Іздеу </script><b>\"'&\\ сәтсіз";

        var html = Render("<script type=\"application/json\">{\"failed\": {{ v | html.json }}}</script>", ("v", Text));

        var json = html["<script type=\"application/json\">".Length..^"</script>".Length];
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"failed\": \"Іздеу ", json, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Text, parsed.RootElement.GetProperty("failed").GetString());
    }

    [Fact]
    public void AnIncludedPartial_IsPlacedAsMarkup_ItsOwnValuesEscaped()
    {
        var html = Render("<li>{{ include 'partials/item.html' }}</li>", [("partials/item.html", "<b>{{ v }}</b>")], ("v", "<img onerror=x>"));

        Assert.Equal("<li><b>&lt;img onerror=x&gt;</b></li>", html);
    }

    [Fact]
    public void TheTemplatesOwnText_IsNotEscaped()
    {
        Assert.Equal("<p class=\"a\">&nbsp;'x'</p>", Render("<p class=\"a\">&nbsp;'x'</p>"));
    }

    [Fact]
    public void NullAndNumbers_AreWrittenAsBefore()
    {
        Assert.Equal("[]3|true", Render("[{{ nothing }}]{{ n }}|{{ b }}", ("nothing", null), ("n", 3), ("b", true)));
    }

    private string Render(string home, params (string Name, object? Value)[] values) => Render(home, [], values);

    private string Render(string home, (string Name, string Text)[] partials, params (string Name, object? Value)[] values)
    {
        var theme = _temp.Combine("theme");
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["base.html"] = "{{ content }}",
            ["home.html"] = home,
            ["article.html"] = "",
            ["404.html"] = "",
        };
        foreach (var (name, text) in partials)
        {
            files[name] = text;
        }

        foreach (var (name, text) in files)
        {
            var path = Path.Combine(theme, "layouts", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var model = new ScriptObject();
        foreach (var (name, value) in values)
        {
            model[name] = value;
        }

        return Theme.Load(theme, "theme").Render("home", model);
    }
}
