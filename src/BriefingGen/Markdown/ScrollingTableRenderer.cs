using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Markdown;

/// <summary>
/// A table in a box that scrolls sideways when the table is wider than the column. The box, not the
/// table, scrolls: a table set to scroll itself (display: block) stops being a table to some screen
/// readers. A box that scrolls must be reachable by keyboard and named (WCAG 2.1.1; axe's
/// scrollable-region-focusable), so it is a focusable region, "Table 1", "Table 2" in the body's order.
/// </summary>
public sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    /// <summary>Tables written so far in this body: one renderer is set up for each body.</summary>
    private int _tables;

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        AlignByClass(table);
        ScrollingBox.Around(renderer, "table-scroll", "Table", ++_tables, () => base.Write(renderer, table));
    }

    /// <summary>
    /// A column's alignment ("|---:|") as a class on each of its cells ("align-right"), not the inline
    /// style Markdig writes: the pages' Content-Security-Policy allows no inline style, so a browser
    /// dropped the alignment (and logged a violation for every cell).
    /// </summary>
    private static void AlignByClass(Table table)
    {
        var columns = table.ColumnDefinitions;
        if (!columns.Any(c => c.Alignment is not null)) return;
        foreach (var row in table.OfType<TableRow>())
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                // The column Markdig itself would read the alignment from.
                var column = Math.Min(cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex, columns.Count - 1);
                if (columns[column].Alignment is { } alignment) cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
            }
        foreach (var column in columns) column.Alignment = null;
    }
}
