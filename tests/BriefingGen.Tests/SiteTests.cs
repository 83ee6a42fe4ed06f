using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>The foundation: cross-linked pages a reader can browse.</summary>
public class SiteTests
{
    private static readonly string Site = Source + Actors + Brief("rupture", "actors: [pedro-castillo]\nevents: [asylum]\ntags: [diplomacy]",
        "Castillo [[pedro-castillo]] and [[asylum|the asylum]] [@bbc].") + Event("asylum", "2022-12", "actors: [pedro-castillo]\nsources: [bbc]");

    [Fact]
    public void Wiki_links_resolve_to_the_target_page_with_its_title_or_the_given_text()
    {
        var page = TestSite.Build(Site).AssertClean().Page("briefs/rupture/index.html");
        var links = page.QuerySelectorAll(".body a.xref");
        Assert.Equal(["Pedro Castillo", "the asylum"], links.Select(a => a.TextContent));
        Assert.Equal(["../../actors/pedro-castillo/index.html", "../../events/asylum/index.html"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_long_body_comes_out_whole_with_every_link_and_citation_in_its_place()
    {
        // Bodies of more than a kilobyte are held compressed until their page renders.
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"Paragraph {i} on Perú–México ties names [[pedro-castillo]] and cites [@bbc].").ToList();
        var page = TestSite.Build(Source + Actors + Brief("long", "actors: [pedro-castillo]", string.Join("\n\n", paragraphs)))
            .AssertClean().Page("briefs/long/index.html");

        var shown = page.QuerySelectorAll(".body p");
        Assert.Equal(paragraphs.Select((_, i) => $"Paragraph {i + 1} on Perú–México ties names Pedro Castillo and cites\u00A0[1]."), shown.Select(p => p.TextContent));
        Assert.All(shown, p => Assert.Equal("../../actors/pedro-castillo/index.html", p.QuerySelector("a.xref")!.GetAttribute("href")));
    }

    [Fact]
    public void A_long_body_that_does_not_compress_comes_out_whole()
    {
        // Random text packs to more than it was, so it is held as it is.
        var random = new Random(7);
        const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var noise = string.Concat(Enumerable.Range(0, 4000).Select(_ => Letters[random.Next(Letters.Length)]));
        var page = TestSite.Build(Source + Actors + Brief("noise", "", $"Cited [@bbc].\n\n```\n{noise}\n```"))
            .AssertClean().Page("briefs/noise/index.html");

        Assert.Equal(noise + "\n", page.QuerySelector(".body pre code")!.TextContent);
    }

    [Fact]
    public void A_wiki_link_in_a_table_may_escape_its_bar_as_tables_ask()
    {
        // GitHub and Obsidian users write [[id\|text]] in a table cell; it was refused as the id 'id\'.
        var body = "| Who | Where |\n|---|---|\n| [[pedro-castillo\\|Castillo]] [@bbc] | [[asylum|the asylum]] |";
        var page = TestSite.Build(Site.Replace("Castillo [[pedro-castillo]] and [[asylum|the asylum]] [@bbc].", body)).AssertClean().Page("briefs/rupture/index.html");
        var links = page.QuerySelectorAll(".body td a.xref");
        Assert.Equal(["Castillo", "the asylum"], links.Select(a => a.TextContent));
        Assert.Equal(["../../actors/pedro-castillo/index.html", "../../events/asylum/index.html"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_wiki_link_or_citation_in_the_alt_text_of_a_linked_image_is_plain_text()
    {
        // The alt text is written as text, so no <a> ends up inside the image's link.
        var site = TestSite.Build(Site.Replace("[[asylum|the asylum]] [@bbc].", "[[asylum|the asylum]] [@bbc] [![Castillo, [[pedro-castillo]] [@bbc]](https://example.org/c.png)](https://example.org/c)."));
        var image = site.AssertClean().Page("briefs/rupture/index.html").QuerySelector(".body a[href='https://example.org/c'] img")!;
        Assert.Equal("Castillo, Pedro Castillo [1]", image.GetAttribute("alt"));
    }

    [Fact]
    public void Actor_page_lists_every_brief_and_event_that_names_it()
    {
        var extra = Brief("linked-only", body: "Mentions [[pedro-castillo]] in text [@bbc].", date: "2025-11-11");
        var page = TestSite.Build(Site + extra).AssertClean().Page("actors/pedro-castillo/index.html");
        var briefs = page.QuerySelectorAll(".actor-briefs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../briefs/linked-only/index.html", "../../briefs/rupture/index.html"], briefs);
        var events = page.QuerySelectorAll(".actor-timeline a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../events/asylum/index.html", events);
    }

    [Fact]
    public void Actor_page_lists_sources_and_actors_that_link_to_it()
    {
        var site = Site.Replace("A report.", "A report on [[pedro-castillo]].");
        var page = TestSite.Build(site).AssertClean().Page("actors/pedro-castillo/index.html");
        Assert.Equal(["../../sources/bbc/index.html"], page.QuerySelectorAll("section.mentions a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Actor_page_shows_roles_with_partial_dates()
    {
        var page = TestSite.Build(Site).AssertClean().Page("actors/pedro-castillo/index.html");
        var role = page.QuerySelector("ul.roles li")!;
        Assert.Contains("President of Peru", role.TextContent);
        Assert.Contains("2021 – Dec 2022", role.TextContent);
        Assert.Equal("../../actors/peru/index.html", role.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    // The title naming the actor the role is held at links its own words (it read "President of Peru, Peru").
    [InlineData("President of Peru", "President of Peru", "Peru")]
    [InlineData("envoy to the Republic of Peru", "envoy to the Republic of Peru", "Republic of Peru")]
    // As written: an actor's short name in other letters is a word of the title, not the actor ("au" is not the AU).
    [InlineData("Represents PERU au Sahel", "Represents PERU au Sahel, Peru", "Peru")]
    // Not a word of the title: the actor's name follows it.
    [InlineData("Peruvian envoy", "Peruvian envoy, Peru", "Peru")]
    [InlineData("Ambassador", "Ambassador, Peru", "Peru")]
    public void A_role_links_the_actor_it_is_held_at_once(string title, string shown, string linked)
    {
        var site = Site.Replace("{title: President of Peru, of: peru, from: 2021, to: 2022-12}", $"{{title: {title}, of: peru}}")
            .Replace("name: Peru\n", "name: Peru\naliases: [Republic of Peru]\n");
        var role = TestSite.Build(site).AssertClean().Page("actors/pedro-castillo/index.html").QuerySelector("ul.roles li")!;
        Assert.Equal(shown, role.TextContent);
        var link = Assert.Single(role.QuerySelectorAll("a"));
        Assert.Equal((linked, "../../actors/peru/index.html"), (link.TextContent, link.GetAttribute("href")));
    }

    [Fact]
    public void A_role_from_and_to_the_same_date_shows_the_date_once()
    {
        // It read "(2022 – 2022)".
        var site = Site.Replace("{title: President of Peru, of: peru, from: 2021, to: 2022-12}", "{title: Acting minister, from: 2022, to: 2022}");
        var page = TestSite.Build(site).AssertClean().Page("actors/pedro-castillo/index.html");
        Assert.Equal("(2022)", page.QuerySelector("ul.roles li .period")!.TextContent);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        var site = Site + Brief("secret", "draft: true\ntags: [hush]");
        var built = TestSite.Build(site).AssertClean();
        Assert.False(built.Has("briefs/secret/index.html"));
        Assert.DoesNotContain(built.Page("briefs/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("secret"));

        var withDrafts = TestSite.Build(site, new BuildOptions { IncludeDrafts = true }).AssertClean();
        Assert.True(withDrafts.Has("briefs/secret/index.html"));

        // Built for review, a draft is no page for search engines, sitemaps, feeds or reference managers.
        var reviewed = TestSite.Build(site + "-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\n", new BuildOptions { IncludeDrafts = true }).AssertClean();
        var draft = reviewed.Page("briefs/secret/index.html");
        Assert.Equal("noindex", draft.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(draft.QuerySelector("meta[name=citation_title]"));
        Assert.NotNull(reviewed.Page("briefs/rupture/index.html").QuerySelector("meta[name=citation_title]"));
        Assert.DoesNotContain("briefs/secret/", reviewed.Output.Text("sitemap.xml"));
        Assert.Contains("briefs/rupture/", reviewed.Output.Text("sitemap.xml"));
        Assert.DoesNotContain("briefs/secret/", reviewed.Output.Text("feed.xml"));
        // So is a tag that only drafts carry.
        Assert.Equal("noindex", reviewed.Page("tags/hush/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("tags/hush/", reviewed.Output.Text("sitemap.xml"));
        Assert.Contains("tags/", reviewed.Output.Text("sitemap.xml"));
    }

    /// <summary>Opened from disk, a link to a folder shows the folder's listing: it is written to the folder's index.html.</summary>
    [Fact]
    public void A_relative_link_to_a_folder_leads_to_its_index_page()
    {
        var site = Site + Brief("other", body: "See [the rupture](../rupture/), [the timeline](../../timeline/?from=x#y2025) and [data](../../data/briefs.json) [@bbc].", date: "2025-11-12");
        var links = TestSite.Build(site).AssertClean().Page("briefs/other/index.html").QuerySelectorAll(".body a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../rupture/index.html", "../../timeline/index.html?from=x#y2025", "../../data/briefs.json"], links.Where(h => h!.StartsWith("..")));
    }

    [Fact]
    public void A_link_to_a_draft_is_plain_text_and_a_warning()
    {
        var site = Site + Brief("secret", "draft: true") + Brief("public", body: "See [[secret]] [@bbc].", date: "2025-11-12");
        var built = TestSite.Build(site);
        DiagnosticAssert.At(built.Diagnostics, "BG3007", "content/briefs/public.md:7:5");
        var page = built.Page("briefs/public/index.html");
        Assert.Equal("secret", page.QuerySelector(".body .unlinked")!.TextContent);
    }

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("2019-12", "Dec 2019")]
    [InlineData("2019-12-30", "30 Dec 2019")]
    public void Partial_dates_display_at_their_precision(string written, string shown)
    {
        var page = TestSite.Build(Source + Event("e", written, "sources: [bbc]")).AssertClean().Page("events/e/index.html");
        var time = page.QuerySelector("main time")!;
        Assert.Equal(written, time.GetAttribute("datetime"));
        Assert.Equal(shown, time.TextContent);
    }

    [Fact]
    public void Every_link_is_relative_and_resolves_to_a_built_file()
    {
        var built = TestSite.Build(Site).AssertClean();
        foreach (var path in built.HtmlPages.Where(p => p != "404.html"))
            foreach (var href in LinkTargets(built.Page(path)))
            {
                Assert.False(href.StartsWith('/'), $"{path}: '{href}' depends on the host");
                var target = Resolve(path, href);
                Assert.True(built.Has(target), $"{path}: '{href}' leads to missing '{target}'");
            }
    }

    [Fact]
    public void Every_link_to_a_place_on_a_page_finds_that_place()
    {
        // The theme's own anchors (a timeline's years and months, the citation index's entries,
        // references, notes, contents, headings) and the body's, on a site that has each of them.
        var body = "## Background\n\nCastillo [[pedro-castillo]] fell[^1] [@bbc, p. 4]. See [below](#what-next).\n\n## Reactions\n\nMexico objected [@bbc].\n\n## What next\n\nTalks [@bbc].\n\n[^1]: In December.";
        var built = TestSite.Build(Source + Actors + Brief("rupture", "actors: [pedro-castillo]\nevents: [asylum]\ntags: [diplomacy]", body)
            + Event("asylum", "2022-12", "actors: [pedro-castillo]\nsources: [bbc]") + Event("vote", "2023", "actors: [peru]")).AssertClean();
        var checkedLinks = 0;
        foreach (var path in built.HtmlPages.Where(p => p != "404.html"))
            foreach (var href in built.Page(path).QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("http", StringComparison.Ordinal)))
            {
                var fragment = Uri.UnescapeDataString(href[(href.IndexOf('#') + 1)..]);
                if (fragment is "" or "top") continue;
                var target = href.StartsWith('#') ? path : Resolve(path, href);
                Assert.True(built.Page(target).GetElementById(fragment) is not null, $"{path}: '{href}' finds no id '{fragment}' on '{target}'");
                checkedLinks++;
            }
        Assert.True(checkedLinks > 40, $"only {checkedLinks} links with a fragment");
    }

    [Fact]
    public void Home_page_shows_latest_briefs_key_actors_and_recent_events()
    {
        var page = TestSite.Build(Site).AssertClean().Page("index.html");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "briefs/rupture/index.html");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "actors/pedro-castillo/index.html");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "events/asylum/index.html");
    }

    [Fact]
    public void Actors_index_groups_by_kind()
    {
        var page = TestSite.Build(Site).AssertClean().Page("actors/index.html");
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["People", "States"], headings);
    }

    [Fact]
    public void Names_sort_as_a_reader_looks_them_up_with_accents_and_capitals_set_aside()
    {
        // Ordinal order put "Álvaro Uribe", "Óscar Arias" and "de Zela" after "Zapata".
        var people = new[] { ("zapata", "Zapata"), ("alvaro-uribe", "Álvaro Uribe"), ("oscar-arias", "Óscar Arias"), ("de-zela", "de Zela"), ("boric", "Boric") };
        var files = string.Concat(people.Select(p => $"-- content/actors/{p.Item1}.md --\n---\nname: {p.Item2}\nkind: person\n---\n")) +
            string.Concat(new[] { ("s1", "Zeit"), ("s2", "Éditions du Seuil"), ("s3", "agencia EFE") }.Select(s =>
                $"-- content/sources/{s.Item1}.md --\n---\ntitle: T {s.Item1}\npublisher: {s.Item2}\nkind: report\n---\n")) +
            Brief("a", body: "Text [@s1; @s2; @s3].");
        var site = TestSite.Build(files).AssertClean();
        Assert.Equal(["Álvaro Uribe", "Boric", "de Zela", "Óscar Arias", "Zapata"],
            site.Page("actors/index.html").QuerySelectorAll(".actor-group a").Select(a => a.TextContent));
        Assert.Equal(["agencia EFE", "Éditions du Seuil", "Zeit"],
            site.Page("sources/by-publisher/index.html").QuerySelectorAll(".jump-links a").Select(a => a.TextContent));
    }

    [Fact]
    public void Tag_pages_list_tagged_briefs()
    {
        var built = TestSite.Build(Site).AssertClean();
        Assert.Contains(built.Page("tags/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "../tags/diplomacy/index.html");
        Assert.Contains(built.Page("tags/diplomacy/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../briefs/rupture/index.html");
    }

    [Fact]
    public void Related_briefs_share_actors_or_tags()
    {
        var site = Site + Brief("second", "actors: [pedro-castillo]", date: "2025-11-01") + Brief("unrelated", date: "2025-11-02") +
            Brief("tagged", "tags: [diplomacy]", date: "2025-11-20");
        var page = TestSite.Build(site).AssertClean().Page("briefs/rupture/index.html");
        var related = page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        // A shared actor counts more than a shared tag, whatever the dates.
        Assert.Equal(["../../briefs/second/index.html", "../../briefs/tagged/index.html"], related);
    }

    [Fact]
    public void A_brief_names_the_actors_and_events_it_links_to_as_it_names_those_it_lists()
    {
        // Castillo's page listed the brief that links to him, yet the brief's own page, its JSON-LD and
        // data/briefs.json left him (and the linked event) out. The same for an event linking an actor.
        var site = TestSite.Build(Source + Actors + "-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\n"
            + Brief("linker", "actors: [peru]", "Castillo [[pedro-castillo]] sought [[asylum|asylum]], [[pedro-castillo|he]] said [@bbc].")
            + Brief("lister", "actors: [pedro-castillo]", date: "2025-11-01") + Brief("other", date: "2025-11-02")
            + Event("asylum", "2022-12", body: "Granted to [[pedro-castillo]] [@bbc].")).AssertClean();

        var page = site.Page("briefs/linker/index.html");
        Assert.Equal(["Peru", "Pedro Castillo"], page.QuerySelectorAll("section.actors li > a").Select(a => a.TextContent));
        Assert.Equal(["Event asylum"], page.QuerySelectorAll("section.brief-timeline a[href*='events/']").Select(a => a.TextContent).Distinct());
        var data = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(["Peru", "Pedro Castillo"], data.GetProperty("about").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["Event asylum"], data.GetProperty("mentions").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        using var briefs = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/briefs.json"));
        var linker = briefs.RootElement.EnumerateArray().Single(b => b.GetProperty("id").GetString() == "linker");
        Assert.Equal(["peru", "pedro-castillo"], linker.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["asylum"], linker.GetProperty("events").EnumerateArray().Select(a => a.GetString()));

        // A brief that links to an actor and one that lists it share that actor, seen from either side.
        Assert.Equal("../../briefs/lister/index.html", page.QuerySelector(".related a")!.GetAttribute("href"));
        Assert.Equal("../../briefs/linker/index.html", site.Page("briefs/lister/index.html").QuerySelector(".related a")!.GetAttribute("href"));

        var eventPage = site.Page("events/asylum/index.html");
        Assert.Equal(["Pedro Castillo"], eventPage.QuerySelectorAll("dd.actors a").Select(a => a.TextContent));
        var eventData = System.Text.Json.JsonDocument.Parse(eventPage.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Pedro Castillo", eventData.GetProperty("performer")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Extra_front_matter_reaches_templates()
    {
        var site = Source + Brief("b", "extra:\n  region: Andes") + """
            -- templates/brief.html --
            <p class="region">{{ page.extra.region }}</p>
            """;
        Assert.Equal("Andes", TestSite.Build(site).AssertClean().Page("briefs/b/index.html").QuerySelector(".region")!.TextContent);
    }

    public static IEnumerable<string> LinkTargets(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(h => !h.StartsWith('#') && !h.StartsWith("https:") && !h.StartsWith("http:") && !h.StartsWith("mailto:"));

    /// <summary>The site-relative file a relative href from page leads to (fragment dropped).</summary>
    public static string Resolve(string page, string href)
    {
        var withoutFragment = href.Split('#')[0];
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in withoutFragment.Split('/'))
        {
            if (segment == "..") parts.RemoveAt(parts.Count - 1);
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
