using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>
/// A code block in a box that scrolls sideways, as tables are (<see cref="ScrollingTableRenderer"/>):
/// a line of code is not wrapped, so a long one scrolls, and a box that scrolls must be reachable by
/// keyboard and named (WCAG 2.1.1; axe's scrollable-region-focusable): "Code 1", "Code 2" in the body's order.
/// </summary>
public sealed class ScrollingCodeRenderer : CodeBlockRenderer
{
    /// <summary>Code blocks written so far in this body: one renderer is set up for each body.</summary>
    private int _blocks;

    protected override void Write(HtmlRenderer renderer, CodeBlock code)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, code);
            return;
        }
        ScrollingBox.Around(renderer, "code-scroll", "Code", ++_blocks, () => base.Write(renderer, code));
    }
}
