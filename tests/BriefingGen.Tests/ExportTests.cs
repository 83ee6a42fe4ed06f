using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// The machine-readable outputs as the programs that read them see them: the iCalendar feed line by
/// line (RFC 5545 escaping, CRLF, folding at 75 octets without splitting a character), and each JSON
/// export byte for byte.
/// </summary>
public class ExportTests
{
    private static readonly DateTimeOffset Stamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    /// <summary>Two-, three- and four-octet characters (é, €, an emoji) mixed, so folds land before, inside and after each.</summary>
    private static readonly string LongTitle = string.Concat(Enumerable.Range(0, 24).Select(i => $"{i} é€😀 talks"));

    private static byte[] Feed(string files, string? baseUrl = null) =>
        TestSite.Build(files, new BuildOptions { Timestamp = Stamp, BaseUrl = baseUrl }).AssertClean().Output.Files["timeline.ics"];

    /// <summary>The physical lines, each checked to end in CRLF and to decode as UTF-8 on its own.</summary>
    private static List<string> PhysicalLines(byte[] ics)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < ics.Length; i++)
        {
            if (ics[i] == '\n')
            {
                Assert.True(i > 0 && ics[i - 1] == '\r', $"a bare LF ends line {lines.Count + 1}");
                lines.Add(strict.GetString(ics, start, i - 1 - start));
                start = i + 1;
            }
            else if (ics[i] == '\r') Assert.True(i + 1 < ics.Length && ics[i + 1] == '\n', $"a bare CR in line {lines.Count + 1}");
        }
        Assert.Equal(ics.Length, start); // the last line ends in CRLF too
        return lines;
    }

    /// <summary>The logical lines: each continuation (CRLF then one space) joined to the line before.</summary>
    private static List<string> Unfolded(byte[] ics)
    {
        var logical = new List<string>();
        foreach (var line in PhysicalLines(ics))
            if (line.StartsWith(' ')) logical[^1] += line[1..];
            else logical.Add(line);
        return logical;
    }

    [Fact]
    public void Ics_escapes_backslash_semicolon_comma_and_newline()
    {
        // Carriage returns never get this far: front matter refuses control characters other than newline and tab.
        var ics = Feed(Event("e", "2020-03-04",
            "summary: \"back\\\\slash; semi, comma\\nsecond line\"\nlocation: 'Lima, Peru; Plaza \\ Mayor'"));
        var lines = Unfolded(ics);
        Assert.Contains(@"DESCRIPTION:back\\slash\; semi\, comma\nsecond line", lines);
        Assert.Contains(@"LOCATION:Lima\, Peru\; Plaza \\ Mayor", lines);
    }

    [Fact]
    public void Ics_folds_long_lines_at_75_octets_exactly_and_never_inside_a_character()
    {
        var ics = Feed($"-- content/events/e.md --\n---\ntitle: '{LongTitle}'\ndate: 2020\nsummary: '{LongTitle}'\n---\n");
        var lines = PhysicalLines(ics);
        var folds = 0;
        var movedEarlierForACharacter = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var octets = Encoding.UTF8.GetByteCount(lines[i]);
            Assert.True(octets <= 75, $"line {i + 1} has {octets} octets: {lines[i]}");
            if (i + 1 < lines.Count && lines[i + 1].StartsWith(' '))
            {
                folds++;
                // Folded only when the next character would not fit: the line is as full as it can be.
                var next = System.Text.Rune.GetRuneAt(lines[i + 1], 1).Utf8SequenceLength;
                Assert.True(octets + next > 75, $"line {i + 1} was folded at {octets} octets though the next character ({next} octets) fits");
                if (octets < 75) movedEarlierForACharacter++;
            }
        }
        Assert.True(folds >= 6, "the title and summary should each fold several times");
        Assert.True(movedEarlierForACharacter > 0, "no fold fell in the middle of a multi-octet character; the test would prove nothing");
        var unfolded = Unfolded(ics);
        Assert.Contains("SUMMARY:" + LongTitle, unfolded);
        Assert.Contains("DESCRIPTION:" + LongTitle, unfolded);
    }

    [Fact]
    public void Ics_feed_is_exactly_a_calendar_of_all_day_events()
    {
        var files = """
            -- content/site.yml --
            title: Andes, Watch; Daily
            -- content/events/coup.md --
            ---
            title: Self-coup attempt
            date: 2022-12-07
            circa: true
            summary: Castillo dissolves Congress.
            location: Lima
            ---
            -- content/events/crisis.md --
            ---
            title: Crisis
            date: 2019-12
            end: 2020
            ---
            """;
        var ics = Encoding.UTF8.GetString(Feed(files, "https://example.org/briefs/"));
        Assert.Equal(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BriefingGen//Timeline//EN\r\nCALSCALE:GREGORIAN\r\n" +
            "X-WR-CALNAME:Andes\\, Watch\\; Daily\r\n" +
            "BEGIN:VEVENT\r\nUID:crisis@example.org\r\nDTSTAMP:20231114T221320Z\r\n" +
            "DTSTART;VALUE=DATE:20191201\r\nDTEND;VALUE=DATE:20210101\r\nSUMMARY:Crisis\r\n" +
            "URL:https://example.org/briefs/events/crisis/index.html\r\nEND:VEVENT\r\n" +
            "BEGIN:VEVENT\r\nUID:coup@example.org\r\nDTSTAMP:20231114T221320Z\r\n" +
            "DTSTART;VALUE=DATE:20221207\r\nDTEND;VALUE=DATE:20221208\r\nSUMMARY:c. Self-coup attempt\r\n" +
            "DESCRIPTION:Castillo dissolves Congress.\r\nLOCATION:Lima\r\n" +
            "URL:https://example.org/briefs/events/coup/index.html\r\nEND:VEVENT\r\n" +
            "END:VCALENDAR\r\n", ics);
    }

    [Fact]
    public void Ics_without_a_base_url_has_no_url_and_an_invalid_host_in_uids()
    {
        var lines = Unfolded(Feed(Event("e", "2020")));
        Assert.Contains("UID:e@briefinggen.invalid", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("URL:", StringComparison.Ordinal));
    }
}
