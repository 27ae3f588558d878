using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KzEdition.Templating;

/// <summary>
/// Scriban's <c>include</c>, its result marked <see cref="RawHtml"/>: a partial's output is markup
/// its own values were escaped in, and must not be escaped again where it is placed.
/// </summary>
internal sealed class RawIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Marked(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Marked(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Marked(object? result) => result is string text ? RawHtml.From(text) : result;
}
