using System.Text;

namespace BriefingGen.Validation;

/// <summary>
/// What a site's published address may be. It reaches every canonical link, the 404 page's links
/// and the exports unescaped by any format of its own, so only a plain absolute http(s) address
/// passes: a host, a clean path (no empty, '.' or '..' segment, no backslash: "//evil.example"
/// as a path makes links leave the site), no user name, query, fragment, space or control character.
/// </summary>
public static class BaseUrlRule
{
    /// <summary>The longest address taken: it is copied into every absolute address of every page.</summary>
    public const int MaxLength = 500;

    /// <summary>Why the address is refused, or null when it is fine.</summary>
    public static string? Problem(string url)
    {
        if (url.Length > MaxLength)
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it is {url.Length:N0} characters long, more than the {MaxLength} allowed (it is copied into every address of every page)");
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))) return "it contains a space or a control character";
        if (url.Contains('\\')) return "it contains a backslash";
        if (url.IndexOfAny(['?', '#']) >= 0) return "it has a query or fragment ('?' or '#')";
        // Characters an address must percent-encode; written raw they would reach robots.txt and the exports as they are.
        if (url.AsSpan().IndexOfAny(UrlCharacters.MustBeEncoded) is >= 0 and var at) return $"'{url[at]}' must be percent-encoded";
        for (var percent = url.IndexOf('%'); percent >= 0; percent = url.IndexOf('%', percent + 1))
            if (percent + 2 >= url.Length || !char.IsAsciiHexDigit(url[percent + 1]) || !char.IsAsciiHexDigit(url[percent + 2]))
                return "a '%' must begin a percent-escape of two hex digits, such as '%20'";
        // The scheme is case-insensitive (RFC 3986, 3.1).
        var scheme = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https://" : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http://" : null;
        // Port 0 names no port a browser can reach (RFC 6335, 6: reserved).
        if (scheme is not null && PortOf(url, scheme.Length) is { } port && (port.Length == 0 || port.Length > 5 || int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) is 0 or > 65535))
            return port.Length == 0 ? "its port is empty (':' with no number)" : $"its port {port} is not from 1 to 65535";
        if (scheme is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return "it is not an absolute http:// or https:// address with a host";
        if (uri.UserInfo.Length > 0) return "it has a user name before the host";
        if (!Ascii.IsValid(uri.Host) && InternationalHostProblem(uri) is { } hostProblem) return hostProblem;
        // A zero-width space or a direction override in the path: every address would hold what no reader sees.
        if (url.Any(UrlCharacters.IsFormatting))
            return "its path has an invisible formatting character (a zero-width space or a direction mark); delete it";
        var authorityEnd = url.IndexOf('/', scheme.Length);
        if (authorityEnd < 0) return null;
        var segments = url[(authorityEnd + 1)..].Split('/');
        // Only the last segment may be empty: "https://x.example/docs/" is fine, "https://x.example//evil" is not.
        if (segments.SkipLast(1).Any(s => s.Length == 0) || segments.Any(s => IsDotSegment(s) || s.Contains("%2f", StringComparison.OrdinalIgnoreCase) || s.Contains("%5c", StringComparison.OrdinalIgnoreCase)))
            return "its path has an empty, '.' or '..' segment or an encoded slash";
        // The home page's address copied from a browser: every address would be made under "index.html/".
        return IsPageName(segments[^1]) ? $"it ends in '{segments[^1]}', a file, not the folder the site is published at; write '{url[..^segments[^1].Length]}'" : null;
    }

    /// <summary>A file name a web server serves as a page or a file ("index%2Ehtml" as it is read); a folder such as "v1.2" is not one.</summary>
    private static bool IsPageName(string segment) =>
        Path.GetExtension(Uri.UnescapeDataString(segment)).ToLowerInvariant() is ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx" or ".jsp"
            or ".cgi" or ".xml" or ".json" or ".txt";

    /// <summary>
    /// Why an international host cannot be written in punycode, as every absolute address carries it:
    /// one with a character that is not a letter, digit or mark (a soft hyphen or zero-width space,
    /// which browsers drop; a full-width slash), or that IDNA refuses (an Arabic letter beside a Latin one).
    /// </summary>
    private static string? InternationalHostProblem(Uri uri)
    {
        foreach (var c in uri.Host)
        {
            // The joiners are part of words in Persian and Indic scripts; IDNA decides where they may stand.
            if (c is '.' or '-' or '\u200C' or '\u200D' || char.IsAscii(c) || char.IsLetterOrDigit(c) || char.IsSurrogate(c)
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) continue;
            // A browser reads these as '.'; an address written with them would differ from the one it shows.
            if (c is '\u3002' or '\uFF0E' or '\uFF61') return $"its host has '{c}' where a host name has '.'; write '.'";
            return $"its host has the character U+{(int)c:X4}, which a host name cannot hold (letters, digits, '-' and '.' only)";
        }
        try
        {
            _ = uri.IdnHost;
            return null;
        }
        catch (UriFormatException)
        {
            return "its host is not a valid international domain name (IDNA), so it has no form in ASCII that every address could carry";
        }
    }

    /// <summary>The digits after the host's ':' (as written, possibly none), or null when the address names no port.</summary>
    private static string? PortOf(string url, int authorityStart)
    {
        var end = url.IndexOf('/', authorityStart) is >= 0 and var slash ? slash : url.Length;
        var authority = url[authorityStart..end];
        // After an IPv6 address's brackets, or the last ':' of a name.
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || authority.LastIndexOf(']') > colon) return null;
        var port = authority[(colon + 1)..];
        return port.All(char.IsAsciiDigit) ? port : null;
    }

    /// <summary>
    /// An address <see cref="Problem"/> let pass, as links and feed ids carry it: the scheme and host
    /// in lower case, as browsers show them (both are case-insensitive; an Atom id should be written so,
    /// RFC 4287, 4.2.6.1), the path as written.
    /// </summary>
    public static string Normalized(string url)
    {
        var authority = url.IndexOf("://", StringComparison.Ordinal) + "://".Length;
        var path = url.IndexOf('/', authority) is >= 0 and var slash ? slash : url.Length;
        var start = url[..path].ToLowerInvariant();
        // A sitemap, a feed id and a crawler want an address in ASCII: an international host in its
        // punycode form, other characters of the path percent-encoded as UTF-8.
        if (!Ascii.IsValid(start))
        {
            var uri = new Uri(url);
            start = $"{start[..authority]}{uri.IdnHost}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
        }
        return start + PercentEncodedBeyondAscii(url[path..]);
    }

    private static string PercentEncodedBeyondAscii(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var encoded = new System.Text.StringBuilder(text.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)]) encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }

    /// <summary>
    /// '.' or '..' as a browser reads a segment: each dot may be written '%2e' (in either case), so
    /// '.%2e', '%2e.' and '%2e%2e' go up a folder just as '..' does.
    /// </summary>
    private static bool IsDotSegment(string segment)
    {
        var decoded = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
        return decoded is "." or "..";
    }
}
