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
        if (!HasRightToLeft(markdown)) return Leaves(ast).Any(leaf => Read(leaf.Inline!, toFirstLetter: true).First != Direction.None) ? "ltr" : null;
        var (anyLeftToRight, anyRightToLeft) = (false, false);
        foreach (var leaf in Leaves(ast))
        {
            var letters = Read(leaf.Inline!, toFirstLetter: false);
            (anyLeftToRight, anyRightToLeft) = (anyLeftToRight || letters.AnyLeftToRight, anyRightToLeft || letters.AnyRightToLeft);
            if (letters.Own is { } own) Shown(leaf).GetAttributes().AddClass(own == "rtl" ? RightToLeft : LeftToRight);
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

    /// <summary>A plain text's direction by the rule a block's follows (<see cref="Letters.Own"/>): a title's, a summary's.</summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var letters = new Letters();
        letters.Read(text, toFirstLetter: !HasRightToLeft(text));
        return letters.Own;
    }

    private static Letters Read(ContainerInline inlines, bool toFirstLetter)
    {
        var letters = new Letters();
        foreach (var inline in inlines.Descendants<Inline>())
        {
            letters.Read(inline switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                WikiLinkInline { Label: { } label } => label.AsSpan(),
                _ => [],
            }, toFirstLetter);
            if (toFirstLetter && letters.First != Direction.None) break;
        }
        return letters;
    }

    /// <summary>What a text's letters say of its direction: which way its first runs, and whether any runs each way.</summary>
    private struct Letters
    {
        public Direction First;
        public bool AnyRightToLeft;
        public bool AnyLeftToRight;

        /// <summary>
        /// "rtl" when the first letter runs right to left, "ltr" when there are letters and none does;
        /// null for a text that opens with a Latin name but holds right-to-left letters ("NATO …" in
        /// Arabic), left to the site's direction, or has no letter.
        /// </summary>
        public readonly string? Own => First == Direction.RightToLeft ? "rtl" : First == Direction.LeftToRight && !AnyRightToLeft ? "ltr" : null;

        /// <param name="toFirstLetter">Stop at the first letter: enough when the text holds no right-to-left letter.</param>
        public void Read(ReadOnlySpan<char> text, bool toFirstLetter)
        {
            // Letters only: Arabic-Indic digits and Hebrew points are in the same blocks but set no direction.
            foreach (var rune in text.EnumerateRunes())
            {
                if (!Rune.IsLetter(rune)) continue;
                var direction = IsRightToLeft(rune) ? Direction.RightToLeft : Direction.LeftToRight;
                if (direction == Direction.RightToLeft) AnyRightToLeft = true;
                else AnyLeftToRight = true;
                if (First == Direction.None) First = direction;
                if (toFirstLetter) return;
            }
        }
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
