using BriefingGen.Rendering;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>How readers' tools find the site: Atom feeds, the sitemap, robots.txt, JSON-LD, Open Graph and the JSON exports.</summary>
public class DiscoveryTests
{
    private const string BaseUrl = "https://example.org/briefings/";
    private static readonly XNamespace Atom = AtomRules.Atom;
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string PublishedSite = """
        -- content/site.yml --
        title: Test Briefings
        description: Briefings for tests.
        author: Test Desk
        base_url: https://example.org/briefings/
        """ + "\n";

    private static readonly string Site = PublishedSite + Source + Actors
        + Brief("old", "actors: [pedro-castillo]\ntags: [diplomacy]\nauthors: [Ana Ruiz, Bo Li]", date: "2025-01-05")
        + Brief("new", "actors: [peru]\nevents: [asylum]", date: "2025-03-01")
        + Brief("revised", "tags: [diplomacy]\nupdated: 2025-06-30", date: "2025-02-01")
        + Event("asylum", "2022-12", "actors: [pedro-castillo, peru]\nsources: [bbc]\nend: 2023\nlocation: Lima\ntags: [events-only]");

    /// <summary>A search result and a link preview show the description: every page that may be found has one, even when site.yml gives none.</summary>
    [Fact]
    public void Every_page_but_the_404_has_a_description_and_a_preview_description_though_site_yml_has_none()
    {
        var site = TestSite.Build(Source + Actors + Brief("a", "actors: [peru]\nevents: [e]\ntags: [asylum]") + Event("e", "2025-11", "actors: [peru]\ntags: [asylum]")).AssertClean();
        foreach (var path in site.HtmlPages.Where(p => p != "404.html"))
        {
            var page = site.Page(path);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{path} has no description");
            Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        }
        Assert.Equal("1 brief on 2 actors and 1 event, each claim traced to its sources.", site.Page("index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void The_site_feed_is_atom_with_absolute_links_and_one_entry_per_brief_newest_first()
    {
        var site = TestSite.Build(Site).AssertClean();
        foreach (var path in site.Output.Files.Keys.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)))
            Assert.True(AtomRules.Errors(site.Output.Text(path)) is [], $"{path}: {string.Join("; ", AtomRules.Errors(site.Output.Text(path)))}");
        var feed = Xml(site, "feed.xml");
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(BaseUrl + "feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Test Briefings", feed.Element(Atom + "title")!.Value);
        Assert.Equal(BaseUrl + "feed.xml", Link(feed, "self"));
        Assert.Equal(BaseUrl + "index.html", Link(feed, "alternate"));
        Assert.Equal("Test Desk", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        // The feed changed when its newest entry did: the revised brief's updated date, not the clock.
        Assert.Equal("2025-06-30T00:00:00Z", feed.Element(Atom + "updated")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Brief new", "Brief revised", "Brief old"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(["2025-03-01T00:00:00Z", "2025-02-01T00:00:00Z", "2025-01-05T00:00:00Z"], entries.Select(e => e.Element(Atom + "published")!.Value));
        Assert.Equal(["2025-03-01T00:00:00Z", "2025-06-30T00:00:00Z", "2025-01-05T00:00:00Z"], entries.Select(e => e.Element(Atom + "updated")!.Value));
        foreach (var entry in entries)
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Assert.Equal(id, Link(entry, "alternate"));
            Assert.True(site.Has(id[BaseUrl.Length..]), $"{id} is not a page of the site");
            Assert.StartsWith("Summary of", entry.Element(Atom + "summary")!.Value);
        }
        Assert.Equal(["Ana Ruiz", "Bo Li"], entries[2].Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        Assert.Equal(["diplomacy"], entries[2].Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
    }

    [Fact]
    public void A_feed_carries_the_fifty_briefs_changed_most_recently_newest_first()
    {
        var briefs = string.Concat(Enumerable.Range(1, Rendering.Exports.Feed.MaxEntries + 2).Select(i =>
            Brief($"b{i:D2}", i == 1 ? "updated: 2026-01-01" : "", date: $"2025-{1 + i / 28:D2}-{1 + i % 28:D2}")));
        var site = TestSite.Build(PublishedSite + Source + briefs).AssertClean();

        var titles = Xml(site, "feed.xml").Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

        // b01 is the oldest brief but was corrected last; b02 and b03 are the oldest of the rest.
        Assert.Equal(Rendering.Exports.Feed.MaxEntries, titles.Count);
        Assert.Equal("Brief b52", titles[0]);
        Assert.Equal(["Brief b05", "Brief b04", "Brief b01"], titles[^3..]);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"/>", "not an Atom feed")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><updated>2025-01-01T00:00:00Z</updated><link rel=\"self\" href=\"https://x.org/f\"/></feed>", "exactly one <id>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>feed.xml</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><link rel=\"self\" href=\"https://x.org/f\"/></feed>", "not an absolute IRI")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://x.org/f</id><title>t</title><updated>2025-01-01</updated><link rel=\"self\" href=\"https://x.org/f\"/></feed>", "not an RFC 3339 time")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://x.org/f</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><link rel=\"self\" href=\"f.xml\"/></feed>", "is not absolute")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://x.org/f</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><link rel=\"self\" href=\"https://x.org/f\"/>" +
        "<entry><id>https://x.org/a</id><title>a</title><updated>2025-01-01T00:00:00Z</updated><link href=\"https://x.org/a\"/></entry></feed>", "no author")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://x.org/f</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><link rel=\"self\" href=\"https://x.org/f\"/><author><name>n</name></author>" +
        "<entry><id>https://x.org/a</id><title>a</title><updated>2024-01-01T00:00:00Z</updated><link href=\"https://x.org/a\"/></entry>" +
        "<entry><id>https://x.org/b</id><title>b</title><updated>2025-01-01T00:00:00Z</updated><link href=\"https://x.org/b\"/></entry></feed>", "newer than the entry before")]
    public void The_atom_rules_refuse_what_rfc_4287_does(string xml, string error) =>
        Assert.Contains(AtomRules.Errors(xml), e => e.Contains(error));

    [Fact]
    public void A_correction_updates_the_feed_entry_the_json_ld_and_the_export_and_says_what_changed()
    {
        var site = TestSite.Build(PublishedSite + Source + Brief("c", """
            corrections:
              - {date: 2025-12-02, text: "The vote was in 2022, not 2023."}
            """)).AssertClean();
        var entry = Xml(site, "feed.xml").Element(Atom + "entry")!;
        Assert.Equal("2025-12-02T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("Summary of c.\n\nCorrection, 2 Dec 2025: The vote was in 2022, not 2023.", entry.Element(Atom + "summary")!.Value);

        // Only the latest is in the feed, the earlier ones counted: each feed listing the brief copied them all.
        var three = TestSite.Build(PublishedSite + Source + Brief("c", """
            corrections:
              - {date: 2025-12-02, text: "The vote was in 2022, not 2023."}
              - {date: 2025-12-09, text: "The minister resigned on 8 December."}
              - {date: 2025-12-04, text: "A name was misspelt."}
            """)).AssertClean();
        Assert.Equal("Summary of c.\n\nCorrection, 9 Dec 2025: The minister resigned on 8 December.\n\n(2 earlier corrections on the brief's page.)",
            Xml(three, "feed.xml").Element(Atom + "entry")!.Element(Atom + "summary")!.Value);

        var brief = JsonLd(site.Page("briefs/c/index.html"));
        Assert.Equal("2025-12-02", brief.GetProperty("dateModified").GetString());
        var correction = brief.GetProperty("correction")[0];
        Assert.Equal(("CorrectionComment", "2025-12-02", "The vote was in 2022, not 2023."),
            (correction.GetProperty("@type").GetString(), correction.GetProperty("datePublished").GetString(), correction.GetProperty("text").GetString()));

        using var export = JsonDocument.Parse(site.Output.Files["data/briefs.json"]);
        var exported = export.RootElement[0].GetProperty("corrections")[0];
        Assert.Equal(("2025-12-02", "The vote was in 2022, not 2023."), (exported.GetProperty("date").GetString(), exported.GetProperty("text").GetString()));
    }

    [Fact]
    public void Tags_and_actors_with_briefs_get_feeds_announced_on_their_pages()
    {
        var site = TestSite.Build(Site).AssertClean();
        Assert.Equal(["Brief revised", "Brief old"], EntryTitles(site, "tags/diplomacy/feed.xml"));
        Assert.Equal(["Brief old"], EntryTitles(site, "actors/pedro-castillo/feed.xml"));
        Assert.Equal(["Brief new"], EntryTitles(site, "actors/peru/feed.xml"));
        Assert.Equal(BaseUrl + "tags/diplomacy/index.html", Link(Xml(site, "tags/diplomacy/feed.xml"), "alternate"));

        Assert.Equal(["../../tags/diplomacy/feed.xml"], FeedLinks(site, "tags/diplomacy/index.html"));
        Assert.Equal(["../../actors/peru/feed.xml"], FeedLinks(site, "actors/peru/index.html"));
        Assert.Equal(["feed.xml"], FeedLinks(site, "index.html"));
        Assert.Equal(["../feed.xml"], FeedLinks(site, "briefs/index.html"));
        Assert.Empty(FeedLinks(site, "briefs/old/index.html"));
        // A tag that only events carry has no briefs to follow.
        Assert.False(site.Has("tags/events-only/feed.xml"));
        Assert.Empty(FeedLinks(site, "tags/events-only/index.html"));
        foreach (var page in site.HtmlPages)
            foreach (var href in FeedLinks(site, page))
                Assert.True(site.Has(SiteTests.Resolve(page, href)), $"{page} announces a missing feed {href}");
    }

    [Fact]
    public void Feeds_escape_hostile_titles_and_summaries()
    {
        const string hostile = "</title><script>alert(1)</script> & ]]> <![CDATA[ x";
        var site = TestSite.Build(PublishedSite + Source + $$"""
            -- content/briefs/h.md --
            ---
            title: "{{hostile}}"
            date: 2025-01-01
            summary: "{{hostile}}"
            authors: ["{{hostile}}"]
            ---
            Text [@bbc].
            """ + "\n").AssertClean();
        Assert.Empty(AtomRules.Errors(site.Output.Text("feed.xml")));
        var entry = Xml(site, "feed.xml").Element(Atom + "entry")!;
        Assert.Equal(hostile, entry.Element(Atom + "title")!.Value);
        Assert.Equal(hostile, entry.Element(Atom + "summary")!.Value);
        Assert.Equal(hostile, entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_404_by_absolute_address_with_brief_dates()
    {
        var site = TestSite.Build(Site).AssertClean();
        var urlset = Xml(site, "sitemap.xml");
        Assert.Equal(SitemapNs + "urlset", urlset.Name);
        var urls = urlset.Elements(SitemapNs + "url").ToList();
        var locs = urls.Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
        Assert.All(locs, loc => Assert.StartsWith(BaseUrl, loc));
        Assert.All(locs, loc => Assert.True(Uri.IsWellFormedUriString(loc, UriKind.Absolute), loc));
        Assert.Equal(site.HtmlPages.Where(p => p != "404.html").Order(StringComparer.Ordinal), locs.Select(l => l[BaseUrl.Length..]).Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());

        string? LastMod(string page) => urls.Single(u => u.Element(SitemapNs + "loc")!.Value == BaseUrl + page).Element(SitemapNs + "lastmod")?.Value;
        Assert.Equal("2025-06-30", LastMod("briefs/revised/index.html"));
        Assert.Equal("2025-01-05", LastMod("briefs/old/index.html"));
        Assert.Null(LastMod("actors/peru/index.html"));

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/briefings/sitemap.xml\n", site.Output.Text("robots.txt"));
    }

    [Fact]
    public void The_sitemap_is_valid_against_the_protocol_and_splits_past_its_limit_into_an_index()
    {
        var site = TestSite.Build(Site).AssertClean();
        Assert.Empty(SitemapSchema.Errors(site.Output.Text("sitemap.xml")));

        var graph = site.Result.Graph!;
        var pages = site.HtmlPages.Where(p => p != "404.html").ToList();
        var files = Rendering.Exports.Sitemap.Write(graph.Config, pages, graph.Documents.Values.ToDictionary(d => d.Url), maxUrlsPerFile: 4).ToList();
        var parts = Enumerable.Range(1, (pages.Count + 3) / 4).Select(i => $"sitemap-{i}.xml").ToList();
        Assert.Equal([.. parts, "sitemap.xml"], files.Select(f => f.Path));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[^1].Bytes));
        Assert.Empty(SitemapSchema.Errors(index.ToString()));
        Assert.Equal(SitemapNs + "sitemapindex", index.Root!.Name);
        Assert.Equal(parts.Select(p => BaseUrl + p), index.Root.Elements(SitemapNs + "sitemap").Select(s => s.Element(SitemapNs + "loc")!.Value));
        var listed = files.SkipLast(1).SelectMany(f =>
        {
            var text = System.Text.Encoding.UTF8.GetString(f.Bytes);
            Assert.Empty(SitemapSchema.Errors(text));
            var locs = XDocument.Parse(text).Root!.Elements(SitemapNs + "url").Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
            Assert.InRange(locs.Count, 1, 4);
            return locs;
        });
        Assert.Equal(pages.Select(p => BaseUrl + p), listed);
    }

    [Theory]
    [InlineData("<urlset xmlns=\"http://www.google.com/schemas/sitemap/0.84\"><url><loc>https://example.org/</loc></url></urlset>")]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>briefs/a/index.html</loc></url></urlset>")]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>2025-01-01</lastmod><loc>https://example.org/</loc></url></urlset>")]
    [InlineData("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/</loc><lastmod>Jan 2025</lastmod></url></urlset>")]
    public void The_sitemap_schema_refuses_what_the_protocol_does(string xml) => Assert.NotEmpty(SitemapSchema.Errors(xml));

    [Theory]
    [InlineData("briefs/old/index.html", "Report")]
    [InlineData("actors/pedro-castillo/index.html", "Person")]
    [InlineData("actors/peru/index.html", "Country")]
    [InlineData("events/asylum/index.html", "Event")]
    [InlineData("sources/bbc/index.html", "NewsArticle")]
    public void Document_pages_carry_one_json_ld_block_of_their_schema_org_type(string page, string type)
    {
        var data = JsonLd(TestSite.Build(Site).AssertClean().Page(page));
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal(type, data.GetProperty("@type").GetString());
        Assert.Equal(BaseUrl + page, (data.TryGetProperty("mainEntityOfPage", out var own) ? own : data.GetProperty("url")).GetString());
    }

    [Fact]
    public void A_sources_authors_and_publisher_are_the_same_nodes_on_every_page()
    {
        // Without ids they were blank nodes: a graph merged from the source's page and two citing
        // briefs gave its one author three times, and five authors eleven.
        var authors = string.Join(", ", Enumerable.Range(1, 5).Select(i => $"\"Doe{i}, Jane\""));
        var site = TestSite.Build(PublishedSite + $"-- content/sources/k.md --\n---\ntitle: K\nauthors: [{authors}]\npublisher: Taylor and Francis\nkind: book\n---\n"
            + Brief("a", body: "Claim [@k].") + Brief("b", body: "Claim [@k].")).AssertClean();
        var own = JsonLd(site.Page("sources/k/index.html"));
        var described = own.GetProperty("author").EnumerateArray().ToDictionary(a => a.GetProperty("@id").GetString()!, a => a.GetProperty("name").GetString());
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"{BaseUrl}sources/k/index.html#author-{i}"), described.Keys);
        foreach (var brief in new[] { "briefs/a/index.html", "briefs/b/index.html" })
        {
            var cited = Assert.Single(JsonLd(site.Page(brief)).GetProperty("citation").EnumerateArray());
            Assert.Equal(own.GetProperty("@id").GetString(), cited.GetProperty("@id").GetString());
            Assert.All(cited.GetProperty("author").EnumerateArray(), a => Assert.Equal(described[a.GetProperty("@id").GetString()!], a.GetProperty("name").GetString()));
            Assert.Equal(own.GetProperty("publisher").GetProperty("@id").GetString(), cited.GetProperty("publisher").GetProperty("@id").GetString());
        }
        Assert.Equal(BaseUrl + "sources/k/index.html#publisher", own.GetProperty("publisher").GetProperty("@id").GetString());
    }

    [Fact]
    public void Every_mention_of_a_document_names_the_node_its_own_page_describes()
    {
        var site = TestSite.Build(Site).AssertClean();
        string Id(string page) => JsonLd(site.Page(page)).GetProperty("@id").GetString()!;
        var brief = JsonLd(site.Page("briefs/new/index.html"));
        Assert.Equal(BaseUrl + "briefs/new/index.html#brief", brief.GetProperty("@id").GetString());
        Assert.Equal(Id("actors/peru/index.html"), brief.GetProperty("about")[0].GetProperty("@id").GetString());
        Assert.Equal(Id("events/asylum/index.html"), brief.GetProperty("mentions")[0].GetProperty("@id").GetString());
        // A mention gives the dates the event's own node gives, its end as well.
        Assert.Equal(("2022-12", "2023"), (brief.GetProperty("mentions")[0].GetProperty("startDate").GetString(), brief.GetProperty("mentions")[0].GetProperty("endDate").GetString()));
        Assert.Equal(Id("sources/bbc/index.html"), brief.GetProperty("citation")[0].GetProperty("@id").GetString());
        Assert.Equal(Id("actors/pedro-castillo/index.html"), JsonLd(site.Page("events/asylum/index.html")).GetProperty("performer")[0].GetProperty("@id").GetString());
        Assert.Equal(BaseUrl + "actors/peru/index.html#actor", Id("actors/peru/index.html"));
    }

    [Fact]
    public void Pages_that_are_not_about_one_document_carry_no_json_ld()
    {
        var site = TestSite.Build(Site).AssertClean();
        foreach (var page in new[] { "index.html", "briefs/index.html", "tags/diplomacy/index.html", "timeline/index.html", "sources/index.html", "404.html" })
            Assert.Empty(site.Page(page).QuerySelectorAll("script"));
    }

    [Fact]
    public void A_brief_says_who_wrote_it_when_what_it_is_about_and_what_it_cites()
    {
        var brief = JsonLd(TestSite.Build(Site).AssertClean().Page("briefs/old/index.html"));
        Assert.Equal("Brief old", brief.GetProperty("headline").GetString());
        Assert.Equal("2025-01-05", brief.GetProperty("datePublished").GetString());
        Assert.Equal("2025-01-05", brief.GetProperty("dateModified").GetString());
        Assert.Equal(["Ana Ruiz", "Bo Li"], Names(brief.GetProperty("author")));
        Assert.Equal(["Pedro Castillo"], Names(brief.GetProperty("about")));
        Assert.Equal(BaseUrl + "actors/pedro-castillo/index.html", brief.GetProperty("about")[0].GetProperty("url").GetString());
        var citation = brief.GetProperty("citation")[0];
        Assert.Equal("NewsArticle", citation.GetProperty("@type").GetString());
        Assert.Equal("Peru cuts ties", citation.GetProperty("name").GetString());
        Assert.Equal("Peru cuts ties", citation.GetProperty("headline").GetString());
        Assert.Equal("https://www.bbc.com/news/articles/x", citation.GetProperty("url").GetString());

        var revised = JsonLd(TestSite.Build(Site).Page("briefs/revised/index.html"));
        Assert.Equal("2025-06-30", revised.GetProperty("dateModified").GetString());
        Assert.Equal(["Test Desk"], Names(revised.GetProperty("author")));
    }

    [Fact]
    public void An_event_gives_its_dates_at_the_precision_known_its_place_and_its_actors()
    {
        var e = JsonLd(TestSite.Build(Site).AssertClean().Page("events/asylum/index.html"));
        Assert.Equal("2022-12", e.GetProperty("startDate").GetString());
        Assert.Equal("2023", e.GetProperty("endDate").GetString());
        Assert.Equal("Lima", e.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal(["Pedro Castillo"], Names(e.GetProperty("performer")));
        Assert.Equal(["Peru"], Names(e.GetProperty("about")));
    }

    [Fact]
    public void An_actor_and_a_source_describe_themselves()
    {
        var site = TestSite.Build(Site).AssertClean();
        var person = JsonLd(site.Page("actors/pedro-castillo/index.html"));
        Assert.Equal("Pedro Castillo", person.GetProperty("name").GetString());
        Assert.Equal("Peru", person.GetProperty("nationality").GetProperty("name").GetString());
        Assert.Equal(["President of Peru"], person.GetProperty("jobTitle").EnumerateArray().Select(t => t.GetString()));
        var source = JsonLd(site.Page("sources/bbc/index.html"));
        Assert.Equal("2025-11", source.GetProperty("datePublished").GetString());
        Assert.Equal("BBC News", source.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Tian", source.GetProperty("author")[0].GetProperty("familyName").GetString());
    }

    [Fact]
    public void An_untitled_source_is_described_in_json_ld_not_given_a_name()
    {
        var site = TestSite.Build(PublishedSite + """
            -- content/sources/c.md --
            ---
            description: commentary on the rupture
            kind: document
            ---
            """ + "\n" + Brief("x", body: "Claim [@c].")).AssertClean();
        foreach (var node in new[] { JsonLd(site.Page("sources/c/index.html")), JsonLd(site.Page("briefs/x/index.html")).GetProperty("citation")[0] })
        {
            Assert.False(node.TryGetProperty("name", out var name), $"named {name}");
            Assert.Equal("commentary on the rupture", node.GetProperty("description").GetString());
        }
    }

    [Fact]
    public void Without_base_url_json_ld_links_are_relative_to_the_page()
    {
        var brief = JsonLd(TestSite.Build(Source + Actors + Brief("b", "actors: [peru]")).AssertClean().Page("briefs/b/index.html"));
        Assert.Equal("../../briefs/b/index.html", brief.GetProperty("url").GetString());
        Assert.Equal("../../actors/peru/index.html", brief.GetProperty("about")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Hostile_values_cannot_close_the_json_ld_element()
    {
        const string hostile = "</script><script>alert(1)</script><!-- & \" '";
        var yaml = hostile.Replace("\"", "\\\"");
        var site = TestSite.Build(PublishedSite + $$"""
            -- content/sources/s.md --
            ---
            title: "{{yaml}}"
            publisher: "{{yaml}}"
            kind: report
            ---
            -- content/actors/a.md --
            ---
            name: "{{yaml}}"
            kind: person
            aliases: ["{{yaml}}"]
            ---
            -- content/events/e.md --
            ---
            title: "{{yaml}}"
            date: 2020
            location: "{{yaml}}"
            actors: [a]
            sources: [s]
            ---
            -- content/briefs/b.md --
            ---
            title: "{{yaml}}"
            date: 2025-01-01
            summary: "{{yaml}}"
            authors: ["{{yaml}}"]
            actors: [a]
            tags: [t]
            ---
            Text [@s].
            """ + "\n");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        // TestSite's oracle already failed any page with a second <script> or a block that is not JSON.
        foreach (var (page, field) in new[] { ("briefs/b/index.html", "headline"), ("actors/a/index.html", "name"), ("events/e/index.html", "name"), ("sources/s/index.html", "name") })
        {
            var html = site.Output.Text(page);
            var block = html[html.IndexOf("application/ld+json", StringComparison.Ordinal)..];
            block = block[(block.IndexOf('>') + 1)..block.IndexOf("</script>", StringComparison.Ordinal)];
            Assert.DoesNotContain('<', block);
            Assert.DoesNotContain('>', block);
            Assert.DoesNotContain('&', block);
            Assert.Equal(hostile, JsonLd(site.Page(page)).GetProperty(field).GetString());
        }
        Assert.Equal(hostile, JsonLd(site.Page("events/e/index.html")).GetProperty("location").GetProperty("name").GetString());
    }

    [Fact]
    public void The_oracle_allows_json_ld_data_blocks_and_nothing_else_that_is_a_script()
    {
        static List<string> Violations(string head) => HtmlOracle.Violations("p.html", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"><meta name=\"referrer\" content=\"no-referrer\">{head}")).ToList();
        Assert.Empty(Violations("<script type=\"application/ld+json\">{\"@type\":\"Report\"}</script>"));
        Assert.Contains(Violations("<script>alert(1)</script>"), v => v.Contains("forbidden <script>"));
        Assert.Contains(Violations("<script type=\"text/javascript\">alert(1)</script>"), v => v.Contains("forbidden <script>"));
        Assert.Contains(Violations("<script type=\"module\">alert(1)</script>"), v => v.Contains("forbidden <script>"));
        Assert.Contains(Violations("<script type=\"application/ld+json\" src=\"x.js\"></script>"), v => v.Contains("forbidden <script>"));
        Assert.Contains(Violations("<svg><script>alert(1)</script></svg>"), v => v.Contains("forbidden <script>"));
        Assert.Contains(Violations("<script type=\"application/ld+json\">{\"a\": </script>"), v => v.Contains("not JSON"));
    }

    [Fact]
    public void The_not_found_page_asks_not_to_be_indexed_and_names_no_canonical_address()
    {
        // It is served at every missing address (and at 404.html with status 200 on some hosts).
        var site = TestSite.Build(Site).AssertClean();
        var page = site.Page("404.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("link[rel=canonical]"));
        Assert.Empty(site.Page("index.html").QuerySelectorAll("meta[name=robots]"));
    }

    [Fact]
    public void Every_page_has_open_graph_and_twitter_card_meta()
    {
        var site = TestSite.Build(Site).AssertClean();
        foreach (var path in site.HtmlPages)
        {
            var page = site.Page(path);
            // The 404 page has no canonical address (it is served at every missing one), but an og:url all the same.
            Assert.Equal(path == "404.html" ? BaseUrl + "404.html" : page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta(page, "og:url"));
            Assert.Equal("Test Briefings", Meta(page, "og:site_name"));
            Assert.False(string.IsNullOrEmpty(Meta(page, "og:title")), path);
            Assert.False(string.IsNullOrEmpty(Meta(page, "og:description")), path);
            Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        }
        Assert.Equal(BaseUrl + "briefs/old/index.html", Meta(site.Page("briefs/old/index.html"), "og:url"));
        Assert.Equal("Brief old", Meta(site.Page("briefs/old/index.html"), "og:title"));
        Assert.Equal("Summary of old.", Meta(site.Page("briefs/old/index.html"), "og:description"));
        Assert.Equal("article", Meta(site.Page("briefs/old/index.html"), "og:type"));
        Assert.Equal("2025-06-30", Meta(site.Page("briefs/revised/index.html"), "article:modified_time"));
        Assert.Equal("profile", Meta(site.Page("actors/pedro-castillo/index.html"), "og:type"));
        Assert.Equal("website", Meta(site.Page("actors/peru/index.html"), "og:type"));
        Assert.Equal("website", Meta(site.Page("index.html"), "og:type"));
    }

    [Fact]
    public void Without_base_url_the_build_skips_feeds_sitemap_and_robots_and_says_so_once()
    {
        var site = TestSite.Build(Source + Actors + Brief("b", "actors: [peru]\ntags: [diplomacy]")).AssertClean();
        Assert.DoesNotContain(site.Output.Files.Keys, p => p.EndsWith(".xml", StringComparison.Ordinal) || p == "robots.txt");
        Assert.All(site.HtmlPages, path =>
        {
            var page = site.Page(path);
            Assert.Empty(page.QuerySelectorAll("link[rel=alternate], link[rel=canonical], meta[property='og:url']"));
            Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
        });
        Assert.Contains("base_url is not set", Assert.Single(site.Result.Notes));
    }

    [Fact]
    public void Without_base_url_check_strict_passes_and_prints_the_note_once()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("b"));
        var check = CliRun.In(temp.Path, "check", "--strict");
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Single(check.Stdout.Split('\n'), line => line.StartsWith("note: base_url is not set", StringComparison.Ordinal));

        var build = CliRun.In(temp.Path, "build", "--strict");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Single(build.Stdout.Split('\n'), line => line.StartsWith("note: base_url is not set", StringComparison.Ordinal));
        Assert.False(File.Exists(temp["site/feed.xml"]));

        var published = CliRun.In(temp.Path, "build", "--strict", "--base-url", BaseUrl);
        Assert.True(published.ExitCode == 0, published.Stderr);
        Assert.DoesNotContain(CliRun.NoBaseUrlNote, published.Stdout);
        Assert.True(File.Exists(temp["site/feed.xml"]) && File.Exists(temp["site/sitemap.xml"]) && File.Exists(temp["site/robots.txt"]));
    }

    [Fact]
    public void Briefs_and_actors_are_exported_as_json_with_relationships_as_ids()
    {
        var site = TestSite.Build(Site).AssertClean();
        using var briefs = JsonDocument.Parse(site.Output.Files["data/briefs.json"]);
        Assert.Equal(["new", "revised", "old"], briefs.RootElement.EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        var newest = briefs.RootElement[0];
        Assert.Equal("2025-03-01", newest.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, newest.GetProperty("updated").ValueKind);
        Assert.Equal(["peru"], Strings(newest, "actors"));
        Assert.Equal(["asylum"], Strings(newest, "events"));
        Assert.Equal(["bbc"], Strings(newest, "sources"));
        Assert.Equal(BaseUrl + "briefs/new/index.html", newest.GetProperty("url").GetString());
        Assert.Equal("2025-06-30", briefs.RootElement[1].GetProperty("updated").GetString());
        Assert.Equal(["diplomacy"], Strings(briefs.RootElement[1], "tags"));
        Assert.Equal(["Ana Ruiz", "Bo Li"], Strings(briefs.RootElement[2], "authors"));

        using var actors = JsonDocument.Parse(site.Output.Files["data/actors.json"]);
        Assert.Equal(["pedro-castillo", "peru"], actors.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        var castillo = actors.RootElement[0];
        Assert.Equal("person", castillo.GetProperty("kind").GetString());
        Assert.Equal("peru", castillo.GetProperty("country").GetString());
        var role = castillo.GetProperty("roles")[0];
        Assert.Equal(("President of Peru", "peru", "2021", "2022-12"),
            (role.GetProperty("title").GetString(), role.GetProperty("of").GetString(), role.GetProperty("from").GetString(), role.GetProperty("to").GetString()));
        Assert.Equal(["old"], Strings(castillo, "briefs"));
        Assert.Equal(["asylum"], Strings(castillo, "events"));
        Assert.Equal(["new"], Strings(actors.RootElement[1], "briefs"));
    }

    [Fact]
    public void The_sample_site_has_valid_feeds_sitemap_json_ld_and_open_graph_on_every_page()
    {
        var output = new Output.MemoryOutput();
        var result = SiteBuilder.Build(new Loading.DiskContentSource(Path.Combine(Repository.Root, "content")), Rendering.Templates.TemplateSet.Load(),
            output, new BuildOptions { BaseUrl = BaseUrl });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var feeds = output.Files.Keys.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Contains("feed.xml", feeds);
        foreach (var feed in feeds) Assert.True(AtomRules.Errors(output.Text(feed)) is [], $"{feed}: {string.Join("; ", AtomRules.Errors(output.Text(feed)))}");
        Assert.Empty(SitemapSchema.Errors(output.Text("sitemap.xml")));

        var pages = output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var listed = XDocument.Parse(output.Text("sitemap.xml")).Root!.Elements(SitemapNs + "url").Select(u => u.Element(SitemapNs + "loc")!.Value[BaseUrl.Length..]);
        Assert.Equal(pages.Where(p => p != "404.html"), listed.Order(StringComparer.Ordinal));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var path in pages)
        {
            var page = parser.ParseDocument(output.Text(path));
            Assert.True(HtmlOracle.Violations(path, page).ToList() is [], path);
            Assert.All(new[] { "og:title", "og:type", "og:url", "og:site_name" }, property => Assert.False(string.IsNullOrEmpty(Meta(page, property)), $"{path}: {property}"));
            var segments = path.Split('/');
            string[] expected = segments is [_, _, "index.html"] ? segments[0] switch
            {
                "briefs" => ["Report"],
                "actors" => ["Person", "Country", "Organization"],
                "events" => ["Event"],
                "sources" when segments[1] != "by-publisher" => ["NewsArticle", "Report", "Book", "Dataset", "WebPage", "CreativeWork"],
                _ => [],
            } : [];
            // The oracle above holds every other script to what it allows (the search page's own module).
            if (expected.Length == 0) Assert.Empty(page.QuerySelectorAll($"script[type='{HtmlOracle.JsonLdType}']"));
            else Assert.Contains(JsonLd(page).GetProperty("@type").GetString(), expected);
        }
    }

    [Fact]
    public void A_works_authors_are_named_in_full_on_its_own_page_and_up_to_a_limit_where_it_is_copied()
    {
        // Copied whole, 1,800 authors of a cited source made each small brief citing it an 18 MB page,
        // and a brief's 4,000 authors were copied into the feed of each of its hundred tags.
        var many = "[" + string.Join(", ", Enumerable.Range(0, 50).Select(i => $"\"Family{i}, Given\"")) + "]";
        var site = TestSite.Build(PublishedSite + $"-- content/sources/s.md --\n---\ntitle: S\nauthors: {many}\n---\n"
            + Brief("x", $"authors: {many}\ntags: [t]", body: "Text [@s].")).AssertClean();
        Assert.Equal(50, JsonLd(site.Page("sources/s/index.html")).GetProperty("author").GetArrayLength());
        Assert.Equal(50, JsonLd(site.Page("briefs/x/index.html")).GetProperty("author").GetArrayLength());
        var cited = JsonLd(site.Page("briefs/x/index.html")).GetProperty("citation")[0].GetProperty("author");
        Assert.Equal(["Given Family0", "Given Family1", "Given Family2"], Names(cited));
        foreach (var feed in new[] { "feed.xml", "tags/t/feed.xml" })
            Assert.Equal(CitationFormatter.MostAuthorsNamedElsewhere, Xml(site, feed).Element(Atom + "entry")!.Elements(Atom + "author").Count());
        Assert.Equal(50, site.Output.Text("briefs/x/x.bib").Split(" and ").Length);
    }

    private static XElement Xml(TestSite site, string path)
    {
        Assert.True(site.Has(path), $"no {path}");
        return XDocument.Parse(site.Output.Text(path)).Root!;
    }

    private static string? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").SingleOrDefault(l => l.Attribute("rel")?.Value == rel)?.Attribute("href")?.Value;

    private static IEnumerable<string> EntryTitles(TestSite site, string path) =>
        Xml(site, path).Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);

    private static List<string> FeedLinks(TestSite site, string page) =>
        site.Page(page).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToList();

    private static string? Meta(IDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    /// <summary>The page's one JSON-LD block, parsed.</summary>
    private static JsonElement JsonLd(IDocument page)
    {
        var block = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", block.GetAttribute("type"));
        return JsonDocument.Parse(block.TextContent).RootElement.Clone();
    }

    private static IEnumerable<string?> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("name").GetString());

    private static IEnumerable<string?> Strings(JsonElement element, string name) => element.GetProperty(name).EnumerateArray().Select(e => e.GetString());
}
