using BriefingGen.Diagnostics;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>A parsed, checked body and what it refers to, in document order.</summary>
public sealed record ParsedBody(IReadOnlyList<LinkUse> Links, IReadOnlyList<CitationUse> Citations, IReadOnlyList<ProseBlock> Prose)
{
    /// <summary>A brief's page reads its tree twice (the body, then its contents): the thread's last tree made is kept for that.</summary>
    [ThreadStatic] private static (ParsedBody Body, MarkdownDocument Ast)? _lastMade;

    private readonly MarkdownDocument? _ast;
    private readonly Func<MarkdownDocument>? _parseAgain;

    public ParsedBody(MarkdownDocument ast, IReadOnlyList<LinkUse> links, IReadOnlyList<CitationUse> citations, IReadOnlyList<ProseBlock> prose)
        : this(links, citations, prose) => _ast = ast;

    /// <param name="parseAgain">Makes the same tree again when a page shows the body: the tree is not held meanwhile.</param>
    public ParsedBody(Func<MarkdownDocument> parseAgain, IReadOnlyList<LinkUse> links, IReadOnlyList<CitationUse> citations, IReadOnlyList<ProseBlock> prose)
        : this(links, citations, prose) => _parseAgain = parseAgain;

    public static ParsedBody Empty { get; } = new(new MarkdownDocument(), [], [], []);

    public MarkdownDocument Ast
    {
        get
        {
            if (_ast is not null) return _ast;
            if (_lastMade is { } last && ReferenceEquals(last.Body, this)) return last.Ast;
            var ast = _parseAgain!();
            _lastMade = (this, ast);
            return ast;
        }
    }
}

/// <summary>A [[id]] written in a body.</summary>
public sealed record LinkUse(string TargetId, SourceLocation Location);

/// <summary>One source cited by a marker, with the locator and the passage relied on if given; Index orders all citations of a body.</summary>
public sealed record CitationUse(int Index, string SourceId, string? Locator, string? Quote, SourceLocation Location);
