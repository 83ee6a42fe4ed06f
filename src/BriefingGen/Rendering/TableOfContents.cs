using BriefingGen.Markdown;
using BriefingGen.Rendering.Pages;

namespace BriefingGen.Rendering;

/// <summary>The contents of a long body: its top-level "##" headings, each linking to its anchor.</summary>
public static class TableOfContents
{
    /// <summary>Fewer sections than this are seen at a glance; a contents list would only add scrolling.</summary>
    public const int MinSections = 3;

    public static IReadOnlyList<LinkView> Of(ParsedBody body, IBodyLinkContext links) =>
        body.Sections.Count >= MinSections ? body.Sections.Select(s => new LinkView("#" + s.Id, Text(s, links))).ToList() : [];

    /// <summary>The heading as plain text: what a reader sees, without citation markers.</summary>
    private static string Text(BodySection section, IBodyLinkContext links) =>
        string.Concat(section.Parts.Select(p => p.TargetId is { } id ? links.Resolve(id)?.Title ?? id : p.Text)).Trim();
}
