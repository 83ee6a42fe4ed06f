using System.Net;

namespace BriefingGen.Rendering.Pages;

/// <summary>The values of one attribute throughout a rendered page, read without parsing it: the checks made on pages as they are written.</summary>
internal static class AttributeValues
{
    /// <summary>
    /// The value of every attribute of this name (ASCII letters, lower case; any case in the page),
    /// quoted or not, its entities decoded. Text that looks like one in the page's prose can only
    /// add values, never hide one.
    /// </summary>
    public static List<string> Of(ReadOnlySpan<byte> html, ReadOnlySpan<byte> name)
    {
        var values = new List<string>();
        while (html.IndexOf((byte)'=') is var at and >= 0)
        {
            var named = at > name.Length && NameEndsAt(html, at, name);
            html = html[(at + 1)..];
            if (!named || html.IsEmpty) continue;
            int end;
            if (html[0] is (byte)'"' or (byte)'\'')
            {
                var quote = html[0];
                html = html[1..];
                end = html.IndexOf(quote);
            }
            else end = html.IndexOfAny(" \n\t\r\f>"u8);
            if (end < 0) end = html.Length;
            var value = System.Text.Encoding.UTF8.GetString(html[..end]);
            values.Add(value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
            html = html[end..];
        }
        return values;
    }

    /// <summary>Whether the name stands just before the '=' at <paramref name="at"/>, after white space.</summary>
    private static bool NameEndsAt(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < name.Length; i++)
            if ((html[at - name.Length + i] | 0x20) != name[i]) return false;
        return html[at - name.Length - 1] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f';
    }
}
