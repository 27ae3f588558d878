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

    /// <summary>Contexts whose render finished, ready for the next (<see cref="RentContext"/>); a render takes one, so renders on many threads share none.</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<EscapingTemplateContext> _contexts = [];

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
    public static Theme Load(string directory, string displayDirectory) => Load(directory, displayDirectory, fallback: null);

    /// <summary>
    /// Parses every template of the theme; reports all parse errors at once. With a
    /// <paramref name="fallback"/> (the built-in theme), a layout or a string this theme lacks is
    /// taken from it, with a warning naming what was lacking (<see cref="Warnings"/>), instead of
    /// refusing the theme: an ejected theme stays usable when KzEdition later adds a layout.
    /// </summary>
    public static Theme Load(string directory, string displayDirectory, Theme? fallback)
    {
        var layouts = Path.Combine(directory, "layouts");
        var display = displayDirectory.TrimEnd('/', '\\');
        var warnings = new List<Diagnostic>();
        if (!System.IO.Directory.Exists(layouts))
        {
            if (fallback is null)
            {
                throw new BuildException(Diagnostic.Error("the theme has no layouts/ folder", $"{display}/layouts"));
            }

            warnings.Add(Diagnostic.Warning("the theme has no layouts/ folder; the built-in layouts are used", $"{display}/layouts"));
        }

        var errors = new List<Diagnostic>();
        var strings = ThemeStrings.Load(directory, display, errors, fallback?.Strings, warnings);
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);

        // What the theme is: the text of each layout and of each strings file, by name (a render reads nothing else of it).
        var fingerprint = new Engine.Memo.FingerprintBuilder().Add(Path.GetFullPath(directory));
        foreach (var file in Files(Path.Combine(directory, "i18n"), "*.yml"))
        {
            fingerprint.Add(Path.GetFileName(file)).Add(File.ReadAllText(file));
        }

        IEnumerable<string> own = System.IO.Directory.Exists(layouts) ? System.IO.Directory.EnumerateFiles(layouts, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];
        foreach (var file in own)
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

        if (fallback is not null)
        {
            // The built-in layout is filed under this theme's path of it, so that a layout or an
            // include of this theme finds it as if it were here (Scriban looks in the cache first).
            foreach (var (relative, template) in fallback.Layouts)
            {
                var path = Path.GetFullPath(Path.Combine(layouts, relative));
                if (templates.TryAdd(path, template))
                {
                    fingerprint.Add("built-in " + relative).Add(fallback.GetFingerprint().ToString());
                    warnings.Add(Diagnostic.Warning($"the theme has no layout '{relative}'; the built-in one is used", $"{display}/layouts/{relative}"));
                }
            }
        }

        errors.AddRange(RequiredLayouts
            .Where(name => !templates.ContainsKey(Path.GetFullPath(Path.Combine(layouts, name + ".html"))))
            .Select(name => Diagnostic.Error($"the theme has no '{name}' layout", $"{display}/layouts/{name}.html")));
        if (errors.Count > 0)
        {
            throw new BuildException(errors);
        }

        return new Theme(directory, display, templates.ToImmutable(), strings, fingerprint.Build()) { Warnings = [.. warnings] };
    }

    /// <summary>What the theme lacked and took from the built-in one: a warning for each, for the build to report.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; private init; } = [];

    /// <summary>Every layout by its path under <c>layouts/</c> (<c>partials/footer.html</c>), in order.</summary>
    internal IEnumerable<(string Relative, Template Template)> Layouts =>
        _templates
            .Select(t => (Relative: Path.GetRelativePath(_layoutsDirectory, t.Key).Replace('\\', '/'), t.Value))
            .OrderBy(t => t.Relative, StringComparer.Ordinal);

    public Engine.Memo.Fingerprint GetFingerprint() => _fingerprint;

    private static IEnumerable<string> Files(string folder, string pattern) =>
        System.IO.Directory.Exists(folder) ? System.IO.Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal) : [];

    public bool HasLayout(string name) => _templates.ContainsKey(LayoutPath(name));

    /// <summary>A layout's file as messages name it (under the theme's folder as given): <c>theme/layouts/print.html</c>.</summary>
    public string LayoutFile(string name) => Path.Combine(Directory, "layouts", name + ".html");

    /// <summary>
    /// Whether the named layout itself (not what it includes) reads a member of this name of any
    /// value (<c>entry.html</c>): a page's entries are rendered as fragments of their own only for a
    /// layout that shows them so. A layout of an older theme that includes the entry's partial itself
    /// is rendered whole, as it was, with the variables it sets and its loop's.
    /// </summary>
    public bool ReadsMember(string layout, string member) =>
        _templates.TryGetValue(LayoutPath(layout), out var template) && ReadsMember(template.Page, member);

    private static bool ReadsMember(Scriban.Syntax.ScriptNode? node, string member)
    {
        if (node is null)
        {
            return false;
        }

        if (node is Scriban.Syntax.ScriptMemberExpression { Member.Name: var name } && name == member)
        {
            return true;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (ReadsMember(node.GetChildren(i), member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Renders the named layout with the given variables; thread-safe (one context a render at a time).</summary>
    public string Render(string layout, ScriptObject variables) => Write(layout, variables, output: null)!;

    /// <summary>
    /// Renders the named layout into <paramref name="output"/>, with <paramref name="variables"/> as the
    /// templates' global variables as they are (not copied: a page model may watch what is read of it).
    /// </summary>
    public void Render(string layout, ScriptObject variables, IScriptOutput output) => Write(layout, variables, output);

    /// <summary>With an output, writes into it; without, gives the text (written into the context's <see cref="RenderBuffer"/>).</summary>
    private string? Write(string layout, ScriptObject variables, IScriptOutput? output)
    {
        if (!_templates.TryGetValue(LayoutPath(layout), out var template))
        {
            throw new BuildException(Diagnostic.Error($"the theme has no '{layout}' layout", $"{_displayDirectory}/layouts/{layout}.html"));
        }

        var context = RentContext();
        context.PushGlobal(variables);
        context.PushOutput(output ?? context.Buffer);
        try
        {
            // Render gives the text of the output on top: the buffer's, or, for a writer, nothing used.
            var text = template.Render(context);
            context.Recycle(_templates);
            _contexts.Add(context);
            return output is null ? text : null;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new BuildException(ToDiagnostic(ex.Span, ex.OriginalMessage));
        }
        catch (InvalidOperationException ex) when (ThrownByScriban(ex))
        {
            // Scriban's read-only objects (the shared built-ins) refuse a new member this way, with no position.
            throw new BuildException(ToDiagnostic(context.CurrentSpan, $"{ex.Message}: the built-in functions cannot be changed"));
        }
    }

    /// <summary>
    /// A context for one render, made anew or one a finished render gave back. A context costs
    /// about 20 KB to make (Scriban gives each its stacks and an argument array for every arity)
    /// and two are made for every framed page; reusing them, with their buffers, takes most of
    /// the garbage a page's rendering made.
    /// </summary>
    private EscapingTemplateContext RentContext()
    {
        if (_contexts.TryTake(out var reused))
        {
            return reused;
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

        return context;
    }

    /// <summary>
    /// Whether Scriban itself threw: its innermost frame is Scriban's. Read from the stack trace's
    /// text, not from <see cref="Exception.TargetSite"/>, whose metadata the native build may lack.
    /// </summary>
    private static bool ThrownByScriban(Exception ex) =>
        ex.StackTrace is { } trace && trace.TrimStart().StartsWith("at Scriban.", StringComparison.Ordinal);

    private string LayoutPath(string name) => Path.GetFullPath(Path.Combine(_layoutsDirectory, name + ".html"));

    // Scriban's positions are 0-based; editors count from 1.
    private static Diagnostic ToDiagnostic(SourceSpan span, string message) =>
        Diagnostic.Error($"template error: {message}", span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
