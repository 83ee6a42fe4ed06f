using System.Globalization;
using System.Text;
using BriefingGen.Graph;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// timeline.ics: every event as an all-day VEVENT (RFC 5545). A partial date spans its whole
/// month or year; an end date makes it span to the end of that date. CRLF line ends and 75-octet
/// folding as the RFC requires.
/// </summary>
public static class ICalendarFeed
{
    public const string Path = "timeline.ics";

    public static byte[] Write(SiteGraph graph, DateTimeOffset stamp)
    {
        var host = graph.Config.BaseUrl is { } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "briefinggen.invalid";
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BriefingGen//Timeline//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + Text(graph.Config.Title),
        };
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in graph.Events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{e.Id}@{host}");
            lines.Add("DTSTAMP:" + dtstamp);
            lines.Add("DTSTART;VALUE=DATE:" + Day(e.Date.FirstDay));
            lines.Add("DTEND;VALUE=DATE:" + Day((e.End ?? e.Date).LastDay.AddDays(1)));
            lines.Add("SUMMARY:" + Text((e.Circa ? "c. " : "") + e.Title));
            if (e.Summary is not null) lines.Add("DESCRIPTION:" + Text(e.Summary));
            if (e.Location is not null) lines.Add("LOCATION:" + Text(e.Location));
            if (graph.Config.BaseUrl is { } root) lines.Add("URL:" + root.TrimEnd('/') + "/" + e.Url);
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping: backslash, semicolon, comma and newlines.</summary>
    private static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\r", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space, never splitting a UTF-8 sequence.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + length > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }
            output.Append(line[i]);
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length) output.Append(line[++i]);
            octets += length;
        }
        output.Append("\r\n");
    }
}
