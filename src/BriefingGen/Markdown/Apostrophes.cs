using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// The straight quotes SmartyPants leaves, because they pair with nothing or sit between marks: an apostrophe inside or
/// after a word ("it's", "Peru's", "[[peru|Peru]]'s", "analysts'") or before a year ("'90s") becomes
/// ’, and one opening a word becomes ‘. A quote written escaped (\'), in code or in an address shown
/// as its own text (https://example.org/o'brien) stays as written.
/// </summary>
public static class Apostrophes
{
    /// <summary>
    /// SmartyPants takes the quote of "'90s" for an opening one (pairing it with a later apostrophe):
    /// before two digits it is one, as years are abbreviated; "'1984'" is quoted.
    /// </summary>
    public static void Curl(SmartyPant quote)
    {
        if (quote.Type == SmartyPantType.LeftQuote && quote.NextSibling is LiteralInline { Content: var next } && IsShortYear(next.AsSpan()))
            quote.Type = SmartyPantType.RightQuote;
    }

    /// <param name="doubleOpen">Whether a '"' of this block was curled to open and has not closed yet: the caller's, false at each block.</param>
    public static void Curl(LiteralInline literal, ref bool doubleOpen)
    {
        var content = literal.Content;
        if ((content.IndexOf('\'') < 0 && content.IndexOf('"') < 0) || literal.Parent is LinkInline { IsAutoLink: true }) return;
        var text = content.ToString().ToCharArray();
        var words = new Words(text);
        // An escaped character is a literal of its own, joined to the text after it: only that one stays as written.
        for (var i = literal.IsFirstCharacterEscaped ? 1 : 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                if (!words.InAddress(i)) CurlDouble(literal, text, i, ref doubleOpen);
                continue;
            }
            if (text[i] != '\'') continue;
            // In or touching an address written as text, the quote is part of it ("o'neil@example.org").
            if (words.InAddress(i) || (i == 0 && literal.PreviousSibling is LinkInline { IsAutoLink: true })
                || (i == text.Length - 1 && literal.NextSibling is LinkInline { IsAutoLink: true }))
                continue;
            var before = i > 0 ? text[i - 1] : LastOf(literal.PreviousSibling);
            var after = i + 1 < text.Length ? text[i + 1] : FirstOf(literal.NextSibling);
            // A quote the parser left unpaired is a literal of its own: the year is in the next one.
            var rest = i + 1 < text.Length ? text.AsSpan(i + 1) : literal.NextSibling is LiteralInline { Content: var next } ? next.AsSpan() : [];
            if (char.IsLetterOrDigit(before) || IsShortYear(rest)) text[i] = '’';
            else if (char.IsLetter(after)) text[i] = '‘';
        }
        literal.Content = new StringSlice(new string(text));
    }

    /// <summary>
    /// A '"' SmartyPants could not tell opening from closing, with punctuation on both sides: the
    /// quotation that ends a sentence on a citation, link or emphasis ("see [@un, p. 4]".) kept both
    /// its quotes straight. One opening a word opens; one after a word or a mark closes, but after a
    /// number with no quotation open it is the inch mark (5' 10"), left straight.
    /// </summary>
    private static void CurlDouble(LiteralInline literal, char[] text, int i, ref bool doubleOpen)
    {
        var before = i > 0 ? text[i - 1] : LastOf(literal.PreviousSibling);
        var after = i + 1 < text.Length ? text[i + 1] : FirstOf(literal.NextSibling);
        text[i] = Double(before, after, i + 2 < text.Length ? text[i + 2] : ' ', ref doubleOpen);
    }

    /// <summary>A '"' between these characters as shown: “ opening, ” closing, or '"' left as the inch mark after a number with no quotation open.</summary>
    private static char Double(char before, char after, char afterNext, ref bool doubleOpen)
    {
        if (Opens(before, after, afterNext))
        {
            doubleOpen = true;
            return '“';
        }
        if (char.IsWhiteSpace(before) || (!doubleOpen && char.IsAsciiDigit(before))) return '"';
        doubleOpen = false;
        return '”';
    }

    /// <summary>
    /// Whether a quote between these characters opens: after a space or an opening mark, before a
    /// word. One before a full stop or a comma closes ("I was going to—". opened a quotation).
    /// </summary>
    /// <param name="afterNext">The character after <paramref name="after"/>: a quotation may open on an ellipsis ("...and then").</param>
    private static bool Opens(char before, char after, char afterNext = ' ') =>
        (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '/' or '“' or '‘')
        && !char.IsWhiteSpace(after) && (after is not ('.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}') || (after == '.' && afterNext == '.'));

    /// <summary>
    /// Text outside Markdown (front matter's titles, names, summaries) with its straight quotes made
    /// typographic as the body's are: a list read "Castillo's wife" beside "Castillo’s" in the prose.
    /// A quote after a letter, a digit or a closing mark closes (’ ”), one opening a word opens (‘ “),
    /// one before a two-digit year is an apostrophe (’90s); one in an address, or between spaces, stays.
    /// </summary>
    public static string InPlainText(string text)
    {
        if (text.AsSpan().IndexOfAny('\'', '"') < 0) return text;
        var chars = text.ToCharArray();
        var words = new Words(chars);
        var doubleOpen = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var quote = chars[i];
            if (quote is not ('\'' or '"') || words.InAddress(i)) continue;
            var before = i > 0 ? chars[i - 1] : ' ';
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            var afterNext = i + 2 < chars.Length ? chars[i + 2] : ' ';
            if (quote == '"') chars[i] = Double(before, after, afterNext, ref doubleOpen);
            else if (char.IsLetterOrDigit(before) || IsShortYear(chars.AsSpan(i + 1))) chars[i] = '’';
            else if (Opens(before, after, afterNext)) chars[i] = '‘';
            else if (!char.IsWhiteSpace(before)) chars[i] = '’';
        }
        return new string(chars);
    }

    /// <summary>
    /// Whether the run of text without spaces around a position looks like an e-mail or web address,
    /// asked of positions in increasing order. Each run is read once: a run of thousands of quotes
    /// was read whole for each of them, and a 400 KB body of them took minutes.
    /// </summary>
    private sealed class Words(char[] text)
    {
        private int _end = -1;
        private bool _isAddress;

        public bool InAddress(int i)
        {
            if (i <= _end) return _isAddress;
            var start = i;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            _end = i;
            while (_end < text.Length - 1 && !char.IsWhiteSpace(text[_end + 1])) _end++;
            var word = text.AsSpan(start, _end - start + 1);
            _isAddress = word.Contains('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            return _isAddress;
        }
    }

    private static bool IsShortYear(ReadOnlySpan<char> text) =>
        text.Length >= 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && (text.Length == 2 || !char.IsAsciiDigit(text[2]));

    /// <summary>What a quote follows: a link, emphasis or code ends a word ("[[peru|Peru]]'s"); a line break does not, and a quote, dash or ellipsis SmartyPants made is that mark.</summary>
    private static char LastOf(Inline? inline) => inline switch
    {
        LiteralInline { Content: var content } => content.Length > 0 ? content.Text[content.End] : ' ',
        SmartyPant pant => Mark(pant),
        null or LineBreakInline => ' ',
        _ => 'a',
    };

    private static char FirstOf(Inline? inline) => inline switch
    {
        LiteralInline { Content: var content } => content.Length > 0 ? content.Text[content.Start] : ' ',
        SmartyPant pant => Mark(pant),
        null or LineBreakInline => ' ',
        _ => 'a',
    };

    /// <summary>The character SmartyPants shows for a mark (’ “ … —).</summary>
    internal static char Mark(SmartyPant pant) => pant.Type switch
    {
        SmartyPantType.LeftQuote => '‘',
        SmartyPantType.RightQuote => '’',
        SmartyPantType.LeftDoubleQuote => '“',
        SmartyPantType.RightDoubleQuote => '”',
        SmartyPantType.LeftAngleQuote => '«',
        SmartyPantType.RightAngleQuote => '»',
        SmartyPantType.Ellipsis => '…',
        SmartyPantType.Dash2 => '–',
        SmartyPantType.Dash3 => '—',
        _ => ' ',
    };
}
