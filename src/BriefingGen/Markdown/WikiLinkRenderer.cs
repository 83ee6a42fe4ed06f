using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Markdown;

public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var target = ((BodyHtmlRenderer)renderer).Links.Resolve(link.TargetId);
        // Inside an image's alt attribute only text may be written.
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(link.Label ?? target?.Title ?? link.TargetId);
            return;
        }
        if (target is not { } found)
        {
            // Only reachable for drafts left out of the build; unknown ids fail the build first.
            renderer.Write("<span class=\"unlinked\">").WriteEscape(link.Label ?? link.TargetId).Write("</span>");
            return;
        }
        renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(found.Href).Write("\">")
                .WriteEscape(link.Label ?? found.Title).Write("</a>");
    }
}
