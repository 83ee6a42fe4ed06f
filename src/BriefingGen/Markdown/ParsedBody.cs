using BriefingGen.Diagnostics;

namespace BriefingGen.Markdown;

/// <summary>
/// A parsed, checked body: what it refers to, in document order, its prose, its HTML with the holes
/// each page fills (<see cref="BodyHtml"/>), its top-level sections and its addresses from the site
/// root. The syntax tree is not kept.
/// </summary>
public sealed record ParsedBody(IReadOnlyList<LinkUse> Links, IReadOnlyList<CitationUse> Citations, IReadOnlyList<ProseBlock> Prose,
    BodyHtml Html, IReadOnlyList<BodySection> Sections, IReadOnlyList<RootRelativeAddress> RootRelative)
{
    public static ParsedBody Empty { get; } = new([], [], [], BodyHtml.Empty, [], []);
}

/// <summary>A [[id]] written in a body.</summary>
public sealed record LinkUse(string TargetId, SourceLocation Location);

/// <summary>
/// A link or image address from the site root ("/briefs/b/"), reported once the ids are known, so
/// that one naming a document's page can suggest its [[id]].
/// </summary>
public sealed record RootRelativeAddress(string Url, bool IsImage, SourceLocation Location);

/// <summary>One source cited by a marker, with the locator and the passage relied on if given; Index orders all citations of a body.</summary>
public sealed record CitationUse(int Index, string SourceId, string? Locator, string? Quote, SourceLocation Location);
