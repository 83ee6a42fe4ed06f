using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>[[id]] or [[id|text]]: a link to any brief, actor, event or source by id.</summary>
public sealed class WikiLinkInline(string targetId, string? label) : LeafInline
{
    public string TargetId { get; } = targetId;

    /// <summary>The section of the target's page, "background" of [[id#background]]; null for the page itself.</summary>
    public string? Fragment { get; init; }

    /// <summary>The text after '|', or null to show the target's title.</summary>
    public string? Label { get; set; } = label;

    /// <summary>
    /// A citation written in the label, which is plain text: its offset from the link's start and
    /// the citation as written, for the checker to report.
    /// </summary>
    public (int Offset, string Written)? CitationInLabel { get; init; }
}
