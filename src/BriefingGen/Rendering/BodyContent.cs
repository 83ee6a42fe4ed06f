using BriefingGen.Markdown;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Rendering;

/// <summary>A body's HTML as one page shows it, its holes filled as the page is written.</summary>
public sealed class BodyContent(BodyHtml body, IBodyLinkContext links) : IUtf8Html
{
    private string? _html;

    public void WriteTo(Utf8Output output) => body.WriteTo(output, links);

    public string Html => _html ??= body.Fill(links);

    public override string ToString() => Html;
}
