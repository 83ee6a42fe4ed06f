using System.Globalization;

namespace BriefingGen.Model;

/// <summary>Cuts text between what a reader sees as characters (grapheme clusters), never inside an emoji, a surrogate pair or an accent.</summary>
public static class TextElements
{
    /// <summary>The text when it has at most length text elements; else its first length - 1 and the ellipsis.</summary>
    public static string Shorten(string text, int length, string ellipsis = "…")
    {
        if (text.Length <= length) return text;
        var info = new StringInfo(text);
        return info.LengthInTextElements <= length ? text : info.SubstringByTextElements(0, length - ellipsis.Length) + ellipsis;
    }
}
