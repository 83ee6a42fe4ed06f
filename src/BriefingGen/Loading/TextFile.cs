using System.Buffers;
using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>
/// How every text file we read (content and templates) is decoded: strict UTF-8 without a BOM and
/// with LF line ends, so a page never carries U+FFFD for a file saved in another encoding, a BOM
/// from the middle of a template, or CR from a Windows checkout.
/// </summary>
public static class TextFile
{
    /// <summary>
    /// What contributed text may not hold: C0 controls but tab and line feed, DEL and C1 (invisible in
    /// an editor, a parse error in HTML, not allowed at all in XML, where text ends up in feeds and sitemaps).
    /// </summary>
    public static readonly SearchValues<char> InvisibleControls =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Where(c => c is < 0x20 and not '\t' and not '\n' or >= 0x7F).Select(c => (char)c)]);

    /// <summary>The ASCII part of <see cref="InvisibleControls"/>: a set of only ASCII is searched a vector at a time, the whole set is not.</summary>
    private static readonly SearchValues<char> AsciiControls =
        SearchValues.Create([.. Enumerable.Range(0, 0x80).Where(c => c is < 0x20 and not '\t' and not '\n' or 0x7F).Select(c => (char)c)]);

    /// <summary>Where the first of <see cref="InvisibleControls"/> is, or -1: two vectorised passes (ASCII controls, then C1) instead of the mixed set's slower search, which was 1.5 % of a build.</summary>
    public static int IndexOfInvisibleControl(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(AsciiControls);
        var c1 = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u0080', '\u009F');
        return c1 >= 0 ? c1 : ascii;
    }

    /// <summary>
    /// The bidirectional embeddings and overrides (U+202A to U+202E), which word processors leave in
    /// pasted Arabic or Hebrew: one left open reverses the text after it up to the end of the
    /// paragraph, so a title could make the date beside it in a list read backwards. Each is read as
    /// the isolate that does its job without reaching past its own text (U+2066 to U+2069), which
    /// keeps every position in the file.
    /// </summary>
    private static readonly SearchValues<char> Embeddings = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E");

    private static char AsIsolate(char c) => c switch
    {
        '\u202A' or '\u202D' => '\u2066', // left-to-right embedding or override: left-to-right isolate
        '\u202B' or '\u202E' => '\u2067', // right-to-left embedding or override: right-to-left isolate
        '\u202C' => '\u2069', // pop directional formatting: pop directional isolate
        _ => c,
    };

    /// <summary>
    /// The text with each embedding or override read as its isolate. The file's text is read so as it
    /// is decoded; text decoded again, from a YAML escape ("\u202E") or a character reference in
    /// Markdown ("&amp;#x202E;"), is read so too.
    /// </summary>
    public static string WithIsolates(string text) => !text.AsSpan().ContainsAny(Embeddings) ? text : string.Create(text.Length, text, (chars, from) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = AsIsolate(from[i]);
    });

    /// <summary>CRLF and CR as LF. Only those: U+2028 and the like are characters of a value, not line ends, as an editor shows them.</summary>
    public static string WithLineFeeds(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text; null when it is not UTF-8, and then the problem says so at the first bad byte.</summary>
    public static string? Decode(string path, byte[] bytes, out (SourceLocation At, string Message) problem)
    {
        problem = default;
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return WithLineFeeds(WithIsolates(text));
        }
        catch (DecoderFallbackException e)
        {
            var valid = StrictUtf8.GetString(bytes, 0, Math.Max(0, e.Index));
            var line = valid.Count(c => c == '\n') + 1;
            var column = valid.Length - (valid.LastIndexOf('\n') + 1) + 1;
            problem = (new SourceLocation(path, line, column), $"'{path}' is not valid UTF-8 (byte 0x{bytes[e.Index]:X2}); save it as UTF-8");
            return null;
        }
    }
}
