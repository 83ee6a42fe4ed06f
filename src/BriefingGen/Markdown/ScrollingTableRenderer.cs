using Markdig.Extensions.Tables;
using Markdig.Renderers;

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

    protected override void Write(HtmlRenderer renderer, Table table) =>
        ScrollingBox.Around(renderer, "table-scroll", "Table", ++_tables, () => base.Write(renderer, table));
}
