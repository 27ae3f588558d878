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
public sealed class Theme
{
    /// <summary>The layouts every theme must have.</summary>
    public static readonly ImmutableArray<string> RequiredLayouts = ["base", "home", "article", "404"];

    private readonly string _layoutsDirectory;
    private readonly string _displayDirectory;
    private readonly ImmutableDictionary<string, Template> _templates;

    private Theme(string directory, string displayDirectory, ImmutableDictionary<string, Template> templates, ThemeStrings strings)
    {
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
        foreach (var file in System.IO.Directory.EnumerateFiles(layouts, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(layouts, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
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

        return new Theme(directory, display, templates.ToImmutable(), strings);
    }

    public bool HasLayout(string name) => _templates.ContainsKey(LayoutPath(name));

    /// <summary>Renders the named layout with the given variables; thread-safe (one context a call).</summary>
    public string Render(string layout, ScriptObject model)
    {
        if (!_templates.TryGetValue(LayoutPath(layout), out var template))
        {
            throw new BuildException(Diagnostic.Error($"the theme has no '{layout}' layout", $"{_displayDirectory}/layouts/{layout}.html"));
        }

        var context = new TemplateContext
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

        var globals = new ScriptObject();
        globals.Import(model);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
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
