using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// "the Congress![@s]", "a coup![^1]", "see![[x]]": a '!' just before a citation, a [[link]] or a
/// note marker ends the sentence; it opens no image. Markdig's image parser took the "![", and the
/// citation, link or marker stayed text (citing nothing, and the source then read as uncited) or the
/// '!' was lost. The '!' is text, and what follows is read as after any other character; an image
/// ("![@handle's post](…)") is left to the image parser. An Obsidian embed, ![[x]] after a space,
/// is a [[link]] to check, without the '!'.
/// </summary>
public sealed class BangBeforeSyntaxParser : InlineParser
{
    public BangBeforeSyntaxParser() => OpeningCharacters = ['!'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[' || slice.PeekChar(2) is not ('@' or '[' or '^') || IsImage(slice)) return false;
        // An embed's '!' ends no sentence: the [[link]] stands alone.
        var embed = slice.PeekChar(2) == '[' && (slice.Start == 0 || char.IsWhiteSpace(slice.Text[slice.Start - 1]));
        if (!embed)
        {
            var bang = new LiteralInline("!");
            InlineSyntax.Place(processor, bang, slice, 1);
            processor.Inline = bang;
        }
        slice.SkipChar();
        return true;
    }

    /// <summary>
    /// "![@handle's post](https://…/x.png)": a description that starts so, and an address or a
    /// reference after it, is an image's. A marker, citation or [[link]] after it is not a reference:
    /// "a coup![^a][^b]" lost its '!' and its first marker to an image parser that found no image.
    /// </summary>
    private static bool IsImage(StringSlice slice)
    {
        var close = slice.Text.IndexOf(']', slice.Start + 2, Math.Min(slice.End - slice.Start - 1, MaxDescription));
        if (slice.PeekChar(2) == '[' && close >= 0 && close + 1 <= slice.End && slice.Text[close + 1] == ']') close++;
        if (close < 0 || close + 1 > slice.End) return false;
        return slice.Text[close + 1] == '(' || (slice.Text[close + 1] == '[' && !(close + 2 <= slice.End && slice.Text[close + 2] is '^' or '@' or '['));
    }

    /// <summary>How far a description is looked for: a stray "![@" must not cost a scan of the paragraph.</summary>
    private const int MaxDescription = 300;
}
