using Markdig.Helpers;
using Markdig.Parsers;

namespace BriefingGen.Markdown;

/// <summary>Parses [[id]], [[id#section]], [[id|text]] and [[id\|text]]. Anything else starting with "[[" stays ordinary text.</summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[') return false;
        var inner = InlineSyntax.ReadUntil(processor, slice, 2, "]]", out var consumed);
        if (inner is null) return false;
        var bar = inner.IndexOf('|');
        var cited = bar < 0 ? -1 : inner.IndexOf("[@", bar, StringComparison.Ordinal);
        // "[[id|text [@s]]]": the citation's ']' is taken for the link's first, so take the ']' left over too.
        if (cited >= 0 && inner.IndexOf(']', cited) < 0 && slice.PeekChar(consumed) == ']')
        {
            inner += "]";
            consumed++;
        }
        // In a table cell the bar is written "\|", as GFM asks of every '|' there.
        var id = (bar < 0 ? inner : inner[..(bar > 0 && inner[bar - 1] == '\\' ? bar - 1 : bar)]).Trim();
        // The text after '|' is plain text, with entities such as &amp; decoded like the rest of Markdown,
        // and quotes made typographic as the prose's are, which SmartyPants does not reach here (a
        // citation in it is an error, whose message quotes the label as written).
        var label = bar < 0 ? null : Markdig.Helpers.HtmlHelper.Unescape(inner[(bar + 1)..].Trim());
        if (label is not null && cited < 0) label = Apostrophes.InPlainText(label);
        // "[[id#section]]", as wikis and Obsidian link to a heading of a page.
        string? fragment = null;
        if (id.IndexOf('#') is > 0 and var hash && Model.Slug.IsValid(id[..hash]) && id[(hash + 1)..].Trim() is { Length: > 0 } section && !section.Any(char.IsWhiteSpace))
            (id, fragment) = (id[..hash], section);
        var link = new WikiLinkInline(id, string.IsNullOrEmpty(label) ? null : label)
        {
            Fragment = fragment,
            CitationInLabel = cited < 0 ? null : (2 + cited, CitationAt(inner, cited)),
        };
        InlineSyntax.Place(processor, link, slice, consumed);
        processor.Inline = link;
        slice.Start += consumed;
        return true;
    }

    /// <summary>From "[@" up to its ']', or to the end of the label when there is none.</summary>
    private static string CitationAt(string inner, int start)
    {
        var end = inner.IndexOf(']', start);
        return end < 0 ? inner[start..] : inner[start..(end + 1)];
    }
}
