using System.Globalization;
using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Tables;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Tables as Markdig's <c>HtmlTableRenderer</c> writes them. Column widths (grid tables) come out
/// as the HTML parser files Markdig's bare <c>&lt;col&gt;</c>s: inside a <c>&lt;colgroup&gt;</c> it
/// opens for them (HTML § 13.2.6.4.9, "in table": a <c>col</c> start tag), closed by what follows.
/// </summary>
public sealed class StandardTableRenderer : EditionObjectRenderer<Table>
{
    protected override void Write(EditionHtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("table");
        renderer.WriteAttributesOf(table);
        renderer.WriteLine('>');
        if (table.ColumnDefinitions.Any(c => c.Width != 0.0f && c.Width != 1.0f))
        {
            renderer.Write("<colgroup>");
            foreach (var column in table.ColumnDefinitions)
            {
                var width = Math.Round(column.Width * 100) / 100;
                renderer.Write(string.Format(CultureInfo.InvariantCulture, "<col style=\"width:{0:0.##}%\">", width));
                renderer.WriteLine();
            }

            renderer.Write("</colgroup>");
        }

        var hasBody = false;
        var hasHeader = false;
        var headerOpen = false;
        foreach (var rowObject in table)
        {
            var row = (TableRow)rowObject;
            if (row.IsHeader)
            {
                // One thead only.
                if (!hasHeader)
                {
                    renderer.WriteLine("<thead>");
                    headerOpen = true;
                }

                hasHeader = true;
            }
            else if (!hasBody)
            {
                if (headerOpen)
                {
                    renderer.WriteLine("</thead>");
                    headerOpen = false;
                }

                renderer.WriteLine("<tbody>");
                hasBody = true;
            }

            renderer.WriteStartTag("tr");
            renderer.WriteAttributesOf(row);
            renderer.WriteLine('>');
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                renderer.EnsureLine();
                renderer.WriteStartTag(row.IsHeader ? "th" : "td");
                if (cell.ColumnSpan != 1)
                {
                    renderer.WriteAttribute("colspan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
                }

                if (cell.RowSpan != 1)
                {
                    renderer.WriteAttribute("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture));
                }

                if (table.ColumnDefinitions.Count > 0)
                {
                    var columnIndex = cell.ColumnIndex < 0 || cell.ColumnIndex >= table.ColumnDefinitions.Count ? i : cell.ColumnIndex;
                    columnIndex = columnIndex >= table.ColumnDefinitions.Count ? table.ColumnDefinitions.Count - 1 : columnIndex;
                    switch (table.ColumnDefinitions[columnIndex].Alignment)
                    {
                        case TableColumnAlign.Center:
                            renderer.WriteAttribute("style", "text-align: center;");
                            break;
                        case TableColumnAlign.Right:
                            renderer.WriteAttribute("style", "text-align: right;");
                            break;
                        case TableColumnAlign.Left:
                            renderer.WriteAttribute("style", "text-align: left;");
                            break;
                        default:
                            break;
                    }
                }

                renderer.WriteAttributesOf(cell);
                renderer.Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                if (cell.Count == 1)
                {
                    renderer.ImplicitParagraph = true;
                }

                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            }

            renderer.WriteLine("</tr>");
        }

        if (hasBody)
        {
            renderer.WriteLine("</tbody>");
        }
        else if (headerOpen)
        {
            renderer.WriteLine("</thead>");
        }

        renderer.WriteLine("</table>");
    }
}
