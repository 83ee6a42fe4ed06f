using Markdig.Helpers;
using Markdig.Parsers;

using BriefingGen.Model;

namespace BriefingGen.Markdown;

/// <summary>
/// Parses [@id], [@id, locator] and [@a; @b, locator]. A bracket that starts with '@' but does
/// not follow that shape becomes a CitationInline with no items, so the checker can report it
/// at its position instead of letting it pass as text.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var inner = InlineSyntax.ReadUntil(slice, 1, "]", out var consumed);
        if (inner is null) return false;

        var items = new List<CitationItem>();
        var offset = 1;
        foreach (var part in inner.Split(';'))
        {
            var trimmed = part.Trim();
            var at = offset + part.IndexOf('@');
            offset += part.Length + 1;
            if (!trimmed.StartsWith('@')) return Malformed(processor, ref slice, consumed);
            var comma = trimmed.IndexOf(',');
            var id = (comma < 0 ? trimmed[1..] : trimmed[1..comma]).Trim();
            var locator = comma < 0 ? null : trimmed[(comma + 1)..].Trim();
            if (!Slug.IsValid(id)) return Malformed(processor, ref slice, consumed);
            items.Add(new CitationItem(id, string.IsNullOrEmpty(locator) ? null : locator, at));
        }
        return Emit(processor, ref slice, consumed, items);
    }

    private static bool Malformed(InlineProcessor processor, ref StringSlice slice, int consumed) =>
        Emit(processor, ref slice, consumed, []);

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int consumed, List<CitationItem> items)
    {
        var citation = new CitationInline(items, slice.Text.Substring(slice.Start, consumed));
        InlineSyntax.Place(processor, citation, slice, consumed);
        processor.Inline = citation;
        slice.Start += consumed;
        return true;
    }
}
