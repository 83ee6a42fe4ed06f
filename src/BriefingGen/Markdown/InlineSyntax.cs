using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>
/// Shared scanning for the two bracket syntaxes: both end at the first ']' after the opening. An
/// editor that wraps long lines may break one across lines; the line break is read as a space.
/// </summary>
internal static class InlineSyntax
{
    /// <summary>A citation or link broken across lines is short; a bracket closed only this far on was left open.</summary>
    public const int MaxWrappedLength = 500;

    /// <summary>
    /// The text between the opening marker and the closing bracket(s), each line break a space (so
    /// every offset in it is the source's), or null when not closed: no closing bracket, or one only
    /// past a line break and another '[' (that one belongs to the next, the first was left open).
    /// </summary>
    public static string? ReadUntil(InlineProcessor processor, StringSlice slice, int openLength, string close, out int consumed)
    {
        consumed = 0;
        var text = slice.Text;
        var start = slice.Start + openLength;
        var end = CloseOf(text, start, slice.End + 1 - start, close);
        if (end < 0) return null;
        var inner = text.AsSpan(start, end - start);
        var wrapped = inner.Contains('\n');
        var after = end + close.Length;
        if (after <= slice.End && MakesALink(processor, new StringSlice(text, after, slice.End), text, start, end)) return null;
        consumed = after - slice.Start;
        return wrapped ? inner.ToString().Replace('\n', ' ') : inner.ToString();
    }

    /// <summary>
    /// Whether what follows the closing bracket makes it an ordinary link's text: "[@handle](url)"
    /// and "[[1]](url)" are links whose text happens to look like ours, and so is "[@a][ref]" where
    /// ref is a link reference defined in the body. "[@a][^note]", "[@a][@b]", "[[a]][[b]]" and
    /// "[@a](see below)" are ours, with what follows after them.
    /// </summary>
    /// <param name="textStart">Where the link's text would start, past the opening bracket(s).</param>
    /// <param name="textEnd">Where it would end, at the closing bracket.</param>
    private static bool MakesALink(InlineProcessor processor, StringSlice rest, string text, int textStart, int textEnd)
    {
        if (rest.CurrentChar == '(') return LinkHelper.TryParseInlineLink(rest, out _, out _);
        if (rest.CurrentChar != '[' || !LinkHelper.TryParseLabel(rest, out var label)) return false;
        // "[text][]" is named by its own text; notes ("[^n]") are kept apart from link references.
        var reference = label.Length == 0 ? text[textStart..textEnd] : label;
        return !reference.StartsWith('^') && processor.Document.ContainsLinkReferenceDefinition(reference);
    }

    /// <summary>Where the bracket(s) closing a syntax opened just before start are, within length characters; -1 when it is left open.</summary>
    public static int CloseOf(string text, int start, int length, string close)
    {
        var end = text.IndexOf(close, start, Math.Max(0, length), StringComparison.Ordinal);
        if (end < 0) return -1;
        var inner = text.AsSpan(start, end - start);
        return inner.Contains('\n') && (inner.Length > MaxWrappedLength || inner.Contains('[')) ? -1 : end;
    }

    /// <summary>Whether "[@" or "[[" and the first character of an id start at this offset: a citation or link meant, closed or not.</summary>
    public static bool OpensAt(string text, int at) =>
        at >= 0 && at + 2 < text.Length && text[at] == '[' && text[at + 1] is '@' or '[' && IsIdStart(text[at + 2]);

    /// <summary>An id begins with a lowercase ASCII letter or a digit.</summary>
    public static bool IsIdStart(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    /// <summary>The text as one line, as <see cref="ReadUntil"/> reads it: what a message or a page shows of a syntax written across lines.</summary>
    public static string OneLine(string written) => written.Replace('\n', ' ');

    /// <summary>
    /// The inline's place in the file. Its end is mapped too, not counted from its start: a line it
    /// wraps onto has lost its indent in the paragraph's text, so it ends further on in the file.
    /// </summary>
    public static void Place(InlineProcessor processor, Markdig.Syntax.Inlines.Inline inline, StringSlice slice, int consumed)
    {
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        inline.Span = new SourceSpan(start, processor.GetSourcePosition(slice.Start + consumed - 1, out _, out _));
        inline.Line = line;
        inline.Column = column;
    }
}
