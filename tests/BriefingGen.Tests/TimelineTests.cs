using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PartialDate = BriefingGen.Model.PartialDate;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Pages;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Honest dates, the site-wide timeline, actor timelines, the picture and the exports.</summary>
public class TimelineTests
{
    /// <summary>Mixed precisions and same-day ties, written out of order.</summary>
    private static readonly string MixedEvents = Source + Actors +
        Event("z-same-day", "2019-12-30", "actors: [peru]\nsources: [bbc]") +
        Event("a-same-day", "2019-12-30", "actors: [pedro-castillo]") +
        Event("dec", "2019-12") +
        Event("year", "2019", "location: Lima, Peru") +
        Event("range", "2019-12", "end: 2020-01\nactors: [pedro-castillo]") +
        Event("circa", "2018", "circa: true") +
        Event("next-year", "2020-02-01") +
        Brief("b", "events: [dec]", "About [[year]] [@bbc].");

    private static readonly string[] ChronologicalIds = ["circa", "year", "dec", "range", "a-same-day", "z-same-day", "next-year"];

    [Fact]
    public void Timeline_lists_every_event_in_chronological_order_with_missing_parts_first_and_ties_by_id()
    {
        var page = TestSite.Build(MixedEvents).AssertClean().Page("timeline/index.html");
        Assert.Equal(ChronologicalIds, page.QuerySelectorAll("li.timeline-entry").Select(li => li.Id));
    }

    [Fact]
    public void Timeline_entries_carry_the_date_as_written_and_show_it_honestly()
    {
        var page = TestSite.Build(MixedEvents).AssertClean().Page("timeline/index.html");
        string Time(string id) => page.GetElementById(id)!.QuerySelector("time")!.GetAttribute("datetime")!;
        string Shown(string id) => page.GetElementById(id)!.QuerySelector("time")!.TextContent;
        Assert.Equal(("2019", "2019"), (Time("year"), Shown("year")));
        Assert.Equal(("2019-12", "Dec 2019"), (Time("dec"), Shown("dec")));
        Assert.Equal(("2019-12-30", "30 Dec 2019"), (Time("a-same-day"), Shown("a-same-day")));
        // A range is two times: one datetime attribute cannot hold a range, and it held only the start.
        var range = page.GetElementById("range")!;
        Assert.Equal(["2019-12", "2020-01"], range.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!));
        Assert.Equal("Dec 2019 – Jan 2020", string.Concat(range.ChildNodes.TakeWhile(n => n is not IElement { LocalName: "a" }).Select(n => n.TextContent)).Trim());
        Assert.Equal("c. 2018", Shown("circa"));
    }

    [Theory]
    // What the end says is not said again at the start ("23 Mar 2021 – 29 Mar 2021" wrapped in a list's narrow column).
    [InlineData("2021-03-23", "2021-03-29", "23–29 Mar 2021")]
    [InlineData("2021-03-23", "2021-04-02", "23 Mar – 2 Apr 2021")]
    [InlineData("2020-07", "2020-10", "Jul–Oct 2020")]
    [InlineData("2015", "2017", "2015–2017")]
    [InlineData("2021", "2022-12", "2021 – Dec 2022")]
    [InlineData("2021-03", "2021-04-29", "Mar – 29 Apr 2021")]
    [InlineData("2020-12-30", "2021-01-02", "30 Dec 2020 – 2 Jan 2021")]
    [InlineData("0044-03-10", "0044-03-15", "10–15 Mar 44 CE")]
    public void A_period_says_each_part_of_its_dates_once(string start, string end, string shown)
    {
        var site = TestSite.Build(Event("e", start, $"end: {end}") + Event("f", "1900") + Brief("b", "events: [e]", "About it.")).AssertClean();
        var entry = site.Page("timeline/index.html").GetElementById("e")!;
        Assert.Equal(shown, entry.QuerySelector(".dates")!.TextContent);
        // Each time still carries its whole date.
        Assert.Equal([start, end], entry.QuerySelectorAll(".dates time").Select(t => t.GetAttribute("datetime")!));
        Assert.Equal(shown, site.Page("events/index.html").QuerySelector(".dates")!.TextContent);
        using var timelineJs = System.Text.Json.JsonDocument.Parse(site.Output.Files["data/timeline.json"]);
        Assert.Contains(timelineJs.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("display_date").GetString() == shown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-- content/events/e.md --\n---\ntitle: E\ndate: 2025\n---\n")]
    public void A_timeline_with_nothing_to_filter_by_has_no_empty_filter_navigation(string files)
    {
        var page = TestSite.Build(files).AssertClean().Page("timeline/index.html");
        Assert.Null(page.QuerySelector("nav.timeline-filters"));
    }

    [Fact]
    public void A_site_without_events_has_no_calendar_and_no_link_to_one()
    {
        // A calendar with no component is not valid iCalendar (RFC 5545, 3.6).
        var without = TestSite.Build(Source + Brief("a")).AssertClean();
        Assert.DoesNotContain("timeline.ics", without.Output.Files.Keys);
        Assert.Null(without.Page("timeline/index.html").QuerySelector("a[href$='timeline.ics']"));

        var with = TestSite.Build(Source + Brief("a") + Event("e", "2025")).AssertClean();
        Assert.Contains("BEGIN:VEVENT", with.Output.Text("timeline.ics"));
        Assert.NotNull(with.Page("timeline/index.html").QuerySelector("a[href$='timeline.ics']"));
    }

    [Fact]
    public void An_end_the_same_as_the_date_is_one_date_not_a_range_from_it_to_itself()
    {
        var site = TestSite.Build(Event("year", "2025", "end: 2025") + Event("day", "2024-02-29", "end: 2024-02-29\ncirca: true")).AssertClean();
        var page = site.Page("timeline/index.html");
        Assert.Equal(["2025", "c. 29 Feb 2024"], new[] { "year", "day" }.Select(id => page.GetElementById(id)!.QuerySelector("time")!.TextContent));
        // A day the picture marks with a dot, as any other event known to the day.
        Assert.Single(page.QuerySelectorAll("svg a circle"));
        using var events = JsonDocument.Parse(site.Output.Files["data/events.json"]);
        Assert.All(events.RootElement.EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("end").ValueKind));
    }

    [Fact]
    public void A_picture_of_one_year_names_the_year_once()
    {
        // Its description, which a screen reader reads, said "1 event from 2025 to 2025".
        var page = TestSite.Build(Event("a", "2025-03") + Event("b", "2025-11-02")).AssertClean().Page("timeline/index.html");
        var svg = page.QuerySelector("svg.timeline-picture")!;
        Assert.StartsWith("2 events in 2025, in lanes for ", page.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent);
    }

    [Fact]
    public void A_year_before_1000_is_marked_as_a_year()
    {
        // "15 Mar 44" read as 1944, and "Jan 1" (year 1, January) as the first of January.
        var site = TestSite.Build(Event("ides", "0044-03-15") + Event("first", "0001-01") + Event("later", "0999") + Event("then", "1000")).AssertClean();
        Assert.Equal(["Jan 1 CE", "15 Mar 44 CE", "999 CE", "1000"],
            site.Page("timeline/index.html").QuerySelectorAll(".timeline-entry > time").Select(t => t.TextContent.Trim()));
        Assert.Equal("0044-03-15", site.Page("events/ides/index.html").QuerySelector("time")!.GetAttribute("datetime"));
        // The headings above the entries say so too: "44" over "15 Mar 44 CE" read as another number.
        var timeline = site.Page("timeline/index.html");
        Assert.Equal(["1 CE", "44 CE", "999 CE", "1000"], timeline.QuerySelectorAll("section > h2").Select(h => h.TextContent));
        Assert.Equal(["Jan 1 CE", "Mar 44 CE", "999 CE, month not known", "1000, month not known"], timeline.QuerySelectorAll("section > h3").Select(h => h.TextContent));
        var ticks = timeline.QuerySelectorAll("svg.timeline-picture .axis text").Select(t => t.TextContent).ToList();
        Assert.Equal(("100 CE", "900 CE"), (ticks[0], ticks[^1]));
        Assert.Equal("4 events from 1 CE to 1000, in lanes for ", timeline.GetElementById(timeline.QuerySelector("svg.timeline-picture")!.GetAttribute("aria-describedby")!)!.TextContent[..41]);
    }

    [Theory]
    [InlineData("1025", "2025", 11)]
    [InlineData("0001", "9998", 9)]
    public void A_picture_of_centuries_has_about_a_dozen_year_ticks(string first, string last, int ticks)
    {
        // The step stopped growing at 50 years: a thousand years had 22 ticks, ten thousand 199.
        var page = TestSite.Build(Event("first", first) + Event("last", last)).AssertClean().Page("timeline/index.html");
        var labels = page.QuerySelectorAll("svg.timeline-picture .axis text").Select(t => t.TextContent).ToList();
        Assert.Equal(ticks, labels.Count);
        Assert.Equal(labels.Distinct(), labels);
    }

    [Theory]
    [InlineData("2025-11", "2025-11", "Nov 2025", "Dec 2025")]
    [InlineData("2025-03-10", "2025-11-02", "Mar 2025", "Oct 2025")]
    [InlineData("2025-03-10", "2025-03-12", "26 Feb 2025", "22 Mar 2025")]
    [InlineData("9998-12-31", "9998-12-31", "18 Dec 9998", "12 Jan 9999")]
    // A year before 1000 is marked on the axis as in the dates: "Mar 0044" read as nothing a date says.
    [InlineData("0044-03-10", "0044-11-02", "Mar 44 CE", "Oct 44 CE")]
    [InlineData("0044-03-10", "0044-03-12", "27 Feb 44 CE", "22 Mar 44 CE")]
    public void A_picture_of_less_than_a_year_has_month_or_day_ticks(string first, string last, string firstLabel, string lastLabel)
    {
        // Ticks were only ever at New Year's Day: a span inside one year had an axis with no date on it.
        var page = TestSite.Build(Event("first", first) + Event("last", last)).AssertClean().Page("timeline/index.html");
        var labels = page.QuerySelectorAll("svg.timeline-picture .axis text").Select(t => t.TextContent).ToList();
        Assert.InRange(labels.Count, 2, 13);
        Assert.Equal(firstLabel, labels[0]);
        Assert.Equal(lastLabel, labels[^1]);
    }

    [Theory]
    [InlineData("2004-04-22", "2005-03-16")]
    [InlineData("2021-01-01", "2021-02-20")]
    [InlineData("1998-02-10", "2025-12-31")]
    [InlineData("2025-11-10", "2025-11-10")]
    public void Axis_labels_never_run_into_each_other_or_past_the_picture(string first, string last)
    {
        // Flipped left of its tick at the right edge, the last month's label was drawn over the one before.
        var svg = TestSite.Build(Event("first", first) + Event("last", last)).AssertClean().Page("timeline/index.html").QuerySelector("svg.timeline-picture")!;
        var width = double.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        var boxes = svg.QuerySelectorAll(".axis text").Select(t =>
        {
            var x = double.Parse(t.GetAttribute("x")!, CultureInfo.InvariantCulture);
            var length = t.TextContent.Length * TimelinePicture.LabelCharWidth;
            return t.GetAttribute("text-anchor") == "end" ? (Left: x - length, Right: x) : (Left: x, Right: x + length);
        }).ToList();
        Assert.InRange(boxes.Count, 1, 13);
        Assert.All(boxes, b => Assert.InRange(b.Right, 0, width));
        Assert.All(boxes.Zip(boxes.Skip(1)), pair => Assert.True(pair.First.Right <= pair.Second.Left, $"{pair.First} runs into {pair.Second}"));
    }

    [Fact]
    public void An_event_in_a_list_shows_the_newest_briefs_about_it_as_its_own_page_lists_them()
    {
        // Ids run against dates: the preview had picked the first ids ("Brief a1, a2, …") while the
        // event's page listed the newest first.
        var briefs = string.Concat(Enumerable.Range(1, 8).Select(i => Brief($"a{i}", "events: [summit]", date: $"2025-0{i}-01")));
        var site = TestSite.Build(Source + Event("summit", "2024-01") + briefs).AssertClean();
        var newest = Enumerable.Range(0, ViewFactory.MaxListedPerItem).Select(i => $"Brief a{8 - i}").ToList();
        var entry = site.Page("timeline/index.html").GetElementById("summit")!;
        Assert.Equal(newest, entry.QuerySelectorAll(".entry-briefs > a").Select(a => a.TextContent));
        var listed = site.Page("events/summit/index.html").QuerySelectorAll("main a[href*='briefs/a']").Select(a => a.TextContent).Distinct();
        Assert.Equal(newest, listed.Take(ViewFactory.MaxListedPerItem));
        using var json = JsonDocument.Parse(site.Output.Files["data/events.json"]);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"a{8 - i}"), json.RootElement[0].GetProperty("briefs").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public void Timeline_groups_by_year_then_month_and_links_actors_places_and_briefs()
    {
        var page = TestSite.Build(MixedEvents).AssertClean().Page("timeline/index.html");
        Assert.Equal(["year_2018", "year_2019", "year_2020"], page.QuerySelectorAll("main section[id^='year_']").Select(s => s.Id));
        var months2019 = page.GetElementById("year_2019")!.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["2019, month not known", "Dec 2019"], months2019);
        var entry = page.GetElementById("a-same-day")!;
        Assert.Equal("../events/a-same-day/index.html", entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(entry.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../actors/pedro-castillo/index.html");
        Assert.Contains("Lima, Peru", page.GetElementById("year")!.TextContent);
        Assert.Contains(page.GetElementById("year")!.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../briefs/b/index.html");
        Assert.Contains(page.GetElementById("dec")!.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../briefs/b/index.html");
    }

    [Fact]
    public void Actor_pages_show_the_actors_own_complete_timeline()
    {
        var site = TestSite.Build(MixedEvents + Event("linked", "2021", body: "Involves [[pedro-castillo]].")).AssertClean();
        var links = site.Page("actors/pedro-castillo/index.html").QuerySelectorAll(".actor-timeline ol a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../events/range/index.html", "../../events/a-same-day/index.html", "../../events/linked/index.html"], links);
        var filtered = site.Page("timeline/actors/pedro-castillo/index.html");
        Assert.Equal(["range", "a-same-day", "linked"], filtered.QuerySelectorAll("li.timeline-entry").Select(li => li.Id));
    }

    [Fact]
    public void Filtered_timelines_exist_per_tag_and_link_back_to_the_full_timeline()
    {
        var site = TestSite.Build(Event("a", "2020", "tags: [asylum]") + Event("b", "2021")).AssertClean();
        var page = site.Page("timeline/tags/asylum/index.html");
        Assert.Equal(["a"], page.QuerySelectorAll("li.timeline-entry").Select(li => li.Id));
        Assert.Contains(page.QuerySelectorAll("nav.timeline-filters a"), a => a.GetAttribute("href") == "../../../timeline/index.html");
    }

    [Fact]
    public void Event_pages_show_the_overall_neighbours_once_then_an_actors_only_where_they_differ()
    {
        var site = TestSite.Build(Source + Actors +
            Event("e1", "2025-01-01", "actors: [peru]") +
            Event("e2", "2025-02-01", "actors: [pedro-castillo]") +
            Event("e3", "2025-03-01", "actors: [peru, pedro-castillo]") +
            Event("e4", "2025-04-01", "actors: [pedro-castillo]")).AssertClean();
        List<(string Scope, string Links)> Rows(string id) => site.Page($"events/{id}/index.html").QuerySelectorAll("nav.neighbours li.neighbour")
            .Select(li => (li.QuerySelector(".scope")!.TextContent, string.Join(" ", li.QuerySelectorAll("a.prev, a.next").Select(a => $"{a.ClassName}:{a.GetAttribute("href")!.Split('/')[^2]}"))))
            .ToList();
        // Castillo's neighbours are the overall ones, so only Peru's earlier event gets a row; Peru has no later one, and no box says so.
        Assert.Equal([("All events", "prev:e2 next:e4"), ("Peru", "prev:e1")], Rows("e3"));
        Assert.Equal(["e2", "e4"], site.Page("events/e3/index.html").QuerySelectorAll("nav.neighbours a[rel]").Select(a => a.GetAttribute("href")!.Split('/')[^2]));
        // The last event has only a previous one; an only event has no neighbours section at all.
        Assert.Equal([("All events", "prev:e3")], Rows("e4"));
        Assert.Null(TestSite.Build(Event("only", "2025-01-01")).AssertClean().Page("events/only/index.html").QuerySelector("nav.neighbours"));
    }

    [Fact]
    public void An_actors_row_of_neighbours_shows_both_sides_when_only_one_differs_from_the_overall()
    {
        // Peru's earlier event is also the overall one: the row showed only "Next", as if Peru had none before.
        var site = TestSite.Build(Source + Actors +
            Event("a", "2025-01-01", "actors: [peru]") +
            Event("b", "2025-02-01", "actors: [peru, pedro-castillo]") +
            Event("c", "2025-03-01") +
            Event("d", "2025-04-01", "actors: [peru]")).AssertClean();
        var rows = site.Page("events/b/index.html").QuerySelectorAll("nav.neighbours li.neighbour")
            .Select(li => (li.QuerySelector(".scope")!.TextContent, string.Join(" ", li.QuerySelectorAll("a.prev, a.next").Select(a => $"{a.ClassName}:{a.GetAttribute("href")!.Split('/')[^2]}"))))
            .ToList();
        Assert.Equal([("All events", "prev:a next:c"), ("Peru", "prev:a next:d")], rows);
    }

    [Fact]
    public void A_briefs_events_show_on_it_as_a_compact_timeline()
    {
        var site = TestSite.Build(MixedEvents + Brief("c", "events: [next-year, circa]")).AssertClean();
        var items = site.Page("briefs/c/index.html").QuerySelectorAll(".brief-timeline li");
        Assert.Equal(["c. 2018", "1 Feb 2020"], items.Select(li => li.QuerySelector("time")!.TextContent));
    }

    [Fact]
    public void The_picture_is_a_labelled_group_of_named_links_one_per_event_in_its_own_scroller()
    {
        var site = TestSite.Build(MixedEvents).AssertClean();
        var page = site.Page("timeline/index.html");
        var svg = page.QuerySelector(".timeline-scroller > .timeline-track > svg.timeline-picture")!;
        // An image role would hide the links inside it from assistive technology.
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal("Timeline", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Contains("7 events from 2018 to 2020", page.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[role=img] a"));
        var marks = svg.QuerySelectorAll("a.mark").ToList();
        Assert.Equal(ChronologicalIds.Order(), marks.Select(m => m.GetAttribute("href")!.Split('/')[^2]).Order());
        Assert.All(marks, m =>
        {
            var label = m.GetAttribute("aria-label");
            Assert.False(string.IsNullOrWhiteSpace(label));
            Assert.Equal(label, m.QuerySelector("title")?.TextContent);
        });
        Assert.Contains("30 Dec 2019: ", svg.QuerySelector("a.mark[href$='a-same-day/index.html']")!.GetAttribute("aria-label"));
        // A day is a dot; a month, a year and a range are bars spanning their period.
        Assert.NotNull(svg.QuerySelector("a.mark[href$='a-same-day/index.html'] circle"));
        Assert.NotNull(svg.QuerySelector("a.mark[href$='year/index.html'] rect"));
        var year = Width(svg, "year");
        var month = Width(svg, "dec");
        Assert.True(year > 8 * month, $"a year ({year}) should span about twelve months ({month})");
        // The strip of lane names that stays in view as the picture scrolls: the picture's names, in
        // its lanes, out of the accessibility tree, with nothing to click.
        var names = svg.ParentElement!.QuerySelector("svg.lane-names")!;
        Assert.Equal("true", names.GetAttribute("aria-hidden"));
        Assert.Equal(svg.QuerySelectorAll(".lane-label").Select(l => l.OuterHtml), names.QuerySelectorAll(".lane-label").Select(l => l.OuterHtml));
        Assert.Equal(svg.QuerySelectorAll(".lane-bg").Select(r => (r.GetAttribute("y"), r.GetAttribute("height"), r.ParentElement!.ClassName)),
            names.QuerySelectorAll(".lane-bg").Select(r => (r.GetAttribute("y"), r.GetAttribute("height"), r.ParentElement!.ClassName)));
        Assert.Empty(names.QuerySelectorAll("a"));
        // The strip draws at the picture's scale only while the theme sizes it by the same ratio.
        var (width, height) = (svg.GetAttribute("viewBox")!.Split(' ')[2], svg.GetAttribute("viewBox")!.Split(' ')[3]);
        Assert.Equal($"0 0 {TimelinePicture.LabelWidth} {height}", names.GetAttribute("viewBox"));
        Assert.Equal(TimelinePicture.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), width);
        Assert.Contains($"width: calc((100% - 2px) * {TimelinePicture.LabelWidth} / {TimelinePicture.Width} + 1px);", site.Output.Text("assets/style.css"));
    }

    [Fact]
    public void The_picture_aggregates_when_crowded()
    {
        var events = string.Concat(Enumerable.Range(0, 450).Select(i => Event($"e{i}", $"{2000 + i % 20}-{1 + i % 12:D2}")));
        var site = TestSite.Build(events).AssertClean();
        var page = site.Page("timeline/index.html");
        var marks = page.QuerySelectorAll("svg a.mark");
        Assert.Equal(20, marks.Length);
        // Each bar leads to where its year begins, on whichever page of the timeline that is (100 events a page).
        Assert.All(marks, m => Assert.Matches(@"timeline/(index|page-\d)\.html#year_\d{4}$", m.GetAttribute("href")!));
        Assert.Equal("../timeline/page-3.html#year_2009", marks[9].GetAttribute("href"));
        Assert.Equal("2009", site.Page("timeline/page-3.html").GetElementById("year_2009")!.QuerySelector("h2")!.TextContent);
        Assert.Equal("2000: 23 events", marks[0].GetAttribute("aria-label"));
        Assert.Contains("counted per year", page.QuerySelector("figure.timeline-figure figcaption")!.TextContent);
    }

    [Fact]
    public void A_reader_moving_by_keyboard_can_skip_the_picture_s_links()
    {
        // Each mark is a link, one per lane an event is in: hundreds of tab stops stood before the list.
        var page = TestSite.Build(string.Concat(Enumerable.Range(0, 5).Select(i => Event($"e{i}", $"202{i}-03")))).AssertClean().Page("timeline/index.html");
        var skip = page.QuerySelector("main a.skip-link")!;
        Assert.Equal("Skip the picture", skip.TextContent);
        var target = page.GetElementById(skip.GetAttribute("href")![1..])!;
        Assert.Equal(AngleSharp.Dom.DocumentPositions.Following, skip.CompareDocumentPosition(page.QuerySelector("svg.timeline-picture")!) & AngleSharp.Dom.DocumentPositions.Following);
        Assert.Equal(AngleSharp.Dom.DocumentPositions.Following, page.QuerySelector("figure.timeline-figure")!.CompareDocumentPosition(target) & AngleSharp.Dom.DocumentPositions.Following);
        Assert.False(page.QuerySelector("figure.timeline-figure")!.Contains(target));
    }

    [Theory]
    [InlineData("0850", "century")]
    // Decades, whose first and last (1425–1429, 2020–2025) are cut short by the events' years.
    [InlineData("1425", "decade")]
    public void Counted_bars_never_run_into_one_another_however_far_apart_the_first_and_last_events_are(string oldest, string period)
    {
        // One event of 850 beside fifteen of 2019–2025 on one day each: the days crowded past six rows, and
        // year bars across 1,176 years were drawn 0.7 units apart, over each other and their counts.
        var events = string.Concat(Enumerable.Range(0, 15).Select(i => Event($"e{i}", $"{2019 + i % 7}-0{1 + i % 3}-1{i % 2}"))) + Event("old", oldest, "circa: true");
        var page = TestSite.Build(events).AssertClean().Page("timeline/index.html");
        var bars = page.QuerySelectorAll("svg.timeline-picture a.mark rect")
            .Select(r => (Left: double.Parse(r.GetAttribute("x")!, CultureInfo.InvariantCulture), Width: double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)))
            .OrderBy(b => b.Left).ToList();
        Assert.True(bars.Count >= 2);
        // Positions and widths are written to a tenth each: 0.1 of rounding, where a period ends as the next begins.
        Assert.All(bars.Zip(bars.Skip(1)), pair => Assert.True(pair.First.Left + pair.First.Width <= pair.Second.Left + 0.11, $"{pair.First} runs into {pair.Second}"));
        Assert.All(bars, bar => Assert.True(bar.Width >= 12, $"{bar} leaves its count no room"));
        Assert.All(bars, bar => Assert.InRange(bar.Left, TimelinePicture.LabelWidth, TimelinePicture.Width - bar.Width));
        Assert.Contains($"counted per {period}", page.QuerySelector("figure.timeline-figure figcaption")!.TextContent);
    }

    [Fact]
    public void Where_even_the_years_are_too_many_the_picture_counts_per_decade_linking_to_each_ones_first_year()
    {
        // A bar per year of events spread over ten thousand years was 57,000 links on one page.
        var events = string.Concat(Enumerable.Range(0, 500).Select(i => Event($"e{i}", $"{1500 + i}")));
        var site = TestSite.Build(events).AssertClean();
        var page = site.Page("timeline/index.html");
        var marks = page.QuerySelectorAll("svg.timeline-picture a.mark");
        Assert.Equal(50, marks.Length);
        Assert.Equal("1500–1509: 10 events", marks[0].GetAttribute("aria-label"));
        Assert.All(marks, m => Assert.NotNull(site.Page(SiteTests.Resolve("timeline/index.html", m.GetAttribute("href")!)).GetElementById(m.GetAttribute("href")!.Split('#')[1])));
        Assert.Contains("counted per decade", page.QuerySelector("figure.timeline-figure figcaption")!.TextContent);
    }

    [Fact]
    public void An_event_that_links_to_an_actor_is_in_that_actors_lane_as_on_its_timeline_and_in_the_exports()
    {
        // The actor's timeline listed the event (its text links to her), yet her own lane left it to "Other",
        // and data/events.json gave it no actors while data/actors.json listed it among hers.
        var site = TestSite.Build("-- content/actors/ida.md --\n---\nname: Ida Varga\nkind: person\n---\n"
            + Event("treaty", "2021-03", body: "Signed by [[ida]].") + Event("visit", "2021-05", "actors: [ida]") + Event("fair", "2021-07")).AssertClean();
        string Described(string path)
        {
            var page = site.Page(path);
            return page.GetElementById(page.QuerySelector("svg.timeline-picture")!.GetAttribute("aria-describedby")!)!.TextContent;
        }
        Assert.Contains("2 events in 2021, in lanes for Ida Varga (2).", Described("timeline/actors/ida/index.html"));
        Assert.Contains("3 events in 2021, in lanes for Ida Varga (2), Other (1).", Described("timeline/index.html"));
        using var events = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/events.json"));
        Assert.Equal(["ida", "ida", ""], events.RootElement.EnumerateArray().Select(e => string.Join(' ', e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()))));
        using var actors = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/actors.json"));
        Assert.Equal(["treaty", "visit"], actors.RootElement[0].GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_picture_counts_its_marks_not_its_events_before_it_aggregates()
    {
        // An event is drawn in the lane of each actor it names: 150 events of three actors are 450 marks, 450 links.
        var actors = string.Concat(new[] { "a", "b", "c" }.Select(id => $"-- content/actors/{id}.md --\n---\nname: {id.ToUpperInvariant()}\nkind: state\n---\n"));
        var events = string.Concat(Enumerable.Range(0, 150).Select(i => Event($"e{i}", $"{2000 + i % 20}-{1 + i % 12:D2}", "actors: [a, b, c]")));
        var page = TestSite.Build(actors + events).AssertClean().Page("timeline/index.html");
        Assert.Equal(3 * 20, page.QuerySelectorAll("svg a.mark").Length);
        Assert.Contains("counted per year", page.QuerySelector("figure.timeline-figure figcaption")!.TextContent);
        // 100 such events, 300 marks, are drawn one by one.
        var fewer = TestSite.Build(actors + string.Concat(Enumerable.Range(0, 100).Select(i => Event($"e{i}", $"{2000 + i % 20}-{1 + i % 12:D2}", "actors: [a, b, c]"))))
            .AssertClean().Page("timeline/index.html");
        Assert.Equal(300, fewer.QuerySelectorAll("svg a.mark").Length);
    }

    [Fact]
    public void A_lane_too_crowded_to_draw_each_mark_apart_makes_the_picture_count_per_year()
    {
        // Past six rows the seventh event of a day was drawn over the first: neither could be seen whole or selected.
        static string OneDay(int count) => string.Concat(Enumerable.Range(0, count).Select(i => Event($"e{i}", "2020-05-10")));
        var six = TestSite.Build(OneDay(6)).AssertClean().Page("timeline/index.html");
        var dots = six.QuerySelectorAll("svg.timeline-picture a.mark circle").Select(c => c.GetAttribute("cy")).ToList();
        Assert.Equal(6, dots.Distinct().Count());
        Assert.DoesNotContain("counted per year", six.QuerySelector("figure.timeline-figure figcaption")!.TextContent);

        var seven = TestSite.Build(OneDay(7)).AssertClean().Page("timeline/index.html");
        Assert.Equal(["2020: 7 events"], seven.QuerySelectorAll("svg.timeline-picture a.mark").Select(m => m.GetAttribute("aria-label")));
        Assert.Contains("counted per year", seven.QuerySelector("figure.timeline-figure figcaption")!.TextContent);
        // A year's bar spans its year, and the picture spans the bar: it ran past the right edge.
        var bar = seven.QuerySelector("svg.timeline-picture a.mark rect")!;
        var (left, width) = (double.Parse(bar.GetAttribute("x")!, CultureInfo.InvariantCulture), double.Parse(bar.GetAttribute("width")!, CultureInfo.InvariantCulture));
        Assert.InRange(left, TimelinePicture.LabelWidth, TimelinePicture.Width);
        Assert.True(left + width <= TimelinePicture.Width, $"the bar ends at {left + width}, past the picture's {TimelinePicture.Width}");
        Assert.True(width > 600, $"one year is the whole picture, not {width} units of it");
    }

    [Theory]
    // "International Mari…": the longest alias that fits is the label, the name its tooltip.
    [InlineData("International Maritime Organization", "[IMO, Intl Maritime Org., The International Maritime Organization]", "Intl Maritime Org.", true)]
    [InlineData("International Maritime Organization", "[The International Maritime Organization]", "International Mari…", true)]
    [InlineData("Peru", "[Republic of Peru]", "Peru", false)]
    public void A_lane_whose_name_would_be_cut_short_is_labelled_by_an_alias_that_fits(string name, string aliases, string shown, bool tooltip)
    {
        var files = $"-- content/actors/p.md --\n---\nname: {name}\nkind: organization\naliases: {aliases}\n---\n" + Event("e", "2020", "actors: [p]");
        var label = TestSite.Build(files).AssertClean().Page("timeline/index.html").QuerySelector("svg.timeline-picture .lane-label")!;
        Assert.Equal(shown, string.Concat(label.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)));
        Assert.Equal(tooltip ? name : null, label.QuerySelector("title")?.TextContent);
    }

    [Fact]
    public void A_lane_name_is_cut_to_fit_its_column_counting_wide_characters_twice_and_clipped_at_its_edge()
    {
        var name = "中华人民共和国外交部拉丁美洲和加勒比事务司";
        var files = $"-- content/actors/p.md --\n---\nname: {name}\nkind: organization\n---\n" + Event("e", "2020", "actors: [p]");
        var label = TestSite.Build(files).AssertClean().Page("timeline/index.html").QuerySelector("svg.timeline-picture .lane-label")!;
        Assert.Equal(name[..9] + "…", string.Concat(label.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)));
        Assert.Equal(name, label.QuerySelector("title")!.TextContent);
        // Drawn in a viewport of its own that ends before the lane's marks begin.
        var viewport = label.ParentElement!;
        Assert.Equal(("svg", "0"), (viewport.LocalName, viewport.GetAttribute("x")));
        Assert.InRange(int.Parse(viewport.GetAttribute("width")!, CultureInfo.InvariantCulture), 100, TimelinePicture.LabelWidth);
    }

    [Fact]
    public void Ics_feed_has_one_all_day_event_per_event_and_follows_rfc_5545()
    {
        var site = TestSite.Build(MixedEvents, new BuildOptions { Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) }).AssertClean();
        var ics = System.Text.Encoding.UTF8.GetString(site.Output.Files["timeline.ics"]);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotMatch("[^\r]\n", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = ics.Replace("\r\n ", "");
        var events = Regex.Matches(unfolded, "BEGIN:VEVENT\r\n(.*?)END:VEVENT", RegexOptions.Singleline);
        Assert.Equal(7, events.Count);
        Assert.All(events, e => Assert.Contains("DTSTAMP:20231114T221320Z", e.Value));
        string Block(string id) => events.Single(e => e.Value.Contains($"UID:{id}@")).Value;
        Assert.Contains("DTSTART;VALUE=DATE:20190101\r\nDTEND;VALUE=DATE:20200101", Block("year"));
        Assert.Contains("DTSTART;VALUE=DATE:20191201\r\nDTEND;VALUE=DATE:20200201", Block("range"));
        Assert.Contains("DTSTART;VALUE=DATE:20191230\r\nDTEND;VALUE=DATE:20191231", Block("a-same-day"));
        Assert.Contains("SUMMARY:Event circa (date approximate)", Block("circa"));
        Assert.Contains("LOCATION:Lima\\, Peru", Block("year"));
    }

    [Fact]
    public void TimelineJs_and_events_json_carry_the_dates_at_their_precision()
    {
        var site = TestSite.Build(MixedEvents).AssertClean();
        using var timeline = JsonDocument.Parse(site.Output.Files["data/timeline.json"]);
        var events = timeline.RootElement.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("unique_id").GetString()!);
        Assert.Equal(ChronologicalIds, events.Keys);
        Assert.Equal("""{"year":2019}""", events["year"].GetProperty("start_date").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("""{"year":2019,"month":12,"day":30}""", events["a-same-day"].GetProperty("start_date").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("""{"year":2020,"month":1}""", events["range"].GetProperty("end_date").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("Event a-same-day", events["a-same-day"].GetProperty("text").GetProperty("headline").GetString());

        using var list = JsonDocument.Parse(site.Output.Files["data/events.json"]);
        var range = list.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "range");
        Assert.Equal("2019-12", range.GetProperty("date").GetString());
        Assert.Equal("2020-01", range.GetProperty("end").GetString());
        Assert.Equal("month", range.GetProperty("precision").GetString());
    }

    [Theory]
    [InlineData("2019", "Dec 2019", -1)]
    [InlineData("2019-12", "2019-12-01", -1)]
    [InlineData("2019-12-31", "2020", -1)]
    [InlineData("2019-12", "2019-12", 0)]
    public void Partial_dates_order_year_then_month_then_day_missing_parts_first(string a, string b, int expected)
    {
        static PartialDate Parse(string text) => PartialDate.TryParse(text.Replace("Dec 2019", "2019-12"), out var d, out _) ? d : throw new ArgumentException(text);
        Assert.Equal(expected, Math.Sign(Parse(a).CompareTo(Parse(b))));
    }

    [Fact]
    public void Marks_that_would_cover_one_another_are_drawn_a_row_apart_in_a_taller_lane()
    {
        // Two events of one day in one lane were one dot: the first could be neither seen nor selected.
        var site = Source + Actors + Event("one", "2025-11-03", "actors: [peru]") + Event("two", "2025-11-03", "actors: [peru]")
            + Event("month", "2025-11", "actors: [peru]") + Event("later", "2026-06-01", "actors: [peru]") + Event("apart", "2026-01-01", "actors: [pedro-castillo]");
        var svg = TestSite.Build(site).AssertClean().Page("timeline/index.html").QuerySelector("svg.timeline-picture")!;
        double Number(AngleSharp.Dom.IElement? element, string attribute) => double.Parse(element!.GetAttribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);
        double Middle(string id) => svg.QuerySelector($"a.mark[href$='/{id}/index.html'] circle") is { } dot
            ? Number(dot, "cy") : Number(svg.QuerySelector($"a.mark[href$='/{id}/index.html'] rect"), "y") + 5;

        var rows = new[] { "one", "two", "month" }.Select(Middle).ToList();
        Assert.Equal(3, rows.Distinct().Count());
        // Later marks go back to the first row free where they are.
        Assert.Equal(rows.Min(), Middle("later"));
        var lanes = svg.QuerySelectorAll("g.lane").ToList();
        var peru = lanes.Single(l => l.QuerySelector(".lane-label")!.TextContent == "Peru").QuerySelector("rect.lane-bg");
        var (top, height) = (Number(peru, "y"), Number(peru, "height"));
        Assert.All(rows, middle => Assert.InRange(middle, top + 5, top + height - 5));
        // A lane whose marks do not touch keeps its height, and the lanes do not overlap.
        var castillo = lanes.Single(l => l.QuerySelector(".lane-label")!.TextContent == "Pedro Castillo").QuerySelector("rect.lane-bg");
        Assert.Equal(34, Number(castillo, "height"));
        Assert.Equal(Number(castillo, "y") + 17, Middle("apart"));
        Assert.Equal(top + height, Number(castillo, "y"));
        Assert.Equal($"0 0 960 {Number(castillo, "y") + 34 + 6}", svg.GetAttribute("viewBox"));
    }

    [Fact]
    public void A_lane_holds_every_event_that_names_its_actor()
    {
        // An event went only in its first-named actor's lane: Peru's lane showed 2 of Peru's 9 events, on Peru's own timeline too.
        var site = Source + Actors + Event("both", "2025-11-03", "actors: [pedro-castillo, peru]") + Event("state", "2025-12-01", "actors: [peru]")
            + Event("castillo", "2026-01-01", "actors: [pedro-castillo]") + Event("nobody", "2026-02-01");
        var svg = TestSite.Build(site).AssertClean().Page("timeline/index.html").QuerySelector("svg.timeline-picture")!;
        string[] Marks(string lane) => svg.QuerySelectorAll("g.lane").Single(l => l.QuerySelector(".lane-label")!.TextContent == lane)
            .QuerySelectorAll("a.mark").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToArray();
        Assert.Equal(["both", "state"], Marks("Peru"));
        Assert.Equal(["both", "castillo"], Marks("Pedro Castillo"));
        Assert.Equal(["nobody"], Marks("Other"));
        Assert.EndsWith("in lanes for Pedro Castillo (2), Peru (2), Other (1). The same events are listed in order below.", svg.QuerySelector("desc")!.TextContent);
    }

    [Fact]
    public void Periods_that_meet_share_a_row()
    {
        // A year's bar ends where the next year's begins: they zigzagged between two rows, in a taller lane.
        var site = Source + Actors + Event("y19", "2019", "actors: [peru]") + Event("y20", "2020", "actors: [peru]") + Event("y21", "2021", "actors: [peru]")
            + Event("nov", "2022-11", "actors: [peru]") + Event("dec", "2022-12", "actors: [peru]");
        var svg = TestSite.Build(site).AssertClean().Page("timeline/index.html").QuerySelector("svg.timeline-picture")!;
        Assert.Single(new[] { "y19", "y20", "y21", "nov", "dec" }.Select(id => svg.QuerySelector($"a.mark[href$='/{id}/index.html'] rect")!.GetAttribute("y")).Distinct());
        Assert.Equal("34", svg.QuerySelector("rect.lane-bg")!.GetAttribute("height"));
    }

    private static double Width(AngleSharp.Dom.IElement svg, string id) =>
        double.Parse(svg.QuerySelector($"a.mark[href$='/{id}/index.html'] rect")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
}
