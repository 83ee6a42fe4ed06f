using System.Globalization;
using System.Text;

namespace BriefingGen.Validation;

/// <summary>
/// Characters an address cannot hold as they are (RFC 3986): spaces and control characters,
/// " &lt; &gt; \ ^ ` { } |, and a '%' that starts no percent-encoding. A browser may guess what such
/// an address means; the exports (BibTeX, RIS, CSL-JSON) and link checkers do not. Letters beyond
/// ASCII are left alone: browsers and the exports take "https://es.wikipedia.org/wiki/Perú".
/// </summary>
public static class UrlCharacters
{
    /// <summary>Printable ASCII an address must percent-encode; spaces and control characters come on top.</summary>
    internal const string MustBeEncoded = "\"<>\\^`{}|";

    /// <summary>What is wrong and the address as it should be written ("... as %20: 'https://x.org/a%20b'"), or null when it is fine.</summary>
    public static string? Problem(string url)
    {
        var culpritAt = FirstProblem(url, 0);
        if (culpritAt < 0) return null;
        var shown = new StringBuilder(url.Length + 8);
        var done = 0;
        for (var at = culpritAt; at >= 0; at = FirstProblem(url, done))
        {
            shown.Append(url, done, at - done).Append(url[at] == '%' ? "%25" : IsFormatting(url[at]) ? "" : PercentEncoded(url[at]));
            done = at + 1;
        }
        shown.Append(url, done, url.Length - done);
        var culprit = url[culpritAt];
        if (culprit == '%') return $"contains a '%' that starts no percent-encoding; write it as %25: '{shown}'";
        // Named by what it does, not its code: a direction override is read as an isolate (U+202E as U+2067) before this.
        if (IsFormatting(culprit)) return $"contains an invisible formatting character (a zero-width space or a direction mark), which an address cannot hold; delete it: '{shown}'";
        var what = culprit == ' ' ? "a space" : IsInvisible(culprit) ? $"the invisible character U+{(int)culprit:X4}" : $"'{culprit}'";
        return $"contains {what}, which an address cannot hold; percent-encode it as {PercentEncoded(culprit)}: '{shown}'";
    }

    /// <summary>The index of the first character from <paramref name="from"/> that an address cannot hold as it is, or -1.</summary>
    private static int FirstProblem(string url, int from)
    {
        for (var i = from; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '%' ? !StartsEncoding(url, i) : IsInvisible(c) || MustBeEncoded.Contains(c)) return i;
        }
        return -1;
    }

    /// <summary>
    /// A space, a control character, or a format character (a zero-width space, a direction mark or
    /// override): the address a reader sees is not the one followed. The zero-width joiners are kept:
    /// Persian and Indic words in an address are written with them.
    /// </summary>
    public static bool IsInvisible(char c) => char.IsControl(c) || char.IsWhiteSpace(c) || IsFormatting(c);

    /// <summary>A format character that shows nothing in an address (a zero-width space, a direction mark), the joiners aside.</summary>
    public static bool IsFormatting(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not ('\u200C' or '\u200D');

    /// <summary>"%C2%A0" for a no-break space: every byte of its UTF-8 (none of these characters is half a surrogate pair).</summary>
    private static string PercentEncoded(char c) => string.Concat(Encoding.UTF8.GetBytes([c]).Select(b => $"%{b:X2}"));

    private static bool StartsEncoding(string url, int at) =>
        at + 2 < url.Length && char.IsAsciiHexDigit(url[at + 1]) && char.IsAsciiHexDigit(url[at + 2]);
}
