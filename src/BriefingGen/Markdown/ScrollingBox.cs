using Markdig.Renderers;

namespace BriefingGen.Markdown;

/// <summary>A box that scrolls sideways, focusable and named ("Table 2", "Code 1") as WCAG 2.1.1 asks of one, around what writeInside writes.</summary>
internal static class ScrollingBox
{
    public static void Around(HtmlRenderer renderer, string boxClass, string name, int number, Action writeInside)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"").Write(boxClass).Write("\" role=\"region\" tabindex=\"0\" aria-label=\"").Write(name).Write(' ')
            .Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
        writeInside();
        renderer.WriteLine("</div>");
    }
}
