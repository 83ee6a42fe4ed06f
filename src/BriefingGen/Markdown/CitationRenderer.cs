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
            var numbers = Indexes.Select(links.Marker).GroupBy(m => m.Number).OrderBy(g => g.Key).ToList();
            if (!HtmlEnabled)
            {
                // Inside an image's alt attribute: the numbers as text.
                renderer.Write("[").Write(string.Join(", ", numbers.Select(g => g.Key.ToString(CultureInfo.InvariantCulture)))).Write("]");
                return;
            }
            renderer.Write("<sup class=\"citation\">[");
            for (var i = 0; i < numbers.Count; i++)
            {
                var marker = numbers[i].First();
                if (i > 0) renderer.Write(", ");
                var number = marker.Number.ToString(CultureInfo.InvariantCulture);
                renderer.Write("<a href=\"#ref-").WriteEscape(marker.SourceId).Write("\" id=\"").WriteEscape(marker.AnchorId)
                        .Write("\" role=\"doc-noteref\" aria-label=\"Source ").Write(number).Write("\">").Write(number).Write("</a>");
                // The source's other uses here keep their entries in the reference list; their back-links land on this number.
                foreach (var other in numbers[i].Skip(1)) renderer.Write("<span id=\"").WriteEscape(other.AnchorId).Write("\"></span>");
            }
            renderer.Write("]</sup>");
        }
    }
}
