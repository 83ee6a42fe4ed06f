using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Markdown;

public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        // The label is plain text, which SmartyPants never sees: its quotes are made typographic as
        // the prose around it is ("Castillo's family" beside "Castillo’s" in the same sentence).
        var label = link.Label is null ? null : Apostrophes.InPlainText(link.Label);
        // Inside an image's alt attribute only text is written: its own label needs no page.
        if (!renderer.EnableHtmlForInline && label is not null)
            renderer.WriteEscape(label);
        else
            ((BodyHtmlRenderer)renderer).Leave(new Hole(renderer.EnableHtmlForInline, link.TargetId, label));
    }

    private sealed record Hole(bool HtmlEnabled, string TargetId, string? Label) : BodyHole(HtmlEnabled)
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
            renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(found.Href).Write("\">")
                    .WriteEscape(Label ?? found.Title).Write("</a>");
        }
    }
}
