using System.Text;
using BriefingGen.Markdown;
using BriefingGen.Rendering.Pages;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Rendering;

/// <summary>The contents of a long body: its top-level "##" headings, each linking to its anchor.</summary>
public static class TableOfContents
{
    /// <summary>Fewer sections than this are seen at a glance; a contents list would only add scrolling.</summary>
    public const int MinSections = 3;

    public static IReadOnlyList<LinkView> Of(ParsedBody body, IBodyLinkContext links)
    {
        var sections = body.Ast.OfType<HeadingBlock>().Where(h => h.Level == 2 && h.TryGetAttributes()?.Id is not null)
            .Select(h => new LinkView("#" + h.GetAttributes().Id, Text(h, links))).ToList();
        return sections.Count >= MinSections ? sections : [];
    }

    /// <summary>The heading as plain text: what a reader sees, without citation markers.</summary>
    private static string Text(HeadingBlock heading, IBodyLinkContext links)
    {
        var text = new StringBuilder();
        foreach (var inline in heading.Inline?.Descendants() ?? [])
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                WikiLinkInline link => link.Label ?? links.Resolve(link.TargetId)?.Title ?? link.TargetId,
                SmartyPant pant => Typographic(pant.Type),
                LineBreakInline => " ",
                _ => "",
            });
        }
        return text.ToString().Trim();
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
