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
    private const string MustBeEncoded = "\"<>\\^`{}|";

    /// <summary>What is wrong and the address as it should be written ("... as %20: 'https://x.org/a%20b'"), or null when it is fine.</summary>
    public static string? Problem(string url)
    {
        var first = -1;
        var fixedUrl = new StringBuilder(url.Length + 8);
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '%' && !StartsEncoding(url, i)) fixedUrl.Append("%25");
            else if (char.IsControl(c) || char.IsWhiteSpace(c) || MustBeEncoded.Contains(c))
                fixedUrl.Append(PercentEncoded(c));
            else
            {
                fixedUrl.Append(c);
                continue;
            }
            if (first < 0) first = i;
        }
        if (first < 0) return null;
        var shown = fixedUrl.ToString();
        var culprit = url[first];
        if (culprit == '%') return $"contains a '%' that starts no percent-encoding; write it as %25: '{shown}'";
        var what = culprit == ' ' ? "a space" : char.IsControl(culprit) || char.IsWhiteSpace(culprit) ? $"the invisible character U+{(int)culprit:X4}" : $"'{culprit}'";
        return $"contains {what}, which an address cannot hold; percent-encode it as {PercentEncoded(culprit)}: '{shown}'";
    }

    /// <summary>"%C2%A0" for a no-break space: every byte of its UTF-8 (none of these characters is half a surrogate pair).</summary>
    private static string PercentEncoded(char c) => string.Concat(Encoding.UTF8.GetBytes([c]).Select(b => $"%{b:X2}"));

    private static bool StartsEncoding(string url, int at) =>
        at + 2 < url.Length && char.IsAsciiHexDigit(url[at + 1]) && char.IsAsciiHexDigit(url[at + 2]);
}
