using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// "the Congress![@s]", "a coup![^1]", "see![[x]]": a '!' just before a citation, a [[link]] or a
/// note marker ends the sentence; it opens no image. Markdig's image parser took the "![", and the
/// citation, link or marker stayed text (citing nothing, and the source then read as uncited) or the
/// '!' was lost. The '!' is text, and what follows is read as after any other character. An image's
/// description never starts with '@', '[' or '^'; an Obsidian embed, ![[x]], is then a [[link]] to check.
/// </summary>
public sealed class BangBeforeSyntaxParser : InlineParser
{
    public BangBeforeSyntaxParser() => OpeningCharacters = ['!'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[' || slice.PeekChar(2) is not ('@' or '[' or '^')) return false;
        var bang = new LiteralInline("!");
        InlineSyntax.Place(processor, bang, slice, 1);
        processor.Inline = bang;
        slice.SkipChar();
        return true;
    }
}
