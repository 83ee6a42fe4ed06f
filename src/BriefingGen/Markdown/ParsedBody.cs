using BriefingGen.Diagnostics;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>A parsed, checked body and what it refers to, in document order.</summary>
public sealed record ParsedBody(
    MarkdownDocument Ast,
    IReadOnlyList<LinkUse> Links,
    IReadOnlyList<CitationUse> Citations,
    IReadOnlyList<ProseBlock> Prose)
{
    public static ParsedBody Empty { get; } = new(new MarkdownDocument(), [], [], []);
}

/// <summary>A [[id]] written in a body.</summary>
public sealed record LinkUse(string TargetId, SourceLocation Location);

/// <summary>One source cited by a marker, with the locator and the passage relied on if given; Index orders all citations of a body.</summary>
public sealed record CitationUse(int Index, string SourceId, string? Locator, string? Quote, SourceLocation Location);

