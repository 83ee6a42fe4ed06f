using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>[[id]] or [[id|text]]: a link to any brief, actor, event or source by id.</summary>
public sealed class WikiLinkInline(string targetId, string? label) : LeafInline
{
    public string TargetId { get; } = targetId;

    /// <summary>The text after '|', or null to show the target's title.</summary>
    public string? Label { get; } = label;
}
