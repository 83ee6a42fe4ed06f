using BriefingGen.Markdown;

namespace BriefingGen.Rendering;

/// <summary>Stage 6: a body's HTML for one page, its links and citation markers as seen from that page.</summary>
public static class BodyRenderer
{
    public static TrustedHtml Render(ParsedBody body, IBodyLinkContext links) =>
        body.Html.IsEmpty ? TrustedHtml.Empty : new TrustedHtml(body.Html.Fill(links));
}
