using System.Buffers;
using BriefingGen.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// What a body may cost: how deep it may nest, how wide its tables may be, how much address text
/// its links may copy. A scan of the text before Markdig parses it refuses what would make parsing
/// slow or make Markdig give up without a position; the parsed tree is then measured exactly. Each
/// limit is far past what prose needs, and each refusal names the place to fix.
/// </summary>
public static class BodyLimits
{
    /// <summary>Deeper nesting is never prose; Markdig itself gives up, without a position, a little past this.</summary>
    public const int MaxBlockNesting = 24;

    /// <summary>Emphasis, links and images inside each other; Markdig's renderer gives up, without a position, far past this.</summary>
    public const int MaxInlineNesting = 32;

    /// <summary>Markdig pads every table row to the header's width, so columns × rows is what a table costs.</summary>
    public const int MaxTableColumns = 100;
    public const int MaxTableCells = 20_000;

    /// <summary>A link reference can be used many times; a long address repeated is a cheap way to a huge page.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>
    /// All link and image addresses and titles of a body together, each use counted: a reference
    /// defined once and used thousands of times would otherwise copy a long address or title into a
    /// page of megabytes (a 420 KB brief made a page of 2 GB).
    /// </summary>
    public const int MaxUrlCharacters = 512 * 1024;

    /// <summary>Runs of unclosed '[' make link parsing quadratic; real briefs use a few hundred.</summary>
    public const int MaxOpenBrackets = 5000;

    /// <summary>
    /// Characters Markdig may scan, in all, for what never closes: HTML opened by '&lt;?', '&lt;!' or
    /// '&lt;!--' without its end in the paragraph, and link addresses "](" that run on with no space.
    /// Each failed attempt scans on to the paragraph's end and the next '&lt;' tries again, so a run of
    /// them is quadratic: 500 KB of "&lt;?" took three minutes. A body of 5,000 links, each with the
    /// longest address allowed, scans a tenth of this.
    /// </summary>
    public const long MaxUnclosedScan = 100_000_000;

    /// <summary>
    /// Headings underlined with '=' or '-' (setext). Markdig finds the paragraph such a line turns
    /// into a heading by searching its container from the first block, so each costs a scan of all
    /// before it: 128,000 in one body took 11 s. '## Heading' costs nothing of the kind.
    /// </summary>
    public const int MaxUnderlinedHeadings = 2000;

    internal static readonly string TooDeeplyNested = $"quotes or lists nested more than {MaxBlockNesting} levels deep; flatten the structure";

    /// <summary>A table's delimiter row, "|---|:--:|": bars, dashes, colons and spaces only, with a bar and a dash.</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> line) =>
        line.Contains('|') && line.Contains('-') && !line.ContainsAnyExcept("|-: \t\r");

    /// <summary>
    /// Where the line with the most '|' in the span starts: Markdig pads every row of a table to the
    /// widest, so which row is too wide shows only in the text.
    /// </summary>
    internal static int WidestLine(string markdown, SourceSpan span)
    {
        var (widest, bars) = (span.Start, -1);
        for (var start = span.Start; start <= span.End && start < markdown.Length;)
        {
            var line = LineAt(markdown, start);
            if (line.Count('|') > bars) (widest, bars) = (start, line.Count('|'));
            start += line.Length + 1;
        }
        return widest;
    }

    private static ReadOnlySpan<char> LineAt(string markdown, int start)
    {
        if (start >= markdown.Length) return [];
        var end = markdown.IndexOf('\n', start);
        return markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
    }

    /// <summary>How many '[' are written escaped, \[: found by their backslash, so a body without one costs one pass.</summary>
    private static int EscapedBrackets(string markdown)
    {
        var escaped = 0;
        for (var at = markdown.IndexOf(@"\[", StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(@"\[", at + 2, StringComparison.Ordinal))
            if (IsEscaped(markdown, at + 1)) escaped++;
        return escaped;
    }

    /// <summary>Whether the character at i follows an odd run of backslashes: "\\[" is a backslash, then a bracket that opens.</summary>
    private static bool IsEscaped(string markdown, int i)
    {
        var backslashes = 0;
        while (i - backslashes > 0 && markdown[i - backslashes - 1] == '\\') backslashes++;
        return backslashes % 2 == 1;
    }

    internal static bool WithinLimits(string markdown, SourceMap map, DiagnosticBag diagnostics)
    {
        // Counted in vectorised passes; only a body over the limit is walked again to find where. A '['
        // written \[ opens nothing, so it costs nothing; one in code is counted, since that is known
        // only once parsed.
        if (markdown.AsSpan().Count('[') - EscapedBrackets(markdown) > MaxOpenBrackets)
        {
            var at = -1;
            for (var open = 0; open <= MaxOpenBrackets; open++)
            {
                do at = markdown.IndexOf('[', at + 1);
                while (IsEscaped(markdown, at));
            }
            diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(at),
                $"more than {MaxOpenBrackets} '[' in one body (in code too), too costly to parse; split the brief, or write a bracket meant as text as \\[, which is not counted");
            return false;
        }

        if (CostlyUnclosed(markdown) is { } costly)
        {
            var html = markdown[costly] == '<';
            diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(costly), html
                ? $"'{markdown.Substring(costly, 2)}' opens HTML that is never closed in its paragraph, and so do many after it, too costly to parse; write a '<' meant as text as &lt;"
                : "links whose addresses run on without a space or ')' to end them, many in one paragraph, too costly to parse; close each address with ')'");
            return false;
        }

        var fence = "";
        var (underlined, afterText) = (0, false);
        // Line by line over spans: a string per line, for every body of the site, was this stage's largest cost.
        for (var lineStart = 0; lineStart <= markdown.Length;)
        {
            var end = markdown.IndexOf('\n', lineStart);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(lineStart, end - lineStart);
            var next = end + 1;
            // An underline only makes a heading of a line of text right above it; counted generously (after code or a list item too).
            var wasAfterText = afterText;
            afterText = !line.IsWhiteSpace();
            if (wasAfterText && fence.Length == 0 && IsUnderline(line) && ++underlined > MaxUnderlinedHeadings)
            {
                diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(lineStart),
                    $"more than {MaxUnderlinedHeadings} headings underlined with '=' or '-' in one body, too costly to parse; write each as '## Heading'");
                return false;
            }
            // Inside fenced code, indentation and markers are code, not nesting.
            var trimmed = line.TrimStart(' ');
            if (line.Length - trimmed.Length < 4 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
                fence = fence.Length == 0 ? trimmed[..3].ToString() : trimmed.StartsWith(fence, StringComparison.Ordinal) ? "" : fence;
            if (fence.Length > 0)
            {
                lineStart = next;
                continue;
            }
            // A row of n columns has n + 1 bars when written with the outer ones. A table's width is
            // set by its header and the delimiter row under it; prose full of bars is no table.
            if (line.Count('|') > MaxTableColumns + 1 && (IsDelimiterRow(line) || IsDelimiterRow(LineAt(markdown, next))))
            {
                diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(lineStart),
                    $"more than {MaxTableColumns} table columns ('|') on one line: a table this wide cannot be read; split it");
                return false;
            }
            var depth = 0;
            var indent = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == ' ') { indent++; continue; }
                if (c == '\t') { indent += 4; continue; }
                var marker = i;
                // Indentation alone (code, wrapped text) is not nesting; only quote and list markers are.
                if (c == '>') depth++;
                else if (c is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t')) depth++;
                else if (char.IsAsciiDigit(c) && OrderedMarkerLength(line, i) is > 0 and var length)
                {
                    depth++;
                    i += length - 1;
                }
                else break;
                // The space after a marker is the marker's own ("> > x" is two levels, not three).
                if (i + 1 < line.Length && line[i + 1] == ' ') i++;
                // A nested list item is indented by its parent's marker, two to four columns a level: a
                // level per three is this guard's estimate, and the parsed tree is measured exactly after.
                if (depth + indent / 3 > MaxBlockNesting)
                {
                    // The lines before passed this guard, so they can be parsed to find where the nesting
                    // passed the limit: a list indented two columns a level is past it well before here.
                    diagnostics.Report(DiagnosticCodes.NestingTooDeep, map.At(FirstTooDeeplyNested(markdown[..lineStart]) ?? lineStart + marker), TooDeeplyNested);
                    return false;
                }
            }
            lineStart = next;
        }
        return true;
    }

    /// <summary>A setext heading's underline: up to three spaces, then only '=' or only '-', then spaces.</summary>
    private static bool IsUnderline(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd(" \t\r");
        var marks = text.TrimStart(' ');
        return marks.Length > 0 && text.Length - marks.Length < 4 && (!marks.ContainsAnyExcept('=') || !marks.ContainsAnyExcept('-'));
    }

    /// <summary>
    /// Where the first unclosed HTML, or the first unended link address, of a body starts, when the
    /// text Markdig would scan for all those of its kind passes <see cref="MaxUnclosedScan"/>; else
    /// null. One pass: each next closer, space, parenthesis and paragraph end is found moving forward only.
    /// </summary>
    internal static int? CostlyUnclosed(string markdown)
    {
        long htmlScanned = 0, linkScanned = 0;
        int paragraphEnd = -1, space = -1, open = -1, close = -1, firstHtml = -1, firstLink = -1;
        var closers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var at = markdown.AsSpan().IndexOfAny('<', ']'); at >= 0 && at + 1 < markdown.Length; at = NextOpener(markdown, at + 1))
        {
            var next = markdown[at + 1];
            if (markdown[at] == '<' ? next is not ('?' or '!') : next != '(') continue;
            if (paragraphEnd < at) paragraphEnd = ParagraphEnd(markdown, at);
            if (markdown[at] == ']')
            {
                // An address is read up to a space, or a ')' with no '(' before it (a '(' may be balanced later on).
                if (space < at + 2) space = IndexFrom(markdown, at + 2, AddressEnds);
                if (close < at + 2) close = IndexFrom(markdown, at + 2, CloseParenthesis);
                if (open < at + 2) open = IndexFrom(markdown, at + 2, OpenParenthesis);
                var ends = Math.Min(paragraphEnd, space);
                var closed = close < ends && open > close;
                if (!closed && firstLink < 0) firstLink = at;
                linkScanned += (closed ? close : ends) - at;
                if (linkScanned > MaxUnclosedScan) return firstLink >= 0 ? firstLink : at;
            }
            else
            {
                var closer = next == '?' ? "?>" : markdown.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal) ? "-->"
                    : markdown.AsSpan(at).StartsWith("<![CDATA[", StringComparison.Ordinal) ? "]]>" : ">";
                if (!closers.TryGetValue(closer, out var closes) || closes < at)
                    closers[closer] = closes = markdown.IndexOf(closer, at + 2, StringComparison.Ordinal) is >= 0 and var c ? c : markdown.Length;
                // Closed within its paragraph, it is parsed once, as HTML.
                if (closes < paragraphEnd) continue;
                if (firstHtml < 0) firstHtml = at;
                htmlScanned += paragraphEnd - at;
                if (htmlScanned > MaxUnclosedScan) return firstHtml;
            }
        }
        return null;
    }

    private static readonly SearchValues<char> AddressEnds = SearchValues.Create(" \t\n");
    private static readonly SearchValues<char> CloseParenthesis = SearchValues.Create(")");
    private static readonly SearchValues<char> OpenParenthesis = SearchValues.Create("(");

    /// <summary>The first of these characters at or after from, or the text's end.</summary>
    private static int IndexFrom(string markdown, int from, SearchValues<char> values) =>
        markdown.AsSpan(from).IndexOfAny(values) is >= 0 and var i ? from + i : markdown.Length;

    private static int NextOpener(string markdown, int from) =>
        markdown.AsSpan(from).IndexOfAny('<', ']') is >= 0 and var i ? from + i : -1;

    /// <summary>Where the paragraph holding position at ends: at the next blank line, or the body's end.</summary>
    private static int ParagraphEnd(string markdown, int at)
    {
        for (var newline = markdown.IndexOf('\n', at); newline >= 0; newline = markdown.IndexOf('\n', newline + 1))
        {
            var after = markdown.AsSpan(newline + 1);
            var lineEnd = after.IndexOf('\n');
            if ((lineEnd < 0 ? after : after[..lineEnd]).IsWhiteSpace()) return newline;
        }
        return markdown.Length;
    }

    /// <summary>Where the first quote or list too deeply nested starts in text that Markdig can parse; null when there is none, or Markdig gives up.</summary>
    internal static int? FirstTooDeeplyNested(string markdown)
    {
        try
        {
            return FirstTooDeeplyNested(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline))?.Span.Start;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The first quote or list, in the order of the body, inside <see cref="MaxBlockNesting"/> others, or
    /// null: the limit exactly, however the lists are indented (the scan of the text before parsing
    /// can only estimate it from indentation, and let lists indented by two columns go deeper).
    /// </summary>
    internal static Block? FirstTooDeeplyNested(MarkdownDocument ast)
    {
        var stack = new Stack<(Block Block, int Levels)>();
        stack.Push((ast, 0));
        while (stack.Count > 0)
        {
            var (block, levels) = stack.Pop();
            if (block is not ContainerBlock container) continue;
            if (block is ListBlock or QuoteBlock && ++levels > MaxBlockNesting) return block;
            for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], levels));
        }
        return null;
    }

    /// <summary>The first node nested deeper than rendering allows, or null. Iterative, so depth cannot overflow the stack.</summary>
    internal static MarkdownObject? DeepestNode(MarkdownDocument ast)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((ast, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxBlockNesting + MaxInlineNesting) return node;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>The length of "12." or "3)" followed by a space, a tab or the line's end at position i, or 0.</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> line, int i)
    {
        var end = i;
        while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end])) end++;
        return end < line.Length && line[end] is '.' or ')' && (end + 1 == line.Length || line[end + 1] is ' ' or '\t') ? end - i + 1 : 0;
    }

    /// <summary>
    /// Where Markdig's own depth limit was hit: its exception has no position, so the body is cut at
    /// line ends, and the first line whose text, read up to it, makes Markdig give up is the one
    /// reported (a binary search: a few parses, only when a body already failed).
    /// </summary>
    internal static int GiveUpLine(string markdown)
    {
        var lineEnds = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1)) lineEnds.Add(i);
        lineEnds.Add(markdown.Length);
        int low = 0, high = lineEnds.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (GivesUp(markdown[..lineEnds[middle]])) high = middle;
            else low = middle + 1;
        }
        return low == 0 ? 0 : lineEnds[low - 1] + 1;
    }

    private static bool GivesUp(string markdown)
    {
        try
        {
            Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>
    /// Markdig leaves each '[' that opened no link as a container holding the rest of its paragraph:
    /// sixty "m[1][2]" (text pasted from an encyclopedia) or sixty "[@s " never closed nested sixty
    /// deep, though nothing is nested as a reader sees it. Each becomes the text it shows, its
    /// contents its siblings: the page reads the same, and a bracket left open is still named
    /// (BG4006). Iterative, so depth cannot overflow the stack.
    /// </summary>
    internal static void FlattenUnmatchedBrackets(MarkdownDocument ast)
    {
        var containers = new Stack<ContainerInline>(ast.Descendants<LeafBlock>().Select(l => l.Inline).OfType<ContainerInline>());
        while (containers.Count > 0)
        {
            for (var child = containers.Pop().FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LinkDelimiterInline bracket)
                {
                    var text = new LiteralInline(bracket.ToLiteral()) { Span = bracket.Span, Line = bracket.Line, Column = bracket.Column };
                    // ReplaceBy keeps both sibling links; InsertBefore left the new node without its previous one.
                    bracket.ReplaceBy(text, copyChildren: false);
                    Inline last = text;
                    while (bracket.FirstChild is { } inner)
                    {
                        inner.Remove();
                        last.InsertAfter(inner);
                        last = inner;
                    }
                    child = text;
                }
                else if (child is ContainerInline container)
                {
                    containers.Push(container);
                }
            }
        }
    }

    /// <summary>What the containers around a too-deep node mostly are, as a contributor would name them.</summary>
    internal static string WhatIsNested(MarkdownObject deep)
    {
        int lists = 0, quotes = 0, inlines = 0;
        for (MarkdownObject? node = deep; node is not null; node = node switch { ContainerInline { Parent: null } root => root.ParentBlock, Inline i => i.Parent, Block b => b.Parent, _ => null })
        {
            if (node is ListBlock or ListItemBlock) lists++;
            else if (node is QuoteBlock) quotes++;
            else if (node is ContainerInline) inlines++;
        }
        return lists >= quotes && lists >= inlines ? "lists" : quotes >= inlines ? "quotes" : "emphasis, links or images";
    }
}
