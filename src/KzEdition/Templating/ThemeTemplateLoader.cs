using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KzEdition.Templating;

/// <summary>
/// Resolves <c>{{ include "partials/x.html" }}</c> to files of the theme's layouts folder, and
/// refuses names that would leave it.
/// </summary>
internal sealed class ThemeTemplateLoader(string layoutsDirectory) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(layoutsDirectory) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!path.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' points outside the theme's layouts folder");
        }

        return path;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetRelativePath(_root, templatePath)}' not found in the theme's layouts folder");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
