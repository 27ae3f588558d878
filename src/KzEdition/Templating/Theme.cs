using System.Collections.Immutable;
using KzEdition.Engine;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KzEdition.Templating;

/// <summary>
/// A theme folder: Scriban layouts in <c>layouts/</c> (parsed once a build, shared by every page)
/// and static files in <c>assets/</c>. Template errors are reported with file, line and column.
/// </summary>
public sealed class Theme : Engine.Memo.IFingerprinted
{
    /// <summary>The layouts every theme must have.</summary>
    public static readonly ImmutableArray<string> RequiredLayouts = ["base", "home", "article", "404"];

    private readonly string _layoutsDirectory;
    private readonly string _displayDirectory;
    private readonly ImmutableDictionary<string, Template> _templates;

    private readonly Engine.Memo.Fingerprint _fingerprint;

    private Theme(string directory, string displayDirectory, ImmutableDictionary<string, Template> templates, ThemeStrings strings, Engine.Memo.Fingerprint fingerprint)
    {
        _fingerprint = fingerprint;
        Strings = strings;
        Directory = directory;
        _displayDirectory = displayDirectory;
        _layoutsDirectory = Path.Combine(directory, "layouts");
        _templates = templates;
    }

    public string Directory { get; }

    /// <summary>The interface strings (i18n/*.yml), given to layouts as <c>ui</c>.</summary>
    public ThemeStrings Strings { get; }

    public string AssetsDirectory => Path.Combine(Directory, "assets");

    /// <summary>Parses every template of the theme; reports all parse errors at once.</summary>
    public static Theme Load(string directory, string displayDirectory)
    {
        var layouts = Path.Combine(directory, "layouts");
        var display = displayDirectory.TrimEnd('/', '\\');
        if (!System.IO.Directory.Exists(layouts))
        {
            throw new BuildException(Diagnostic.Error("the theme has no layouts/ folder", $"{display}/layouts"));
        }

        var errors = new List<Diagnostic>();
        var strings = ThemeStrings.Load(directory, display, errors);
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);

        // What the theme is: the text of each layout and of each strings file, by name (a render reads nothing else of it).
        var fingerprint = new Engine.Memo.FingerprintBuilder().Add(Path.GetFullPath(directory));
        foreach (var file in Files(Path.Combine(directory, "i18n"), "*.yml"))
        {
            fingerprint.Add(Path.GetFileName(file)).Add(File.ReadAllText(file));
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(layouts, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(layouts, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            fingerprint.Add(relative).Add(text);
            var template = Template.Parse(text, $"{display}/layouts/{relative}");
            errors.AddRange(strings.CheckUses(text, $"{display}/layouts/{relative}"));
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => ToDiagnostic(m.Span, m.Message)));
            }

            templates[Path.GetFullPath(file)] = template;
        }

        errors.AddRange(RequiredLayouts
            .Where(name => !templates.ContainsKey(Path.GetFullPath(Path.Combine(layouts, name + ".html"))))
            .Select(name => Diagnostic.Error($"the theme has no '{name}' layout", $"{display}/layouts/{name}.html")));
        if (errors.Count > 0)
        {
            throw new BuildException(errors);
        }

        return new Theme(directory, display, templates.ToImmutable(), strings, fingerprint.Build());
    }

    public Engine.Memo.Fingerprint GetFingerprint() => _fingerprint;

    private static IEnumerable<string> Files(string folder, string pattern) =>
        System.IO.Directory.Exists(folder) ? System.IO.Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal) : [];

    public bool HasLayout(string name) => _templates.ContainsKey(LayoutPath(name));

    /// <summary>Renders the named layout with the given variables; thread-safe (one context a call).</summary>
    public string Render(string layout, ScriptObject variables) => Write(layout, variables, output: null)!;

    /// <summary>
    /// Renders the named layout into <paramref name="output"/>, with <paramref name="variables"/> as the
    /// templates' global variables as they are (not copied: a page model may watch what is read of it).
    /// </summary>
    public void Render(string layout, ScriptObject variables, IScriptOutput output) => Write(layout, variables, output);

    /// <summary>With an output, writes into it; without, gives the text (Scriban's Render empties its own StringBuilderOutput after reading it).</summary>
    private string? Write(string layout, ScriptObject variables, IScriptOutput? output)
    {
        if (!_templates.TryGetValue(LayoutPath(layout), out var template))
        {
            throw new BuildException(Diagnostic.Error($"the theme has no '{layout}' layout", $"{_displayDirectory}/layouts/{layout}.html"));
        }

        // Escaping by default: a value is written as HTML text unless it is RawHtml.
        var context = new EscapingTemplateContext
        {
            TemplateLoader = new ThemeTemplateLoader(_layoutsDirectory),
            // Scriban's defaults cut output over 1 Mi characters to "..." and stop loops after
            // 1,000 items, silently or not: an edition has long pages and long lists.
            LoopLimit = 0,
            LimitToString = 0,
            RecursiveLimit = 100,
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (path, parsed) in _templates)
        {
            context.CachedTemplates[path] = parsed;
        }

        context.PushGlobal(variables);
        if (output is not null)
        {
            context.PushOutput(output);
        }

        try
        {
            var text = template.Render(context);
            return output is null ? text : null;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new BuildException(ToDiagnostic(ex.Span, ex.OriginalMessage));
        }
    }

    private string LayoutPath(string name) => Path.GetFullPath(Path.Combine(_layoutsDirectory, name + ".html"));

    // Scriban's positions are 0-based; editors count from 1.
    private static Diagnostic ToDiagnostic(SourceSpan span, string message) =>
        Diagnostic.Error($"template error: {message}", span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
