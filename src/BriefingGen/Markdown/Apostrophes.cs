using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// The straight quotes SmartyPants leaves, because they pair with nothing: an apostrophe inside or
/// after a word ("it's", "Peru's", "analysts'") or before a year ("'90s") becomes ’, and one opening
/// a word becomes ‘. A quote written escaped (\') stays straight.
/// </summary>
public static class Apostrophes
{
    /// <summary>SmartyPants takes the quote of "'90s" for an opening one (pairing it with a later apostrophe): before a digit it is one.</summary>
    public static void Curl(SmartyPant quote)
    {
        if (quote.Type == SmartyPantType.LeftQuote && char.IsAsciiDigit(FirstOf(quote.NextSibling))) quote.Type = SmartyPantType.RightQuote;
    }

    public static void Curl(LiteralInline literal)
    {
        var content = literal.Content;
        if (literal.IsFirstCharacterEscaped || content.IndexOf('\'') < 0) return;
        var text = content.ToString().ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\'') continue;
            var before = i > 0 ? text[i - 1] : LastOf(literal.PreviousSibling);
            var after = i + 1 < text.Length ? text[i + 1] : FirstOf(literal.NextSibling);
            if (char.IsLetterOrDigit(before) || char.IsAsciiDigit(after)) text[i] = '’';
            else if (char.IsLetter(after)) text[i] = '‘';
        }
        literal.Content = new StringSlice(new string(text));
    }

    private static char LastOf(Inline? inline) =>
        inline is LiteralInline { Content: var content } && content.Length > 0 ? content.Text[content.End] : ' ';

    private static char FirstOf(Inline? inline) =>
        inline is LiteralInline { Content: var content } && content.Length > 0 ? content.Text[content.Start] : ' ';
}
