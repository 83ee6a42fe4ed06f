using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>A heading with a "#" link to itself after its text, so a reader can copy a link to the section.</summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.TryGetAttributes()?.Id is { } id)
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section\" data-pagefind-ignore>#</a>");
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
