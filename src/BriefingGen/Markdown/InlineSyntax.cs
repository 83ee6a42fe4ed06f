using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>Shared scanning for the two bracket syntaxes: both end at the first ']' on the same line.</summary>
internal static class InlineSyntax
{
    /// <summary>The text between the opening marker and the closing bracket(s), or null when not closed on this line.</summary>
    public static string? ReadUntil(StringSlice slice, int openLength, string close, out int consumed)
    {
        consumed = 0;
        var text = slice.Text;
        var start = slice.Start + openLength;
        var end = text.IndexOf(close, start, Math.Max(0, slice.End + 1 - start), StringComparison.Ordinal);
        if (end < 0) return null;
        var inner = text.AsSpan(start, end - start);
        if (inner.Contains('\n')) return null;
        // "[@handle](url)" and "[[1]](url)" are ordinary links whose text happens to look like ours.
        var after = end + close.Length;
        if (after <= slice.End && text[after] is '(' or '[') return null;
        consumed = after - slice.Start;
        return inner.ToString();
    }

    public static void Place(InlineProcessor processor, Markdig.Syntax.Inlines.Inline inline, StringSlice slice, int consumed)
    {
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        inline.Span = new SourceSpan(start, start + consumed - 1);
        inline.Line = line;
        inline.Column = column;
    }
}
