using AngleSharp.Dom;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Long lists cut into pages of the site's `paginate` entries, as a reader pages through them.</summary>
public class PaginationTests
{
    private static string SiteYml(int paginate, string more = "") => $"-- content/site.yml --\ntitle: T\npaginate: {paginate}\n{more}";

    /// <summary>Seven briefs b1..b7 dated 1..7 Jan 2025 and seven events e1..e7 in 2001..2007.</summary>
    private static readonly string Sevens = Source + string.Concat(Enumerable.Range(1, 7).Select(i => Brief($"b{i}", date: $"2025-01-0{i}") + Event($"e{i}", $"{2000 + i}")));

    private static string[] Ids(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToArray();

    private static IDocument Follow(TestSite site, string from, IElement link) => site.Page(SiteTests.Resolve(from, link.GetAttribute("href")!));

    [Fact]
    public void A_long_list_goes_on_pages_beside_the_first_each_entry_on_one_of_them_in_order()
    {
        var site = TestSite.Build(SiteYml(3) + Sevens).AssertClean();

        Assert.Equal(["b7", "b6", "b5"], Ids(site.Page("briefs/index.html"), "a.item-title"));
        Assert.Equal(["b4", "b3", "b2"], Ids(site.Page("briefs/page-2.html"), "a.item-title"));
        Assert.Equal(["b1"], Ids(site.Page("briefs/page-3.html"), "a.item-title"));
        Assert.False(site.Has("briefs/page-4.html"));
        Assert.Equal(["e1", "e2", "e3"], Ids(site.Page("events/index.html"), "span.event-line > a"));
        Assert.Equal(["e7"], Ids(site.Page("events/page-3.html"), "span.event-line > a"));

        var second = site.Page("briefs/page-2.html");
        Assert.Equal("Briefs, page 2 of 3", second.QuerySelector("h1")!.TextContent);
        Assert.Equal("Briefs, page 2 of 3 · T", second.Title);
        Assert.EndsWith("Page 2 of 3.", second.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        // The count is the whole list's, not the page's.
        Assert.Equal("7 briefs, newest first.", second.QuerySelector("p.lede")!.TextContent.Trim());
        Assert.Equal("4–6 of 7 · page 2 of 3", second.QuerySelector("nav.pager .pager-status")!.TextContent);
        Assert.Equal("Briefs", site.Page("briefs/index.html").QuerySelector("h1")!.TextContent);
        // A page of one entry names it alone.
        Assert.Equal("7 of 7 · page 3 of 3", site.Page("briefs/page-3.html").QuerySelector("nav.pager .pager-status")!.TextContent);
    }

    [Fact]
    public void The_tag_list_goes_on_pages_too_and_counts_every_tag()
    {
        // A site can have as many tags as briefs: 20,000 made one tags page of 2 MB.
        var site = TestSite.Build(SiteYml(3) + Sevens.Replace("date: 2025-01-0", "tags: [t1, t2]\ndate: 2025-01-0").Replace("title: Event e", "tags: [u1, u2, u3]\ntitle: Event e")).AssertClean();
        string[] Tags(string path) => site.Page(path).QuerySelectorAll("ul.tag-cloud a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["t1", "t2", "u1"], Tags("tags/index.html"));
        Assert.Equal(["u2", "u3"], Tags("tags/page-2.html"));
        Assert.False(site.Has("tags/page-3.html"));
        var second = site.Page("tags/page-2.html");
        Assert.Equal("Tags, page 2 of 2", second.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("5 tags on briefs and events.", second.QuerySelector("p.lede")!.TextContent.Trim());
        Assert.Equal("../tags/u2/index.html", second.QuerySelector("ul.tag-cloud a")!.GetAttribute("href"));
        var next = site.Page("tags/index.html").QuerySelector("nav.pager a[rel=next]")!;
        Assert.Equal(["u2", "u3"], Follow(site, "tags/index.html", next).QuerySelectorAll("ul.tag-cloud a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_later_page_announces_the_feeds_its_first_does()
    {
        var site = TestSite.Build(SiteYml(3, "base_url: https://example.org/\n") + Sevens.Replace("date: 2025-01-01", "date: 2025-01-01\ntags: [x]")).AssertClean();
        string[] Feeds(string path) => site.Page(path).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToArray();
        Assert.NotEmpty(Feeds("briefs/index.html"));
        Assert.Equal(Feeds("briefs/index.html"), Feeds("briefs/page-3.html"));
    }

    [Fact]
    public void A_theme_whose_functions_predate_the_pager_keeps_its_own_and_the_built_in_pages_still_show_one()
    {
        var site = TestSite.Build(SiteYml(3) + Sevens + """
            -- templates/_macros.html --
            {{~ func brief_list(briefs) ~}}
            <ol class="mine">{{ for b in briefs }}<li>{{ b.title }}</li>{{ end }}</ol>
            {{~ end ~}}
            """).AssertClean();
        var index = site.Page("briefs/index.html");
        Assert.Equal(["Brief b7", "Brief b6", "Brief b5"], index.QuerySelectorAll("ol.mine li").Select(li => li.TextContent));
        Assert.NotNull(index.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public void A_list_template_that_shows_no_pager_is_told_so_once_its_list_has_more_than_one_page()
    {
        var theme = """
            -- templates/briefs.html --
            <h1>{{ title }}</h1>
            {{ brief_list page.briefs }}
            """;
        // A summary that names the next page is text, not a link to it.
        var result = TestSite.Build(SiteYml(3) + Sevens.Replace("summary: Summary of b7.", "summary: Minutes archived as page-2.html.") + theme).Result;
        Assert.Equal(["templates/briefs.html:1:1: warning BG5002: briefs/index.html is page 1 of 3 of its list, but links to no page after it, so readers never reach entries 4–7; "
            + "show the pager where the list ends ({{ pager page.pager \"Briefs\" }}, see docs/theming.md, Long lists), or raise 'paginate' in site.yml (1 more page made with this template lacks the same link)"],
            result.Diagnostics.Select(d => d.ToString()));
        // One entry past the first page is named alone.
        Assert.Contains("so readers never reach entry 7; ", Assert.Single(TestSite.Build(SiteYml(6) + Sevens + theme).Diagnostics).Message);
        // A list of one page needs no pager.
        Assert.Empty(TestSite.Build(SiteYml(7) + Sevens + theme).Diagnostics);
    }

    [Fact]
    public void A_list_page_that_links_to_another_but_not_to_the_one_after_it_is_told_so()
    {
        // As an old timeline's bars do: a link to where the second page begins, on every page, and none to the page after it.
        var result = TestSite.Build(SiteYml(3) + Sevens + """
            -- templates/briefs.html --
            {{ brief_list page.briefs }}<a href="{{ root }}briefs/page-2.html#x">Later</a>
            """).Result;
        Assert.Equal(["briefs/page-2.html is page 2 of 3"], result.Diagnostics.Select(d => d.Message[..d.Message.IndexOf(" of its list", StringComparison.Ordinal)]));
    }

    [Fact]
    public void The_built_in_functions_come_where_the_built_in_macros_would_whether_or_not_the_theme_has_its_own()
    {
        // A theme's partial that sorts before _macros.html defines a function the built-in ones define again.
        var early = """
            -- templates/_aa.html --
            {{~ func brief_list(briefs) ~}}<p class="early">early</p>{{~ end ~}}
            """;
        foreach (var macros in new[] { "", "-- templates/_macros.html --\n{{~ func own() ~}}own{{~ end ~}}\n" })
        {
            var page = TestSite.Build(SiteYml(3) + Sevens + early + macros).AssertClean().Page("briefs/index.html");
            Assert.Null(page.QuerySelector("p.early"));
            Assert.Equal(3, page.QuerySelectorAll("a.item-title").Length);
        }
    }

    [Fact]
    public void The_pager_steps_back_and_on_and_names_the_page_the_reader_is_on()
    {
        var site = TestSite.Build(SiteYml(3) + Sevens).AssertClean();
        var first = site.Page("briefs/index.html");
        Assert.Null(first.QuerySelector("nav.pager a[rel=prev]"));
        var second = Follow(site, "briefs/index.html", first.QuerySelector("nav.pager a[rel=next]")!);
        Assert.Equal("2", second.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.Equal(["1", "2", "3"], second.QuerySelectorAll("nav.pager li:not(.pager-step) a").Select(a => a.TextContent));
        Assert.Equal("Briefs", Follow(site, "briefs/page-2.html", second.QuerySelector("nav.pager a[rel=prev]")!).QuerySelector("h1")!.TextContent);
        var last = Follow(site, "briefs/page-2.html", second.QuerySelector("nav.pager a[rel=next]")!);
        Assert.Equal(["b1"], Ids(last, "a.item-title"));
        Assert.Null(last.QuerySelector("nav.pager a[rel=next]"));
    }

    [Theory]
    [InlineData(1, "1 2 3 … 20")]
    [InlineData(4, "1 2 3 4 5 6 … 20")]
    [InlineData(5, "1 2 3 4 5 6 7 … 20")]
    [InlineData(10, "1 … 8 9 10 11 12 … 20")]
    [InlineData(20, "1 … 18 19 20")]
    public void Among_many_pages_the_pager_shows_the_ends_and_the_pages_around_this_one(int page, string shown)
    {
        var site = TestSite.Build(SiteYml(1) + Source + string.Concat(Enumerable.Range(1, 20).Select(i => Brief($"b{i:D2}", date: $"2025-01-{i:D2}")))).AssertClean();
        var pager = site.Page(page == 1 ? "briefs/index.html" : $"briefs/page-{page}.html").QuerySelector("nav.pager")!;
        Assert.Equal(shown, string.Join(' ', pager.QuerySelectorAll("li:not(.pager-step)").Select(li => li.TextContent.Trim())));
        // Every number leads to its page, and only the current one says it is current.
        foreach (var link in pager.QuerySelectorAll("li:not(.pager-step) a"))
            Assert.Equal(link.TextContent == "1" ? "briefs/index.html" : $"briefs/page-{link.TextContent}.html", SiteTests.Resolve("briefs/index.html", link.GetAttribute("href")!));
        Assert.Equal([page.ToString()], pager.QuerySelectorAll("a[aria-current=page]").Select(a => a.TextContent));
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_pager_and_no_second_page()
    {
        var site = TestSite.Build(SiteYml(7) + Sevens).AssertClean();
        Assert.Equal(7, site.Page("briefs/index.html").QuerySelectorAll("a.item-title").Length);
        Assert.Null(site.Page("briefs/index.html").QuerySelector("nav.pager"));
        Assert.DoesNotContain(site.HtmlPages, p => p.Contains("page-", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_paginate_a_list_shows_a_hundred_entries_a_page()
    {
        var site = TestSite.Build(string.Concat(Enumerable.Range(1, 101).Select(i => Event($"e{i:D3}", $"{1800 + i}")))).AssertClean();
        Assert.Equal(100, site.Page("events/index.html").QuerySelectorAll("span.event-line > a").Length);
        Assert.Equal(["e101"], Ids(site.Page("events/page-2.html"), "span.event-line > a"));
    }

    [Fact]
    public void A_group_cut_by_a_page_goes_on_under_its_heading_and_each_jump_link_leads_to_where_its_group_begins()
    {
        var people = string.Concat(Enumerable.Range(1, 4).Select(i => $"-- content/actors/p{i}.md --\n---\nname: Person {i}\nkind: person\n---\n"));
        var states = string.Concat(Enumerable.Range(1, 3).Select(i => $"-- content/actors/s{i}.md --\n---\nname: State {i}\nkind: state\n---\n"));
        var sources = string.Concat(new[] { ("a1", "Alpha"), ("a2", "Alpha"), ("a3", "Alpha"), ("z1", "Zeta") }.Select(s =>
            $"-- content/sources/{s.Item1}.md --\n---\ntitle: T {s.Item1}\npublisher: {s.Item2}\nkind: report\n---\n"));
        var site = TestSite.Build(SiteYml(3) + people + states + sources + Brief("b", body: "Text [@a1; @a2; @a3; @z1].")).AssertClean();

        var second = site.Page("actors/page-2.html");
        Assert.Equal(["People (continued)", "States"], second.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(["State 3"], site.Page("actors/page-3.html").QuerySelectorAll(".actor-group a").Select(a => a.TextContent));
        var jumps = second.QuerySelectorAll(".jump-links a").ToList();
        Assert.Equal(["People", "States"], jumps.Select(a => a.TextContent));
        Assert.Equal(["4", "3"], second.QuerySelectorAll(".jump-links .count").Select(c => c.TextContent));
        AssertLandsOn(site, "actors/page-2.html", jumps[0], "actors/index.html", "Person 1");
        AssertLandsOn(site, "actors/page-2.html", jumps[1], "actors/page-2.html", "State 1");

        var publishers = site.Page("sources/by-publisher/page-2.html");
        Assert.Equal(["Zeta"], publishers.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var zeta = publishers.QuerySelectorAll(".jump-links a").Single(a => a.TextContent == "Zeta");
        Assert.Equal("page-2.html#publisher_2", zeta.GetAttribute("href")!.Split('/')[^1]);
        Assert.Equal("4 sources, 4 cited. Each entry lists the pages that cite it, with the number it has there.", publishers.QuerySelector("p.lede")!.TextContent);
    }

    [Fact]
    public void A_tag_page_pages_through_its_briefs_and_then_its_events()
    {
        var site = TestSite.Build(SiteYml(2) + Source + string.Concat(Enumerable.Range(1, 3).Select(i => Brief($"b{i}", "tags: [water]", date: $"2025-01-0{i}")))
            + Event("e1", "2001", "tags: [water]") + Event("e2", "2002", "tags: [water]")).AssertClean();
        string[] Shown(IDocument page) => page.QuerySelectorAll("main h2, a.item-title, span.event-line > a").Select(e => e.TextContent).ToArray();

        Assert.Equal(["Briefs", "Brief b3", "Brief b2"], Shown(site.Page("tags/water/index.html")));
        var second = site.Page("tags/water/page-2.html");
        Assert.Equal(["Briefs (continued)", "Brief b1", "Events", "Event e1"], Shown(second));
        Assert.Equal(["Events (continued)", "Event e2"], Shown(site.Page("tags/water/page-3.html")));
        Assert.Equal("Tagged “water”, page 2 of 3", second.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("3 briefs and 2 events.", second.QuerySelector("p.lede")!.TextContent);
        Assert.Equal("Tagged “water”: pages", second.QuerySelector("nav.pager")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_timeline_pages_through_its_years_and_months_with_the_picture_of_them_all_on_the_first()
    {
        var site = TestSite.Build(SiteYml(2) + Source + Actors + Brief("x", "actors: [pedro-castillo]") + Event("a", "2001-03", "actors: [peru]") + Event("b", "2001-03-05", "actors: [peru]")
            + Event("c", "2001-03-09", "actors: [peru]") + Event("d", "2001-04", "actors: [peru]") + Event("e", "2002", "actors: [peru]")).AssertClean();
        string[] Shown(IDocument page) => page.QuerySelectorAll(".timeline-list h2, .timeline-list h3, a.entry-title").Select(e => e.TextContent).ToArray();

        var first = site.Page("timeline/index.html");
        Assert.Equal(["2001", "Mar 2001", "Event a", "Event b"], Shown(first));
        Assert.Single(first.QuerySelectorAll("svg.timeline-picture"));
        Assert.Equal(5, first.QuerySelectorAll("svg a.mark").Length);
        var second = site.Page("timeline/page-2.html");
        Assert.Equal(["2001 (continued)", "Mar 2001 (continued)", "Event c", "Apr 2001", "Event d"], Shown(second));
        Assert.Empty(second.QuerySelectorAll("svg, figure"));
        Assert.Equal("Timeline, page 2 of 3", second.QuerySelector("h1")!.TextContent);
        Assert.Equal("5 events in chronological order.", second.QuerySelector("p.lede")!.TextContent);
        Assert.Equal(["2002", "2002, month not known", "Event e"], Shown(site.Page("timeline/page-3.html")));
        // An actor's own timeline goes on pages beside its first, in its own folder.
        Assert.Equal(["2002", "2002, month not known", "Event e"], Shown(site.Page("timeline/actors/peru/page-3.html")));
        Assert.False(site.Has("timeline/actors/pedro-castillo/index.html"));
        // Its filter is current on each of its pages, as the page itself only on the first.
        Assert.Equal("page", site.Page("timeline/actors/peru/index.html").QuerySelector(".timeline-filters a[aria-current]")!.GetAttribute("aria-current"));
        var later = site.Page("timeline/actors/peru/page-2.html").QuerySelector(".timeline-filters a[aria-current]")!;
        Assert.Equal(("Peru", "true"), (later.TextContent, later.GetAttribute("aria-current")));
        Assert.Empty(second.QuerySelectorAll(".timeline-filters a[aria-current]"));
    }

    private static void AssertLandsOn(TestSite site, string from, IElement link, string page, string firstEntry)
    {
        var href = link.GetAttribute("href")!;
        Assert.Equal(page, SiteTests.Resolve(from, href));
        var section = site.Page(page).GetElementById(href[(href.IndexOf('#') + 1)..])!;
        Assert.Equal(firstEntry, section.QuerySelector("a.item-title")!.TextContent);
    }

    [Fact]
    public void A_source_page_links_to_its_entry_on_the_page_of_the_citation_index_that_lists_it()
    {
        var site = TestSite.Build(SiteYml(2) + Sources("s1", "s2", "s3", "s4", "s5") + Brief("b", body: "Text [@s1; @s2; @s3; @s4; @s5].")).AssertClean();
        foreach (var (id, page) in new[] { ("s1", "sources/index.html"), ("s2", "sources/index.html"), ("s3", "sources/page-2.html"), ("s5", "sources/page-3.html") })
        {
            var link = site.Page($"sources/{id}/index.html").QuerySelector(".eyebrow a")!;
            Assert.Equal($"{page}#{id}", SiteTests.Resolve($"sources/{id}/index.html", link.GetAttribute("href")!) + "#" + link.GetAttribute("href")!.Split('#')[1]);
            Assert.NotNull(site.Page(page).GetElementById(id)?.QuerySelector("p.citation"));
        }
    }

    [Fact]
    public void Every_link_on_a_paginated_site_leads_to_a_built_page_and_every_fragment_to_its_place()
    {
        var site = TestSite.Build(SiteYml(2, "base_url: https://example.org/b/\n") + Sevens + Actors + Sources("s1", "s2", "s3")
            + Brief("c", "actors: [peru, pedro-castillo]", "Text [@s1; @s2; @s3].")).AssertClean();
        var fragments = 0;
        foreach (var path in site.HtmlPages.Where(p => p != "404.html"))
            foreach (var href in SiteTests.LinkTargets(site.Page(path)))
            {
                var target = SiteTests.Resolve(path, href);
                Assert.True(site.Has(target), $"{path}: '{href}' leads to missing '{target}'");
                if (href.Split('#') is [_, var fragment] && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    Assert.True(site.Page(target).GetElementById(Uri.UnescapeDataString(fragment)) is not null, $"{path}: '{href}' finds no '{fragment}'");
                    fragments++;
                }
            }
        Assert.True(fragments > 10, $"only {fragments} links with a fragment");
        // Each page is its own: in the sitemap, and canonical to itself.
        var sitemap = site.Output.Text("sitemap.xml");
        Assert.Contains("<loc>https://example.org/b/briefs/page-4.html</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/b/sources/by-publisher/page-2.html</loc>", sitemap);
        Assert.Equal("https://example.org/b/events/page-2.html", site.Page("events/page-2.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_relative_link_to_a_later_page_of_a_list_is_checked_like_any_other()
    {
        var result = TestSite.Check(SiteYml(3) + Sevens.Replace("Text [@bbc].", "See [page 2](../../briefs/page-2.html) and [page 9](../../briefs/page-9.html) [@bbc]."));
        var problems = result.Diagnostics.Where(d => d.Code == "BG4010").Select(d => d.Message).Distinct().ToList();
        Assert.Equal(["link address '../../briefs/page-9.html' leads to no page of the site: the list whose first page is 'briefs/index.html' has 3 pages ('paginate' in site.yml sets how many entries each shows); link to its first page, whose address never moves"], problems);
    }

    [Fact]
    public void A_link_to_an_entry_of_the_citation_index_or_a_timeline_by_its_id_is_checked_against_the_page_that_lists_it()
    {
        // Entries move to later pages as a list grows: a link that found its source on the first page finds nothing once it has moved.
        var body = "See [a](../../sources/index.html#s1), [b](../../sources/index.html#s3), [c](../../sources/page-2.html#s3), "
            + "[d](../../timeline/index.html#e3:~:text=Event), [e](../../timeline/index.html#e1), [f](../../sources/index.html#elsewhere) [@s1; @s2; @s3].";
        var result = TestSite.Check(SiteYml(2) + Sources("s1", "s2", "s3") + Brief("b", body: body) + Event("e1", "2001") + Event("e2", "2002") + Event("e3", "2003")
            + "-- content/actors/elsewhere.md --\n---\nname: Elsewhere\nkind: state\n---\n");
        Assert.Equal([
            "content/briefs/b.md:7:39: warning BG4011: link address '../../sources/index.html#s3' leads to no place on 'sources/index.html': the source 's3' is on 'sources/page-2.html', and moves as the list grows; link to its own page with [[s3]]",
            "content/briefs/b.md:7:108: warning BG4011: link address '../../timeline/index.html#e3:~:text=Event' leads to no place on 'timeline/index.html': the event 'e3' is on 'timeline/page-2.html', and moves as the list grows; link to its own page with [[e3]]",
            "content/briefs/b.md:7:191: warning BG4011: link address '../../sources/index.html#elsewhere' leads to no place on 'sources/index.html': no page of that list shows the actor 'elsewhere'; link to its own page with [[elsewhere]]",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("paginate: 0", "content/site.yml:2:11: error BG2010: 'paginate' (entries on each page of a list) must be from 1 to 100,000, not 0")]
    [InlineData("paginate: 250000", "content/site.yml:2:11: error BG2010: 'paginate' (entries on each page of a list) must be from 1 to 100,000, not 250000")]
    [InlineData("paginate: \"50\"", "content/site.yml:2:11: error BG2006: 'paginate' (entries on each page of a list) must be a whole number from 1 to 100,000, written as digits, not '50' in quotes")]
    [InlineData("paginate: -5", "content/site.yml:2:11: error BG2010: 'paginate' (entries on each page of a list) must be from 1 to 100,000, not -5")]
    [InlineData("paginate: --5", "content/site.yml:2:11: error BG2006: 'paginate' (entries on each page of a list) must be a whole number from 1 to 100,000, written as digits, not '--5'")]
    [InlineData("paginate: [10]", "content/site.yml:2:11: error BG2006: 'paginate' (entries on each page of a list) must be a whole number from 1 to 100,000, written as digits, not a list")]
    [InlineData("paginate: \"\"", "content/site.yml:2:11: error BG2006: 'paginate' (entries on each page of a list) must be a whole number from 1 to 100,000, written as digits")]
    public void A_paginate_that_is_no_count_of_entries_is_an_error_at_its_value(string line, string expected)
    {
        var result = TestSite.Check($"-- content/site.yml --\ntitle: T\n{line}\n" + Source + Brief("b"));
        Assert.Equal([expected], result.Diagnostics.Select(d => d.ToString()));
    }
}
