using BriefingGen.Markdown;

namespace BriefingGen.Rendering;

/// <summary>Stage 6: a body's HTML for one page, its links and citation markers as seen from that page.</summary>
public static class BodyRenderer
{
    /// <summary>Null for a body with nothing to show, so a theme can leave out the block that holds it.</summary>
    /// <param name="siteDirection">The site's "ltr" or "rtl" (<see cref="Model.SiteConfig.Direction"/>), which a body whose letters all run the other way is marked against.</param>
    public static BodyContent? Render(ParsedBody body, IBodyLinkContext links, string siteDirection) =>
        body.Html.IsEmpty ? null : new BodyContent(body.Html, links, body.Direction is { } own && own != siteDirection ? own : null);
}
