using BriefingGen.Diagnostics;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>A parsed, checked body and what it refers to, in document order.</summary>
public sealed record ParsedBody(
    MarkdownDocument Ast,
    IReadOnlyList<LinkUse> Links,
    IReadOnlyList<CitationUse> Citations,
    IReadOnlyList<ParagraphInfo> Paragraphs)
{
    public static ParsedBody Empty { get; } = new(new MarkdownDocument(), [], [], []);
}

/// <summary>A [[id]] written in a body.</summary>
public sealed record LinkUse(string TargetId, SourceLocation Location);

/// <summary>One source cited by a marker; Index orders all citations of a body.</summary>
public sealed record CitationUse(int Index, string SourceId, string? Locator, SourceLocation Location);

/// <summary>A prose paragraph, for the "citation needed" lint.</summary>
public sealed record ParagraphInfo(SourceLocation Location, int Words, bool Cited)
{
    /// <summary>Paragraphs shorter than this are connective text ("See also ..."), not claims.</summary>
    public const int MinWordsForClaim = 12;

    /// <summary>Long enough to state a fact, so it should cite a source.</summary>
    public bool IsClaim => Words >= MinWordsForClaim;
}
