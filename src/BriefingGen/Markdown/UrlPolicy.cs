using System.Text.RegularExpressions;

namespace BriefingGen.Markdown;

public enum UrlVerdict
{
    Allowed,
    Insecure,
    Refused,
}

/// <summary>
/// The allow-list for URLs in contributed Markdown: https, http (with a warning), mailto,
/// relative paths and fragments. Checked on the decoded URL with the characters browsers
/// ignore (controls, spaces) removed, so "java&#x09;script:" and " JAVASCRIPT:" are caught.
/// </summary>
public static partial class UrlPolicy
{
    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();

    public static UrlVerdict Check(string url)
    {
        var compact = Compact(url);
        if (LeavesWithoutScheme(compact)) return UrlVerdict.Refused;
        var scheme = SchemePattern().Match(compact);
        if (!scheme.Success) return compact.Contains(':') && compact.IndexOf(':') < FirstPathCharacter(compact) ? UrlVerdict.Refused : UrlVerdict.Allowed;
        return scheme.Groups[1].Value.ToLowerInvariant() switch
        {
            "https" or "mailto" => UrlVerdict.Allowed,
            "http" => UrlVerdict.Insecure,
            _ => UrlVerdict.Refused,
        };
    }

    /// <summary>
    /// True for a path from the site root ("/briefs/b/"): it reaches the page only where the site is
    /// served at the host's root, not under a sub-path or from disk.
    /// </summary>
    public static bool IsRootRelative(string url)
    {
        var compact = Compact(url);
        return compact.StartsWith('/') && !LeavesWithoutScheme(compact);
    }

    /// <summary>True for a path from the page it is on ("../x/index.html", "notes.html#a"): not another site, not the root, not only "#fragment" or "?query".</summary>
    public static bool IsRelativePath(string url)
    {
        var compact = Compact(url);
        return compact.Length > 0 && compact[0] is not ('#' or '?' or '/' or '\\') && !SchemePattern().IsMatch(compact) && Check(url) == UrlVerdict.Allowed;
    }

    /// <summary>Where an address's path ends: at its '?' or '#', or at its end.</summary>
    public static int PathEnd(string url) => url.IndexOfAny(['?', '#']) is >= 0 and var end ? end : url.Length;

    /// <summary>"#section" when the path is followed straight by a fragment with words, else "": what a [[id#section]] keeps of it.</summary>
    public static string Fragment(string url) => url[PathEnd(url)..] is ['#', _, ..] fragment ? fragment : "";

    /// <summary>
    /// "../b/" as "../b/index.html", query and fragment kept: a folder link works on a server, but
    /// opened from disk it shows a listing of the folder, and the site is meant to work from disk as well.
    /// </summary>
    public static string WithIndexPage(string url)
    {
        var end = PathEnd(url);
        return url[..end].EndsWith('/') ? url[..end] + "index.html" + url[end..] : url;
    }

    /// <summary>Whether an address without a scheme starts with a host name ("www.bbc.com/news", "bbc.com/x"): pasted without its https://.</summary>
    public static bool StartsWithHost(string url)
    {
        var host = url.Split('/')[0];
        return host.Contains('.') && host.Split('.') is var labels && labels.All(l => l.Length > 0 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter)
            && (url.Length > host.Length || host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || !FileExtensions.Contains(labels[^1]));
    }

    /// <summary>Endings of files a link names ("notes.html", "data.json"), not of hosts ("bbc.com"): "x.json" alone is a file.</summary>
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "htm", "xml", "json", "bib", "ris", "ics", "txt", "css", "js", "svg", "png", "jpg", "jpeg", "gif", "webp", "pdf", "csv", "md", "zip", "woff", "woff2",
    };

    /// <summary>True for an address that leaves the site (gets rel="noopener noreferrer").</summary>
    public static bool IsExternal(string url) => SchemePattern().IsMatch(url.TrimStart());

    /// <summary>The address as a browser reads it: without the controls and spaces it ignores.</summary>
    private static string Compact(string url) => string.Concat(url.Where(c => c > ' ' && c != '\u007f'));

    /// <summary>"//host" and "\\host" leave the site without naming a scheme.</summary>
    private static bool LeavesWithoutScheme(string compact) =>
        compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith('\\') || compact.StartsWith("/\\", StringComparison.Ordinal);

    private static int FirstPathCharacter(string url)
    {
        var index = url.IndexOfAny(['/', '?', '#']);
        return index < 0 ? int.MaxValue : index;
    }
}
