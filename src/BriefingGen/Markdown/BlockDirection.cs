using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// Marks a body's blocks written in a script that runs the other way from most: a Hebrew or Arabic
/// paragraph quoted in an English brief was laid out left to right, its sentence read out of order
/// around a Latin word and its full stop at the wrong end. A block whose first letter is written
/// right to left gets the class "text-rtl", and, in a body that has such letters, a block with none
/// gets "text-ltr"; the theme lays each out by its own script (a block inside another, such as a
/// nested list item, may run the other way from its parent as well as from the site).
/// A block opening with a Latin name ("NATO …") but written in Arabic is left to the site's direction.
/// Raw HTML is refused, so a contributor could not mark it; and a body with no such letter (most)
/// is not walked. The body as a whole has a direction when all its letters run one way: its page
/// lays it out so when the site runs the other way (<see cref="Rendering.BodyContent.Direction"/>):
/// an English brief on an Arabic site had each paragraph's full stop at its start.
/// </summary>
public static class BlockDirection
{
    public const string RightToLeft = "text-rtl";
    public const string LeftToRight = "text-ltr";

    /// <summary>Marks the blocks; returns "ltr" or "rtl" for a body whose letters all run that way, null for one of both or of none (a table of figures).</summary>
    public static string? Mark(MarkdownDocument ast, string markdown)
    {
        // Read only as far as its first letter, in its first words.
        if (!HasRightToLeft(markdown)) return Leaves(ast).Any(leaf => HasLetter(leaf.Inline!)) ? "ltr" : null;
        var (anyLeftToRight, anyRightToLeft) = (false, false);
        foreach (var leaf in Leaves(ast))
        {
            var (first, rightToLeft, leftToRight) = Read(leaf.Inline!);
            (anyLeftToRight, anyRightToLeft) = (anyLeftToRight || leftToRight, anyRightToLeft || rightToLeft);
            var mark = first == Direction.RightToLeft ? RightToLeft : first == Direction.LeftToRight && !rightToLeft ? LeftToRight : null;
            if (mark is not null) Shown(leaf).GetAttributes().AddClass(mark);
        }
        return anyLeftToRight ? anyRightToLeft ? null : "ltr" : anyRightToLeft ? "rtl" : null;
    }

    /// <summary>The blocks of prose: paragraphs (in lists, quotes and table cells too) and headings.</summary>
    private static IEnumerable<LeafBlock> Leaves(MarkdownDocument ast) =>
        ast.Descendants<LeafBlock>().Where(leaf => leaf is ParagraphBlock or HeadingBlock && leaf.Inline is not null);

    /// <summary>The element a paragraph is written as: a tight list's item and a table's cell write no &lt;p&gt; of their own.</summary>
    private static Block Shown(LeafBlock leaf) => leaf.Parent switch
    {
        ListItemBlock { Parent: ListBlock { IsLoose: false } } item => item,
        TableCell cell => cell,
        _ => leaf,
    };

    private enum Direction { None, LeftToRight, RightToLeft }

    /// <summary>
    /// A plain text's direction by the same rule as a block's: "rtl" when its first letter runs right
    /// to left, "ltr" when it has letters and none does, null when it opens with a Latin name but holds
    /// right-to-left letters ("NATO …" in Arabic), left to the site's direction.
    /// </summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var rightToLeft = HasRightToLeft(text);
        foreach (var rune in text.AsSpan().EnumerateRunes())
        {
            if (!Rune.IsLetter(rune)) continue;
            return IsRightToLeft(rune) ? "rtl" : rightToLeft ? null : "ltr";
        }
        return null;
    }

    private static bool HasLetter(ContainerInline inlines)
    {
        for (var inline = inlines.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var text = inline switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                WikiLinkInline { Label: { } label } => label.AsSpan(),
                _ => [],
            };
            foreach (var rune in text.EnumerateRunes())
                if (Rune.IsLetter(rune)) return true;
            if (inline is ContainerInline inner && HasLetter(inner)) return true;
        }
        return false;
    }

    private static (Direction First, bool AnyRightToLeft, bool AnyLeftToRight) Read(ContainerInline inlines)
    {
        var first = Direction.None;
        var (any, anyLeftToRight) = (false, false);
        foreach (var inline in inlines.Descendants<Inline>())
        {
            var text = inline switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                WikiLinkInline { Label: { } label } => label.AsSpan(),
                _ => [],
            };
            // Letters only: Arabic-Indic digits and Hebrew points are in the same blocks but set no direction.
            foreach (var rune in text.EnumerateRunes())
            {
                if (!Rune.IsLetter(rune)) continue;
                if (IsRightToLeft(rune))
                {
                    any = true;
                    if (first == Direction.None) first = Direction.RightToLeft;
                }
                else
                {
                    anyLeftToRight = true;
                    if (first == Direction.None) first = Direction.LeftToRight;
                }
            }
        }
        return (first, any, anyLeftToRight);
    }

    /// <summary>
    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms; not FE00–FE6F between them,
    /// which holds the emoji variation selector (❤️), no letter.
    /// </summary>
    private static readonly (char From, char To)[] RightToLeftLetters = [('\u0590', '\u08FF'), ('\uFB1D', '\uFDFF'), ('\uFE70', '\uFEFC')];

    /// <summary>Whether the text has a letter of a right-to-left script.</summary>
    public static bool HasRightToLeft(string text) => RightToLeftLetters.Any(range => text.AsSpan().IndexOfAnyInRange(range.From, range.To) >= 0);

    private static bool IsRightToLeft(Rune rune)
    {
        foreach (var (from, to) in RightToLeftLetters)
            if (rune.Value >= from && rune.Value <= to) return true;
        return false;
    }
}
