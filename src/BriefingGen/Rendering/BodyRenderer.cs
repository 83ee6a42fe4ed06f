using BriefingGen.Markdown;

namespace BriefingGen.Rendering;

/// <summary>Stage 6: a body's HTML for one page, its links and citation markers as seen from that page.</summary>
public static class BodyRenderer
{
    /// <summary>Null for a body with nothing to show, so a theme can leave out the block that holds it.</summary>
    public static BodyContent? Render(ParsedBody body, IBodyLinkContext links) =>
        body.Html.IsEmpty ? null : new BodyContent(body.Html, links);
}
