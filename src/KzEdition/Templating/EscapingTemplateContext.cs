using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// A Scriban context whose output escapes by default: every value a <c>{{ … }}</c> writes is
/// HTML-escaped (<see cref="HtmlText.Escape"/>) unless it is a <see cref="RawHtml"/>, so a template
/// cannot forget to escape a title, a file name or a slug. The template's own text is not touched
/// (Scriban writes it through <see cref="TemplateContext.Write(string)"/>, not through the value
/// path overridden here).
/// </summary>
/// <remarks>
/// Three built-ins change to fit: <c>include</c> gives its partial's output as <see cref="RawHtml"/>
/// (it is markup, already escaped as it was rendered); <c>html.escape</c> gives <see cref="RawHtml"/>
/// (escaped once, not again when written); <c>html.raw</c> marks markup a template put together
/// from escaped parts (as the note partial does with a sentence of the interface around a quotation);
/// and <c>html.json</c> writes a JSON string literal safe inside a <c>&lt;script&gt;</c> element.
/// One is added: <c>print</c> (<see cref="PrintFunctions"/>), the print edition's typography.
/// </remarks>
internal sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>A context over the <see cref="SharedBuiltins"/>.</summary>
    public EscapingTemplateContext()
        : base(SharedBuiltins)
    {
    }

    /// <summary>
    /// Scriban's built-ins with the changes above, made read-only, so that one object serves every
    /// render of every theme on every thread. Scriban's own default gives each context a deep copy of all its
    /// built-ins (about 40 µs and 12 KB a render, and a framed page is two renders); the copy lets a
    /// template change a built-in for its own render, which no layout here does. A template that
    /// tries to now gets an error naming its line (<see cref="Theme"/>), not a change that other
    /// pages rendered at the same moment would see.
    /// </summary>
    private static readonly ScriptObject SharedBuiltins = MakeSharedBuiltins();

    private static ScriptObject MakeSharedBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new RawIncludeFunction(include), readOnly: true);
        }

        var html = new HtmlFunctions();
        html.SetValue("escape", DelegateCustomFunction.CreateFunc<string?, RawHtml>(text => new RawHtml(HtmlText.Escape(text))), readOnly: true);
        html.SetValue("raw", DelegateCustomFunction.CreateFunc<string?, RawHtml>(RawHtml.From), readOnly: true);
        html.SetValue("json", DelegateCustomFunction.CreateFunc<string?, RawHtml>(text => new RawHtml(HtmlText.JsonString(text))), readOnly: true);
        builtins.SetValue("html", html, readOnly: true);
        builtins.SetValue("print", new PrintFunctions(), readOnly: true);
        foreach (var name in builtins.Keys.ToList())
        {
            builtins.SetReadOnly(name, true);
            if (builtins[name] is ScriptObject group)
            {
                group.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>Where a render that gives its text as a string writes it; kept with the context.</summary>
    public RenderBuffer Buffer { get; } = new();

    /// <summary>
    /// Makes the context ready for another render after one that finished (Scriban's
    /// <see cref="TemplateContext.Reset"/>: the pushed outputs and globals popped, the output
    /// counted from nothing again), with its buffer emptied and the theme's parsed layouts filed
    /// again, which Reset forgets. A context whose render threw is not reused: its stacks may be
    /// left part-way.
    /// </summary>
    public void Recycle(IEnumerable<KeyValuePair<string, Template>> templates)
    {
        Reset();
        Buffer.Clear();
        foreach (var (path, template) in templates)
        {
            CachedTemplates[path] = template;
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escaped(textAsObject)!);

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escaped(textAsObject)!);

    // Null stays null: Scriban writes nothing for it.
    private string? Escaped(object? value) => value switch
    {
        null => null,
        RawHtml raw => raw.Html,
        _ => HtmlText.Escape(ObjectToString(value)),
    };
}
