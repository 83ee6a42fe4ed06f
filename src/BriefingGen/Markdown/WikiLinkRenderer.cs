using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Markdown;

public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        // Inside an image's alt attribute only text is written: its own label needs no page.
        if (!renderer.EnableHtmlForInline && link.Label is { } label)
            renderer.WriteEscape(label);
        else
            ((BodyHtmlRenderer)renderer).Leave(new Hole(renderer.EnableHtmlForInline, link.TargetId, link.Label, link.Fragment));
    }

    private sealed record Hole(bool HtmlEnabled, string TargetId, string? Label, string? Fragment) : BodyHole(HtmlEnabled)
    {
        public override void Write(HtmlRenderer renderer, IBodyLinkContext links)
        {
            var target = links.Resolve(TargetId);
            if (!HtmlEnabled)
            {
                renderer.WriteEscape(Label ?? target?.Title ?? TargetId);
                return;
            }
            if (target is not { } found)
            {
                // Only reachable for drafts left out of the build; unknown ids fail the build first.
                renderer.Write("<span class=\"unlinked\">").WriteEscape(Label ?? TargetId).Write("</span>");
                return;
            }
            renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(Fragment is null ? found.Href : found.Href + "#" + Fragment).Write("\">")
                    .WriteEscape(Label ?? found.Title).Write("</a>");
        }
    }
}
