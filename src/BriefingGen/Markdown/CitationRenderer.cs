using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Markdown;

/// <summary>
/// Renders [@a; @b] as one superscript with a numbered link per source to its reference entry,
/// numbers ascending whatever order they were written in ("[1, 2]", never "[2, 1]"), each once
/// ("[@a, p. 4; @a, p. 9]" is "[1]").
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.Items.Count == 0)
            renderer.WriteEscape(citation.Written);
        else
            ((BodyHtmlRenderer)renderer).Leave(new Hole(renderer.EnableHtmlForInline, [.. citation.Items.Select(i => i.Index)]));
    }

    /// <summary>The numbers are the page's: the order its citations first name each source.</summary>
    private sealed record Hole(bool HtmlEnabled, int[] Indexes) : BodyHole(HtmlEnabled)
    {
        public override void Write(HtmlRenderer renderer, IBodyLinkContext links)
        {
            // Sorted, a source cited twice in one marker has its uses side by side.
            var markers = Indexes.Select(links.Marker).OrderBy(m => m.Number).ToList();
            if (!HtmlEnabled)
            {
                // Inside an image's alt attribute: the numbers as text.
                renderer.Write("[").Write(string.Join(", ", markers.Select(m => m.Number).Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture)))).Write("]");
                return;
            }
            // A search excerpt reads "Castillo [1]" as "Castillo [ 1]": the number is no word of the text.
            renderer.Write("<sup class=\"citation\" data-pagefind-ignore>[");
            for (var i = 0; i < markers.Count; i++)
            {
                var marker = markers[i];
                if (i > 0 && marker.Number == markers[i - 1].Number)
                {
                    // The source's other uses here keep their entries in the reference list; their back-links land on its number.
                    renderer.Write("<span id=\"").WriteEscape(marker.AnchorId).Write("\"></span>");
                    continue;
                }
                if (i > 0) renderer.Write(", ");
                var number = marker.Number.ToString(CultureInfo.InvariantCulture);
                renderer.Write("<a href=\"#ref-").WriteEscape(marker.SourceId).Write("\" id=\"").WriteEscape(marker.AnchorId)
                        .Write("\" role=\"doc-noteref\" aria-label=\"Source ").Write(number).Write("\">").Write(number).Write("</a>");
            }
            renderer.Write("]</sup>");
        }
    }
}
