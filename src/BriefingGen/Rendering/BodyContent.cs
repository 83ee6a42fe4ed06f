using BriefingGen.Markdown;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Rendering;

/// <summary>A body's HTML as one page shows it, its holes filled as the page is written.</summary>
public sealed class BodyContent(BodyHtml body, IBodyLinkContext links, string? direction) : IUtf8Html
{
    /// <summary>"ltr" or "rtl" for a body all of whose letters run against the site's direction, for the theme's dir attribute; null otherwise.</summary>
    public string? Direction => direction;

    private string? _html;

    public void WriteTo(Utf8Output output) => body.WriteTo(output, links);

    public string Html => _html ??= body.Fill(links);

    public override string ToString() => Html;
}
