using Markdig.Helpers;
using Markdig.Parsers;

using BriefingGen.Model;

namespace BriefingGen.Markdown;

/// <summary>
/// Parses [@id], [@id, locator] and [@a; @b, locator]; a locator may end with the passage relied
/// on in double quotes: [@id, p. 4, "the words quoted"] or [@id, "the words quoted"]. A bracket
/// that starts with '@' but does not follow that shape becomes a CitationInline with no items, so
/// the checker can report it at its position instead of letting it pass as text.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() == '-' && slice.PeekChar(2) == '@') return SuppressedAuthor(processor, ref slice);
        // "[ @id ]", spaced as some write it, or wrapped after the '[', is a citation too (its items are trimmed).
        var at = 1;
        while (at <= 3 && slice.PeekChar(at) is ' ' or '\n') at++;
        if (slice.PeekChar(at) != '@' || (at > 1 && !InlineSyntax.IsIdStart(slice.PeekChar(at + 1)))) return false;
        var inner = InlineSyntax.ReadUntil(processor, slice, 1, "]", out var consumed);
        if (inner is null) return false;
        var items = Items(inner);
        // A passage goes last, whole: one left open ("a ] b" ends at its ']'), or words after it, were
        // shown as part of the locator.
        if (items is not null && items.Any(item => item.Quote is null && item.Locator is { } locator && OpensPassage(locator)))
            return Emit(processor, ref slice, consumed, [], malformedPassage: true);
        return Emit(processor, ref slice, consumed, items ?? []);
    }

    /// <summary>
    /// Pandoc's "[-@id]" (a citation without the author's name) is taken as a malformed citation,
    /// for the checker to report, when the rest is a citation; anything else stays text.
    /// </summary>
    private static bool SuppressedAuthor(InlineProcessor processor, ref StringSlice slice)
    {
        var inner = InlineSyntax.ReadUntil(processor, slice, 1, "]", out var consumed);
        // The items' offsets count from the '[', one before the '@' past the '-'.
        if (inner is null || Items(inner[1..]) is not { } items) return false;
        return Emit(processor, ref slice, consumed, [], [.. items.Select(item => item with { Offset = item.Offset + 1 })]);
    }

    /// <summary>The items of the text between '[' and ']', each with its offset from the '['; null when it is not a citation's shape.</summary>
    public static List<CitationItem>? Items(string inner)
    {
        var items = new List<CitationItem>();
        var offset = 1;
        foreach (var part in SplitOutsideQuotes(inner))
        {
            var trimmed = part.Trim();
            var at = offset + part.IndexOf('@');
            offset += part.Length + 1;
            // A bracket in a locator ends the citation early ("p. 4 [note]" read as "p. 4 [note" and a stray ']').
            if (!trimmed.StartsWith('@') || trimmed.Contains('[')) return null;
            var comma = trimmed.IndexOf(',');
            var id = (comma < 0 ? trimmed[1..] : trimmed[1..comma]).Trim();
            var locator = comma < 0 ? "" : trimmed[(comma + 1)..].Trim();
            if (!Slug.IsValid(id)) return null;
            var (written, quote) = SplitQuote(locator);
            items.Add(new CitationItem(id, written.Length == 0 ? null : Unescape(written), at) { Quote = quote is null ? null : Apostrophes.InPlainText(Unescape(quote)) });
        }
        return items;
    }

    /// <summary>
    /// A backslash before ASCII punctuation is that punctuation, as everywhere in Markdown: in a
    /// table cell GFM needs "\|" for a pipe, and a passage showed "either \| or".
    /// </summary>
    private static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var unescaped = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // A quote written \" stays as it was: it says the quote is no passage's, and the check for one reads the item as written.
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] != '"' && text[i + 1].IsAsciiPunctuation()) i++;
            unescaped.Append(text[i]);
        }
        return unescaped.ToString();
    }

    private static readonly char[] OpeningQuotes = ['"', '“'];
    /// <summary>Whether a part of a locator (between commas) opens with a double quote, as a passage does; a quote inside its words ("the 5\" scale") opens nothing.</summary>
    private static bool OpensPassage(string locator) => locator.Split(',').Any(part => part.TrimStart() is ['"' or '“', ..]);

    /// <summary>"p. 4, \"words\"" → "p. 4" and "words"; a locator that does not end in a quoted passage stays as written.</summary>
    private static (string Locator, string? Quote) SplitQuote(string written)
    {
        var open = written.IndexOfAny(OpeningQuotes);
        if (open < 0) return (written, null);
        var close = written[open] == '“' ? '”' : '"';
        if (written.Length < open + 3 || written[^1] != close || written.IndexOf(close, open + 1) != written.Length - 1) return (written, null);
        var quote = written[(open + 1)..^1].Trim();
        return quote.Length == 0 ? (written, null) : (written[..open].Trim().TrimEnd(',').TrimEnd(), quote);
    }

    /// <summary>The items of a group: split at ';', except inside a quoted passage.</summary>
    private static IEnumerable<string> SplitOutsideQuotes(string inner)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] is '"' or '“' or '”') quoted = inner[i] switch { '“' => true, '”' => false, _ => !quoted };
            else if (inner[i] == ';' && !quoted)
            {
                yield return inner[start..i];
                start = i + 1;
            }
        }
        yield return inner[start..];
    }

    /// <summary>
    /// The items with offsets from the '[' in the file, not in the paragraph's text: a line the
    /// citation wraps onto lost its indent or '> ' there, so an item on it was placed that far left.
    /// </summary>
    private static List<CitationItem> InSource(InlineProcessor processor, StringSlice slice, int start, List<CitationItem> items) =>
        [.. items.Select(item => item with { Offset = processor.GetSourcePosition(slice.Start + item.Offset, out _, out _) - start })];

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int consumed, List<CitationItem> items, List<CitationItem>? suppressedAuthorItems = null,
        bool malformedPassage = false)
    {
        var start = processor.GetSourcePosition(slice.Start, out _, out _);
        var citation = new CitationInline(InSource(processor, slice, start, items), InlineSyntax.OneLine(slice.Text.Substring(slice.Start, consumed)))
        {
            SuppressedAuthorItems = suppressedAuthorItems is null ? null : InSource(processor, slice, start, suppressedAuthorItems),
            MalformedPassage = malformedPassage,
        };
        InlineSyntax.Place(processor, citation, slice, consumed);
        processor.Inline = citation;
        slice.Start += consumed;
        return true;
    }
}
