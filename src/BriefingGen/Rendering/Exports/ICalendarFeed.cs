using System.Globalization;
using System.Text;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// timeline.ics: every event as an all-day VEVENT (RFC 5545). A partial date spans its whole
/// month or year; an end date makes it span to the end of that date. Every contributed value is
/// written as TEXT (escaped), every line is folded at 75 octets and ends in CRLF, so no value can
/// end a line or start a property of its own.
/// </summary>
public static class ICalendarFeed
{
    public const string Path = "timeline.ics";

    public static byte[] Write(SiteGraph graph, DateTimeOffset stamp)
    {
        // The base URL is checked (absolute http(s), no control characters or spaces); the ids are slugs.
        var baseUrl = graph.Config.BaseUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        // Two sites on one host (GitHub Pages' /repo-a/ and /repo-b/) must not share event UIDs, or a
        // calendar subscribed to both merges their events; a site at the root keeps its plain host.
        var site = baseUrl is null ? "briefinggen.invalid" : baseUrl.IdnHost + baseUrl.AbsolutePath.TrimEnd('/');
        var calendar = new StringBuilder();
        void Line(string line) => Fold(calendar, line);
        void Text(string name, string value) => Fold(calendar, name + ":" + EscapeText(value));

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//BriefingGen//Timeline//EN");
        Line("CALSCALE:GREGORIAN");
        Text("X-WR-CALNAME", graph.Config.Title);
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in graph.Events)
        {
            Line("BEGIN:VEVENT");
            // A UID never changes (RFC 5545, 3.8.4.7): a renamed event keeps its first id, or calendars drop it and add it again as new.
            Text("UID", $"{e.FirstId}@{site}");
            Line("DTSTAMP:" + dtstamp);
            Line("DTSTART;VALUE=DATE:" + Day(e.Date.FirstDay));
            Line("DTEND;VALUE=DATE:" + Day((e.End ?? e.Date).LastDay.AddDays(1)));
            // A calendar shows the summary as the event's name: "c. Self-coup attempt" read as a name starting with "c.".
            Text("SUMMARY", e.Circa ? e.Title + " (date approximate)" : e.Title);
            if (Imprecision(e) is { } known) Text("DESCRIPTION", e.Summary is null ? known : known + "\n\n" + e.Summary);
            else if (e.Summary is not null) Text("DESCRIPTION", e.Summary);
            if (e.Location is not null) Text("LOCATION", e.Location);
            if (baseUrl is not null && graph.Config.AbsoluteUrl(e.Url) is { } address) Line("URL:" + address);
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return new UTF8Encoding(false).GetBytes(calendar.ToString());
    }

    /// <summary>
    /// What a calendar's all-day span cannot say: that it covers a whole month or year because the
    /// day is not known ("Dated Jul–Oct 2020: known to the month."), not that the event lasted so long.
    /// </summary>
    private static string? Imprecision(Event e)
    {
        var least = (DatePrecision)Math.Min((int)e.Date.Precision, (int)(e.End?.Precision ?? e.Date.Precision));
        return least == DatePrecision.Day ? null : $"Dated {Pages.ViewFactory.When(e).Display}: known to the {(least == DatePrecision.Year ? "year" : "month")}.";
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and any line break as "\n".</summary>
    private static string EscapeText(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\r", "\\n").Replace("\n", "\\n");

    /// <summary>
    /// Writes one content line: past 75 octets it continues on the next line after CRLF and a space
    /// (which counts), cut between whole characters so no UTF-8 sequence is split. A character that
    /// cannot be encoded (a lone surrogate) is written as U+FFFD, and a control character that is not
    /// a tab as U+FFFD too, so nothing but our own CRLF ever ends a line.
    /// </summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var character in line.EnumerateRunes())
        {
            var rune = Rune.IsControl(character) && character.Value != '\t' ? Rune.ReplacementChar : character;
            if (octets + rune.Utf8SequenceLength > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }
            output.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }
        output.Append("\r\n");
    }
}
