using System.Globalization;

namespace BriefingGen.Model;

/// <summary>
/// Text as a reader sees it: cut between what reads as characters (grapheme clusters), never inside
/// an emoji, a surrogate pair or an accent; a noun with its article.
/// </summary>
public static class TextElements
{
    /// <summary>"a brief", "an event", "an organization": a noun with its indefinite article, as messages name things.</summary>
    public static string WithArticle(string noun) => "aeiou".Contains(noun[0]) ? $"an {noun}" : $"a {noun}";

    /// <summary>Whether text shows nothing to a reader: spaces, and characters of no width (a zero-width space, a direction mark) only.</summary>
    public static bool ShowsNothing(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) return false;
        return true;
    }

    /// <summary>The text when it has at most length text elements; else its first length - 1 and the ellipsis.</summary>
    public static string Shorten(string text, int length, string ellipsis = "…")
    {
        if (text.Length <= length) return text;
        var info = new StringInfo(text);
        return info.LengthInTextElements <= length ? text : info.SubstringByTextElements(0, length - ellipsis.Length) + ellipsis;
    }
}
