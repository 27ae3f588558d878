using KzEdition.Text;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// The <c>print</c> built-in of templates: the print edition's typography for text a template
/// writes itself (a citation, an abstract, the authors), as the print rendering of article bodies
/// gives it to theirs (<see cref="PrintTypography"/>). <c>print.spaces</c> puts in the no-break
/// spaces (after initials, № and §, before a spaced dash); <c>print.typeset</c> also the soft
/// hyphens of justified text. The web pages do not use them.
/// </summary>
internal sealed class PrintFunctions : ScriptObject
{
    public PrintFunctions()
    {
        SetValue("spaces", DelegateCustomFunction.CreateFunc<string?, string?>(text => text is null ? null : PrintTypography.Spaces(text)), readOnly: true);
        SetValue("typeset", DelegateCustomFunction.CreateFunc<string?, string?>(text => text is null ? null : PrintTypography.Apply(text)), readOnly: true);
    }
}
