using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// A note marker, "[^name]", when the body has a note of that name, read on its own. Markdig reads
/// markers as reference links, so two side by side made one link: "[^a][^b]" showed only note b,
/// and "[^a][@source]" showed "[^a]" as text. Written apart or together, each is now a marker, as on
/// GitHub. A marker with no note stays text, reported as such (BG4008).
/// </summary>
public sealed class NoteMarkerParser : InlineParser
{
    public NoteMarkerParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '^') return false;
        var rest = slice;
        if (!LinkHelper.TryParseLabel(ref rest, out var label, out _) || label is null) return false;
        Inline marker;
        if (processor.Document.TryGetLinkReferenceDefinition(label, out var definition) && definition is FootnoteLinkReferenceDefinition { CreateLinkInline: { } create })
        {
            // "[^a](address)" is an ordinary link whose text happens to start with '^'.
            if (rest.CurrentChar == '(' && LinkHelper.TryParseInlineLink(rest, out _, out _)) return false;
            marker = create(processor, definition, null);
            // "[^a][]", a reference written in full, is the marker too, as Markdig read it.
            if (rest.CurrentChar == '[' && rest.PeekChar() == ']') rest.Start += 2;
        }
        // A marker with no note before another marker would be read as a link to that one's note,
        // and vanish: it stays text, reported as a marker without its note.
        else if (rest.CurrentChar == '[' && rest.PeekChar() == '^') marker = new LiteralInline(slice.Text.Substring(slice.Start, rest.Start - slice.Start));
        else return false;
        InlineSyntax.Place(processor, marker, slice, rest.Start - slice.Start);
        processor.Inline = marker;
        slice.Start = rest.Start;
        return true;
    }
}
