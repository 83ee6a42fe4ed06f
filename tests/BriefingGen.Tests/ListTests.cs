using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>The order and length of every list a reader scans: home, indexes, related briefs, neighbours, back-links.</summary>
public class ListTests
{
    /// <summary>Ten briefs b01..b10 dated 1..10 Jan 2025 and ten events e01..e10 in 2001..2010, written out of order.</summary>
    private static readonly string TenOfEach = Source + string.Concat(Enumerable.Range(1, 10).Reverse().Select(i =>
        Brief($"b{i:D2}", date: $"2025-01-{i:D2}") + Event($"e{i:D2}", $"{2000 + i}")));

    private static string[] Ids(IEnumerable<AngleSharp.Dom.IElement> links) =>
        links.Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToArray();

    [Fact]
    public void Home_shows_the_eight_newest_briefs_and_events_newest_first_with_a_link_to_all()
    {
        var home = TestSite.Build(TenOfEach).AssertClean().Page("index.html");
        Assert.Equal(["b10", "b09", "b08", "b07", "b06", "b05", "b04", "b03"], Ids(home.QuerySelectorAll(".latest-briefs a.item-title")));
        Assert.Equal("All 10 briefs", home.QuerySelector(".latest-briefs p.more a")!.TextContent);
        Assert.Equal(["e10", "e09", "e08", "e07", "e06", "e05", "e04", "e03"],
            Ids(home.QuerySelectorAll(".recent-events span.event-line > a")));
        Assert.Equal(["10 briefs", "0 actors", "10 events", "1 source"],
            home.QuerySelectorAll("ul.counts li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void A_site_with_one_brief_and_nothing_else_shows_no_empty_list_on_any_page()
    {
        var site = TestSite.Build(Brief("only", body: "Text.")).AssertClean();
        var empty = site.HtmlPages.SelectMany(path => site.Page(path).QuerySelectorAll("ul, ol")
            .Where(list => list.QuerySelector("li") is null).Select(list => $"{path}: <{list.LocalName} class=\"{list.ClassName}\">"));
        Assert.Empty(empty);
        Assert.Equal("No sources yet.", site.Page("sources/index.html").QuerySelector("p.empty")!.TextContent);
        // An empty list says so once: not "0 events in chronological order." above "No events yet."
        foreach (var path in new[] { "events/index.html", "timeline/index.html", "sources/index.html", "tags/index.html" })
        {
            var page = site.Page(path);
            Assert.Null(page.QuerySelector("p.lede"));
            Assert.Single(page.QuerySelectorAll("p.empty"));
        }
    }

    [Fact]
    public void Briefs_index_lists_every_brief_newest_first()
    {
        var index = TestSite.Build(TenOfEach).AssertClean().Page("briefs/index.html");
        Assert.Equal(["b10", "b09", "b08", "b07", "b06", "b05", "b04", "b03", "b02", "b01"], Ids(index.QuerySelectorAll("a.item-title")));
        Assert.Equal("10 briefs, newest first.", index.QuerySelector("p.lede")!.TextContent.Trim());
    }

    [Fact]
    public void Related_briefs_are_the_five_sharing_most_ties_newest_first_never_the_brief_itself()
    {
        var files = Source + Actors +
            Brief("focus", "actors: [peru]\ntags: [x, y]", date: "2025-01-10") +
            Brief("r1", "actors: [peru]\ntags: [x, y]", date: "2025-01-01") + // 2 + 1 + 1
            Brief("r2", "actors: [peru]", date: "2025-01-06") +               // 2, newer
            Brief("r3", "tags: [x, y]", date: "2025-01-05") +                 // 2, older
            Brief("r4", "tags: [x]", date: "2025-01-04") +                    // 1, newest of the ones
            Brief("r5", "tags: [y]", date: "2025-01-03") +                    // 1
            Brief("r6", "tags: [x]", date: "2025-01-02") +                    // 1, oldest: cut by the limit of five
            Brief("r7", "actors: [pedro-castillo]", date: "2025-01-09");      // nothing shared
        Assert.Equal(["r1", "r2", "r3", "r4", "r5"], RelatedToFocus(files));
    }

    /// <summary>The ids of the related briefs the page of brief "focus" links to, in order.</summary>
    private static string[] RelatedToFocus(string files, BuildOptions? options = null) =>
        Ids(TestSite.Build(files, options).AssertClean().Page("briefs/focus/index.html").QuerySelectorAll("section.related a"));

    /// <summary>Briefs n001, n002, ... dated through 2025, each newer than the one before.</summary>
    private static string NumberedBriefs(int count, Func<int, string> frontMatter) =>
        string.Concat(Enumerable.Range(1, count).Select(i => Brief($"n{i:D3}", frontMatter(i), date: $"2025-{1 + i / 28:D2}-{1 + i % 28:D2}")));

    [Fact]
    public void Related_briefs_are_chosen_among_the_newest_hundred_of_each_shared_tag_so_a_tag_on_every_brief_costs_no_more()
    {
        // "old" shares both tags (2 points) but is the 101st newest of each; every newer brief shares one (1 point).
        var newer = NumberedBriefs(2 * Rendering.Pages.RelatedBriefs.CandidatesPerLink, i => i % 2 == 0 ? "tags: [x]" : "tags: [y]");
        var files = Source + newer +
            Brief("focus", "tags: [x, y]", date: "2026-01-01") +
            Brief("old", "tags: [x, y]", date: "2020-01-01");
        Assert.Equal(["n200", "n199", "n198", "n197", "n196"], RelatedToFocus(files));
    }

    [Fact]
    public void A_related_brief_found_through_a_tag_earns_the_points_of_an_actor_whose_newest_hundred_it_is_not_among()
    {
        // "old" is found through tag x only, a hundred newer briefs naming peru, but naming peru too it scores 2 + 1.
        var newer = NumberedBriefs(Rendering.Pages.RelatedBriefs.CandidatesPerLink, _ => "actors: [peru]");
        var files = Source + Actors + newer +
            Brief("focus", "actors: [peru]\ntags: [x]", date: "2026-01-01") +
            Brief("old", "actors: [peru]\ntags: [x]", date: "2020-01-01");
        Assert.Equal(["old", "n100", "n099", "n098", "n097"], RelatedToFocus(files));
    }

    [Fact]
    public void An_actor_that_few_of_many_briefs_name_still_earns_its_points()
    {
        // Peru is named by 2 of 72 briefs (held as a short list, not a bit per brief); each of the 70 newer ones carries tag x.
        var newer = NumberedBriefs(70, _ => "tags: [x]");
        var files = Source + Actors + newer +
            Brief("focus", "actors: [peru]\ntags: [x]", date: "2026-01-01") +
            Brief("old", "actors: [peru]", date: "2020-01-01");
        Assert.Equal(["old", "n070", "n069", "n068", "n067"], RelatedToFocus(files));
    }

    [Fact]
    public void A_draft_is_among_related_briefs_only_in_a_build_with_drafts()
    {
        var files = Source + Actors +
            Brief("focus", "actors: [peru]", date: "2025-01-10") +
            Brief("wip", "actors: [peru]\ndraft: true", date: "2025-01-09") +
            Brief("r", "actors: [peru]", date: "2025-01-01");
        Assert.Equal(["r"], RelatedToFocus(files));
        Assert.Equal(["wip", "r"], RelatedToFocus(files, new BuildOptions { IncludeDrafts = true }));
    }

    [Fact]
    public void Event_neighbours_tell_previous_from_next_overall_and_per_actor()
    {
        var files = Source + Actors +
            Event("first", "2019", "actors: [pedro-castillo]") +
            Event("zero", "2019-06") +
            Event("middle", "2020", "actors: [pedro-castillo, peru]") +
            Event("other", "2020-06") +
            Event("last", "2021", "actors: [peru]");
        var page = TestSite.Build(files).AssertClean().Page("events/middle/index.html");
        var scopes = page.QuerySelectorAll("nav.neighbours li.neighbour").ToList();
        Assert.Equal(["All events", "Pedro Castillo", "Peru"], scopes.Select(s => s.QuerySelector(".scope")!.TextContent));
        string? Prev(int i) => scopes[i].QuerySelector("a.prev")?.GetAttribute("href")!.Split('/')[^2];
        string? Next(int i) => scopes[i].QuerySelector("a.next")?.GetAttribute("href")!.Split('/')[^2];
        // Overall: zero before, other after; an actor's own neighbours only where they differ.
        Assert.Equal(("zero", "other"), (Prev(0), Next(0)));
        Assert.Equal(("first", null), (Prev(1), Next(1)));
        Assert.Equal((null, "last"), (Prev(2), Next(2)));
        // Only the overall pair is the page's rel=prev/next.
        Assert.Equal(["zero", "other"], page.QuerySelectorAll("nav.neighbours a[rel]").Select(a => a.GetAttribute("href")!.Split('/')[^2]));
    }

    [Fact]
    public void A_page_linking_to_itself_is_not_among_its_own_mentions()
    {
        var files = Source + Actors +
            Event("e", "2020", body: "See [[e]].") +
            "-- content/actors/chile.md --\n---\nname: Chile\nkind: state\n---\nChile [[chile]] borders [[peru]]; see [[e]].\n";
        var site = TestSite.Build(files).AssertClean();
        Assert.Null(site.Page("actors/chile/index.html").QuerySelector("section.mentions"));
        Assert.Equal(["chile", "pedro-castillo"], Ids(site.Page("actors/peru/index.html").QuerySelectorAll("section.mentions a")).Order());
        Assert.Equal(["chile"], Ids(site.Page("events/e/index.html").QuerySelectorAll("section.mentions a")));
    }

    [Fact]
    public void Repeated_ids_in_a_list_count_once()
    {
        var files = Source + Actors +
            Brief("a", "actors: [peru, peru, pedro-castillo, peru]\ntags: [x, x]") +
            Event("e", "2020", "actors: [peru, peru]\nsources: [bbc, bbc]\ntags: [y, y]");
        var site = TestSite.Build(files).AssertClean();
        Assert.Equal(["peru", "pedro-castillo"], Ids(site.Page("briefs/a/index.html").QuerySelectorAll("section.actors a")));
        Assert.Single(site.Page("briefs/a/index.html").QuerySelectorAll("article.brief header a[href*='tags/x/']"));
        Assert.Single(site.Page("tags/x/index.html").QuerySelectorAll("main a[href*='briefs/a/']"));
        Assert.Equal(["e"], site.Page("timeline/actors/peru/index.html").QuerySelectorAll("li.timeline-entry").Select(li => li.Id));
    }

    [Fact]
    public void A_tag_page_and_a_filtered_timeline_count_only_what_they_hold_and_say_what_they_are_filtered_by()
    {
        // A tag on events only read "0 briefs and 1 event."; its timeline "1 event in the order they happened.", without the tag.
        var site = TestSite.Build(Source + Actors + Event("e", "2020", "actors: [peru]\ntags: [vote]") + Event("f", "2021", "tags: [vote]")
            + Brief("a", "tags: [talks]") + Event("g", "2022", "tags: [talks]")).AssertClean();
        string Lede(string path) => site.Page(path).QuerySelector(".lede")!.TextContent.Trim();
        string Description(string path) => site.Page(path).QuerySelector("meta[name=description]")!.GetAttribute("content")!;

        Assert.StartsWith("2 events. ", Lede("tags/vote/index.html"));
        Assert.StartsWith("1 brief and 1 event. ", Lede("tags/talks/index.html"));
        Assert.Equal("2 events in the order they happened, tagged “vote”.", Description("timeline/tags/vote/index.html"));
        Assert.Equal("One event, tagged “talks”.", Description("timeline/tags/talks/index.html"));
        Assert.Equal("One event, involving Peru.", Description("timeline/actors/peru/index.html"));
    }
}
