using Markdig.Renderers;

namespace BriefingGen.Markdown;

/// <summary>An HtmlRenderer that carries the page it renders for, so our inline renderers can resolve links.</summary>
public sealed class BodyHtmlRenderer(TextWriter writer, IBodyLinkContext links) : HtmlRenderer(writer)
{
    public IBodyLinkContext Links { get; } = links;
}
