using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>
/// A heading with a "#" link to itself after its text, so a reader can copy a link to the section.
/// The link sits beside the heading, not in it, with the two in one wrapper: inside, the link's
/// words became part of the heading's name ("Background Link to this section"), which a screen
/// reader announces at every heading. The link is named by the heading it points to.
/// </summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        var id = heading.TryGetAttributes()?.Id;
        renderer.EnsureLine();
        // The wrapper carries the level, for a theme to size and space it without :has().
        if (id is not null) renderer.Write("<div class=\"heading heading-").Write(tag[1]).Write("\">");
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).Write('>');
        if (id is not null)
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-labelledby=\"").WriteEscape(id).Write("\" data-pagefind-ignore>#</a></div>");
        renderer.WriteLine();
    }
}
