using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>The text a reader sees of the plain inlines of a body, where heading ids and word counts read it alike.</summary>
internal static class InlineText
{
    /// <summary>
    /// The text of literal text, code (words too: "## `parse()`" had the id "section"), a character
    /// reference decoded, or a line break (a space); false for any other inline, which each reader
    /// takes in its own way.
    /// </summary>
    public static bool TryRead(Inline inline, out ReadOnlySpan<char> text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text = literal.Content.AsSpan();
                return true;
            case CodeInline code:
                text = code.Content;
                return true;
            case HtmlEntityInline entity:
                text = entity.Transcoded.AsSpan();
                return true;
            case LineBreakInline:
                text = " ";
                return true;
            default:
                text = default;
                return false;
        }
    }
}
