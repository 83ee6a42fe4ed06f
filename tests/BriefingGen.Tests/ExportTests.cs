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

    /// <summary>Every kind of source and every optional field once, and an event with everything and one with nothing.</summary>
    public static readonly string JsonSite = """
        -- content/site.yml --
        title: Andes Watch
        description: Briefings on the Andes.
        -- content/actors/peru.md --
        ---
        name: Peru
        kind: state
        ---
        -- content/actors/mexico.md --
        ---
        name: Mexico
        kind: state
        ---
        -- content/sources/art.md --
        ---
        title: Peru cuts ties
        publisher: BBC News
        authors: ["Tian, Yang", "Reuters"]
        published: 2025-11-04
        url: https://example.org/a
        accessed: 2025-11-09
        archive_url: https://archive.example.org/a
        kind: article
        ---
        -- content/sources/rep.md --
        ---
        title: Annual report
        publisher: Ministry
        published: 2024
        kind: report
        ---
        -- content/sources/bk.md --
        ---
        title: A history
        published: 2019-05
        kind: book
        ---
        -- content/sources/sp.md --
        ---
        title: Address
        kind: statement
        ---
        -- content/sources/ds.md --
        ---
        title: Figures
        kind: dataset
        ---
        -- content/sources/wb.md --
        ---
        title: Home page
        publisher: Gazette
        url: https://example.org/w
        accessed: 2025-01-02
        ---
        -- content/sources/un.md --
        ---
        description: commentary on the rupture
        kind: document
        ---
        -- content/events/full.md --
        ---
        title: Rupture
        date: 2025-11
        end: 2026
        circa: true
        summary: Ties are cut.
        location: Lima
        actors: [peru, mexico, peru]
        sources: [art, rep, art]
        tags: [asylum, asylum]
        ---
        -- content/events/bare.md --
        ---
        title: Earlier
        date: 2019
        ---
        -- content/briefs/b.md --
        ---
        title: Brief
        date: 2025-11-10
        summary: S.
        events: [full]
        ---
        [@art] [@rep] [@bk] [@sp] [@ds] [@wb] [@un]
        """;

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
        // Carriage returns never get this far: front matter refuses control characters, and reads a line break or tab as a space;
        // the line breaks of a description are the calendar's own ("Dated 2020: known to the year.\n\n…").
        var ics = Feed(Event("e", "2020",
            "summary: \"back\\\\slash; semi, comma\\nsecond\\tline\"\nlocation: 'Lima, Peru; Plaza \\ Mayor'"));
        var lines = Unfolded(ics);
        Assert.Contains("DESCRIPTION:Dated 2020: known to the year.\\n\\nback\\\\slash\\; semi\\, comma second line", lines);
        Assert.Contains(@"LOCATION:Lima\, Peru\; Plaza \\ Mayor", lines);
    }

    [Fact]
    public void Ics_folds_long_lines_at_75_octets_exactly_and_never_inside_a_character()
    {
        var ics = Feed($"-- content/events/e.md --\n---\ntitle: '{LongTitle}'\ndate: 2020-05-01\nsummary: '{LongTitle}'\n---\n");
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
            "BEGIN:VEVENT\r\nUID:crisis@example.org/briefs\r\nDTSTAMP:20231114T221320Z\r\n" +
            "DTSTART;VALUE=DATE:20191201\r\nDTEND;VALUE=DATE:20210101\r\nSUMMARY:Crisis\r\n" +
            // A span of a whole month or year read as an event lasting it.
            "DESCRIPTION:Dated Dec 2019 – 2020: known to the year.\r\n" +
            "URL:https://example.org/briefs/events/crisis/index.html\r\nEND:VEVENT\r\n" +
            "BEGIN:VEVENT\r\nUID:coup@example.org/briefs\r\nDTSTAMP:20231114T221320Z\r\n" +
            "DTSTART;VALUE=DATE:20221207\r\nDTEND;VALUE=DATE:20221208\r\nSUMMARY:Self-coup attempt (date approximate)\r\n" +
            "DESCRIPTION:Castillo dissolves Congress.\r\nLOCATION:Lima\r\n" +
            "URL:https://example.org/briefs/events/coup/index.html\r\nEND:VEVENT\r\n" +
            "END:VCALENDAR\r\n", ics);
    }

    [Fact]
    public void Ics_says_when_an_all_day_span_stands_for_a_day_not_known()
    {
        var lines = Unfolded(Feed(Event("m", "2020-07", "end: 2020-10\nsummary: Talks.") + Event("d", "2020-07-01", "end: 2020-07-03")));
        Assert.Contains("DESCRIPTION:Dated Jul–Oct 2020: known to the month.\\n\\nTalks.", lines);
        Assert.Single(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_renamed_event_keeps_its_first_id_as_its_uid()
    {
        // Its UID followed the new id, so a subscribed calendar dropped the event and added it again.
        var lines = Unfolded(Feed(Event("talks-2020", "2020", "former_ids: [talks, talks-july]")));
        Assert.Contains("UID:talks@briefinggen.invalid", lines);
        Assert.Single(lines, l => l.StartsWith("UID:", StringComparison.Ordinal));
    }

    [Fact]
    public void Ics_without_a_base_url_has_no_url_and_an_invalid_host_in_uids()
    {
        var lines = Unfolded(Feed(Event("e", "2020")));
        Assert.Contains("UID:e@briefinggen.invalid", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("URL:", StringComparison.Ordinal));
    }

    [Fact]
    public void Csl_json_has_every_source_with_its_type_names_dates_and_addresses()
    {
        Assert.Equal("""
        [
          {
            "id": "bk",
            "type": "book",
            "title": "A history",
            "issued": {
              "date-parts": [
                [
                  2019,
                  5
                ]
              ]
            }
          },
          {
            "id": "sp",
            "type": "speech",
            "title": "Address"
          },
          {
            "id": "rep",
            "type": "report",
            "title": "Annual report",
            "publisher": "Ministry",
            "issued": {
              "date-parts": [
                [
                  2024
                ]
              ]
            }
          },
          {
            "id": "ds",
            "type": "dataset",
            "title": "Figures"
          },
          {
            "id": "wb",
            "type": "webpage",
            "title": "Home page",
            "container-title": "Gazette",
            "URL": "https://example.org/w",
            "accessed": {
              "date-parts": [
                [
                  2025,
                  1,
                  2
                ]
              ]
            }
          },
          {
            "id": "art",
            "type": "article-newspaper",
            "title": "Peru cuts ties",
            "author": [
              {
                "family": "Tian",
                "given": "Yang"
              },
              {
                "literal": "Reuters"
              }
            ],
            "container-title": "BBC News",
            "issued": {
              "date-parts": [
                [
                  2025,
                  11,
                  4
                ]
              ]
            },
            "URL": "https://example.org/a",
            "accessed": {
              "date-parts": [
                [
                  2025,
                  11,
                  9
                ]
              ]
            },
            "archive_location": "https://archive.example.org/a"
          },
          {
            "id": "un",
            "type": "document",
            "note": "Untitled commentary on the rupture"
          }
        ]
        """ + "\n", TestSite.Build(JsonSite).AssertClean().Output.Text("data/sources.json"));
    }

    [Fact]
    public void A_line_break_or_tab_written_into_a_value_is_one_space_in_every_export()
    {
        // data/sources.json kept a quoted "\n", and a reference manager broke the reference there.
        var site = TestSite.Build("-- content/sources/s.md --\n---\ntitle: \"First line\\nSecond\\tTabbed  twice\"\npublisher: |\n  Line\n  Break Press\nauthors: [\"Doe,\\tJane\"]\n---\n"
            + Brief("x", body: "Claim [@s].")).AssertClean();
        using var csl = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/sources.json"));
        var source = csl.RootElement[0];
        Assert.Equal("First line Second Tabbed  twice", source.GetProperty("title").GetString());
        Assert.Equal("Line Break Press", source.GetProperty("publisher").GetString());
        Assert.Equal("Jane", source.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Contains("TI  - First line Second Tabbed  twice\r\n", site.Output.Text("sources/s/s.ris"));
    }

    [Fact]
    public void Events_json_has_every_event_in_order_with_ids_listed_once()
    {
        Assert.Equal("""
        [
          {
            "id": "bare",
            "title": "Earlier",
            "date": "2019",
            "end": null,
            "precision": "year",
            "circa": false,
            "summary": null,
            "location": null,
            "actors": [],
            "sources": [],
            "tags": [],
            "briefs": [],
            "url": "../events/bare/index.html"
          },
          {
            "id": "full",
            "title": "Rupture",
            "date": "2025-11",
            "end": "2026",
            "precision": "month",
            "circa": true,
            "summary": "Ties are cut.",
            "location": "Lima",
            "actors": [
              "peru",
              "mexico"
            ],
            "sources": [
              "art",
              "rep"
            ],
            "tags": [
              "asylum"
            ],
            "briefs": [
              "b"
            ],
            "url": "../events/full/index.html"
          }
        ]
        """ + "\n", TestSite.Build(JsonSite).AssertClean().Output.Text("data/events.json"));
    }

    [Fact]
    public void TimelineJs_json_gives_only_the_known_date_parts_and_the_first_actor_as_group()
    {
        Assert.Equal("""
        {
          "title": {
            "text": {
              "headline": "Andes Watch",
              "text": "Briefings on the Andes."
            }
          },
          "events": [
            {
              "unique_id": "bare",
              "start_date": {
                "year": 2019
              },
              "display_date": "2019",
              "text": {
                "headline": "Earlier",
                "text": ""
              }
            },
            {
              "unique_id": "full",
              "start_date": {
                "year": 2025,
                "month": 11
              },
              "end_date": {
                "year": 2026
              },
              "display_date": "c. Nov 2025 \u2013 2026",
              "text": {
                "headline": "Rupture",
                "text": "Ties are cut."
              },
              "group": "Peru"
            }
          ]
        }
        """ + "\n", TestSite.Build(JsonSite).AssertClean().Output.Text("data/timeline.json"));
    }

    [Fact]
    public void TimelineJs_json_gives_its_text_as_html_so_a_title_is_shown_as_written_and_never_runs()
    {
        // TimelineJS puts headline, text and group into the page as HTML.
        var site = TestSite.Build("""
            -- content/site.yml --
            title: "Q&A <Andes>"
            description: "Trade & aid"
            -- content/actors/a.md --
            ---
            name: "AT&T <Peru>"
            kind: organization
            ---
            -- content/events/e.md --
            ---
            title: "<img src=x onerror=alert(1)> & more"
            date: 2025
            summary: "1 < 2 & 3 > 2"
            actors: [a]
            ---
            """).AssertClean();
        using var timeline = System.Text.Json.JsonDocument.Parse(site.Output.Files["data/timeline.json"]);
        var title = timeline.RootElement.GetProperty("title").GetProperty("text");
        Assert.Equal("Q&amp;A &lt;Andes&gt;", title.GetProperty("headline").GetString());
        Assert.Equal("Trade &amp; aid", title.GetProperty("text").GetString());
        var entry = timeline.RootElement.GetProperty("events")[0];
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt; &amp; more", entry.GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal("1 &lt; 2 &amp; 3 &gt; 2", entry.GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("AT&amp;T &lt;Peru&gt;", entry.GetProperty("group").GetString());
    }

    [Fact]
    public void TimelineJs_json_of_a_site_without_a_description_has_an_empty_title_text()
    {
        Assert.Equal("""
        {
          "title": {
            "text": {
              "headline": "Test Briefings",
              "text": ""
            }
          },
          "events": []
        }
        """ + "\n", TestSite.Build("").AssertClean().Output.Text("data/timeline.json"));
    }

    /// <summary>A draft (built with drafts included) beside a published brief with every list filled.</summary>
    [Fact]
    public void Briefs_json_has_each_briefs_title_summary_and_draft_flag()
    {
        var site = TestSite.Build(Source + Actors + Brief("a", "actors: [peru]\ntags: [asylum]\nauthors: [Ana Ruiz]\nupdated: 2025-12-01")
            + Brief("d", "draft: true", date: "2025-11-11"), new BuildOptions { IncludeDrafts = true }).AssertClean();
        Assert.Equal("""
        [
          {
            "id": "d",
            "title": "Brief d",
            "date": "2025-11-11",
            "updated": null,
            "summary": "Summary of d.",
            "authors": [],
            "actors": [],
            "events": [],
            "tags": [],
            "sources": [
              "bbc"
            ],
            "corrections": [],
            "draft": true,
            "url": "../briefs/d/index.html"
          },
          {
            "id": "a",
            "title": "Brief a",
            "date": "2025-11-10",
            "updated": "2025-12-01",
            "summary": "Summary of a.",
            "authors": [
              "Ana Ruiz"
            ],
            "actors": [
              "peru"
            ],
            "events": [],
            "tags": [
              "asylum"
            ],
            "sources": [
              "bbc"
            ],
            "corrections": [],
            "draft": false,
            "url": "../briefs/a/index.html"
          }
        ]
        """ + "\n", site.Output.Text("data/briefs.json"));
    }

    [Fact]
    public void Briefs_json_lists_a_briefs_events_in_date_order_as_its_json_ld_does()
    {
        // Written newest first, they were exported as written, while the page's JSON-LD mentions them by date.
        var site = TestSite.Build(Source + Event("late", "2025-12") + Event("undated-day", "2022") + Event("early", "2022-03-01")
            + Brief("a", "events: [late, early, undated-day]")).AssertClean();
        using var briefs = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/briefs.json"));
        Assert.Equal(["undated-day", "early", "late"], briefs.RootElement[0].GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        var jsonLd = site.Page("briefs/a/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.True(jsonLd.IndexOf("events/undated-day/", StringComparison.Ordinal) < jsonLd.IndexOf("events/early/", StringComparison.Ordinal));
        Assert.True(jsonLd.IndexOf("events/early/", StringComparison.Ordinal) < jsonLd.IndexOf("events/late/", StringComparison.Ordinal));
    }

    [Fact]
    public void Actors_json_has_each_actors_name_summary_aliases_and_url()
    {
        var site = TestSite.Build(Source + Actors + Brief("a", "actors: [peru]") + """
            -- content/actors/ollanta.md --
            ---
            name: Ollanta Humala
            kind: person
            summary: Former president.
            aliases: [Humala, "El Comandante"]
            ---
            """ + "\n").AssertClean();
        Assert.Equal("""
        [
          {
            "id": "ollanta",
            "name": "Ollanta Humala",
            "kind": "person",
            "summary": "Former president.",
            "aliases": [
              "Humala",
              "El Comandante"
            ],
            "country": null,
            "roles": [],
            "briefs": [],
            "events": [],
            "url": "../actors/ollanta/index.html"
          },
          {
            "id": "pedro-castillo",
            "name": "Pedro Castillo",
            "kind": "person",
            "summary": null,
            "aliases": [],
            "country": "peru",
            "roles": [
              {
                "title": "President of Peru",
                "of": "peru",
                "from": "2021",
                "to": "2022-12"
              }
            ],
            "briefs": [],
            "events": [],
            "url": "../actors/pedro-castillo/index.html"
          },
          {
            "id": "peru",
            "name": "Peru",
            "kind": "state",
            "summary": null,
            "aliases": [],
            "country": null,
            "roles": [],
            "briefs": [
              "a"
            ],
            "events": [],
            "url": "../actors/peru/index.html"
          }
        ]
        """ + "\n", site.Output.Text("data/actors.json"));
    }
}
