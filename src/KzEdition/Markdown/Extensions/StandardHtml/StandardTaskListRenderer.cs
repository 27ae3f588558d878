using KzEdition.Markdown.Rendering;
using Markdig.Extensions.TaskLists;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Task-list boxes: <c>&lt;input&gt;</c>, a void element written without Markdig's " /".</summary>
public sealed class StandardTaskListRenderer : EditionObjectRenderer<TaskList>
{
    protected override void Write(EditionHtmlRenderer renderer, TaskList obj)
    {
        renderer.WriteStartTag("input");
        renderer.WriteAttributesOf(obj);
        renderer.WriteAttribute("disabled", "disabled");
        renderer.WriteAttribute("type", "checkbox");
        if (obj.Checked)
        {
            renderer.WriteAttribute("checked", "checked");
        }

        renderer.Write('>');
    }
}
