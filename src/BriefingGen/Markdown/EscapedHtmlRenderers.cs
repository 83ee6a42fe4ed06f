using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>Raw HTML in a body is shown as the text that was written, never passed to the browser.</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.Write("<pre class=\"raw-html\"><code>");
        renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true);
        renderer.Write("</code></pre>");
        renderer.EnsureLine();
    }
}

public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (renderer.EnableHtmlForInline) renderer.Write("<code class=\"raw-html\">").WriteEscape(inline.Tag).Write("</code>");
        else renderer.WriteEscape(inline.Tag);
    }
}
