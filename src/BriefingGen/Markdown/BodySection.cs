using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// A top-level heading of the body (shown as h2, see <see cref="HeadingOutline"/>) with an anchor, as plain text in parts: the text a reader sees, and each
/// [[id]] without its own label, whose text is the target's title.
/// </summary>
public sealed record BodySection(string Id, IReadOnlyList<BodySection.Part> Parts)
{
    /// <summary>Literal text, or (with <see cref="TargetId"/>) a link shown by its target's title.</summary>
    public sealed record Part(string Text, string? TargetId = null);

    public static IReadOnlyList<BodySection> Of(MarkdownDocument ast) =>
        ast.OfType<HeadingBlock>().Where(h => h.Level == 2 && h.TryGetAttributes()?.Id is not null)
            .Select(h => new BodySection(h.GetAttributes().Id!, PartsOf(h))).ToList();

    /// <summary>The heading's text without citation markers or markup, literal runs joined.</summary>
    private static List<Part> PartsOf(HeadingBlock heading)
    {
        var parts = new List<Part>();
        var text = new StringBuilder();
        foreach (var inline in heading.Inline?.Descendants() ?? [])
        {
            if (inline is WikiLinkInline { Label: null } link)
            {
                parts.Add(new Part(text.ToString()));
                text.Clear();
                parts.Add(new Part(link.TargetId, link.TargetId));
                continue;
            }
            if (inline is CitationInline)
            {
                // The marker is not shown here, nor the space that set it apart: "Findings [@x] on" is "Findings on".
                while (text.Length > 0 && text[^1] is ' ' or '\u00A0') text.Length--;
                continue;
            }
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                WikiLinkInline labelled => labelled.Label,
                SmartyPant pant => Typographic(pant.Type),
                LineBreakInline => " ",
                _ => "",
            });
        }
        parts.Add(new Part(text.ToString()));
        return parts;
    }

    private static string Typographic(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.RightDoubleQuote => "”",
        SmartyPantType.LeftAngleQuote => "«",
        SmartyPantType.RightAngleQuote => "»",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        SmartyPantType.Ellipsis => "…",
        _ => "",
    };
}
