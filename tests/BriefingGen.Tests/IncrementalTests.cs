using AngleSharp.Html.Parser;
using BriefingGen.Incremental;
using BriefingGen.Loading;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Rebuilds with a memory of the last build: only what a change affects is rendered, and the site is the same as a full build's.</summary>
public class IncrementalTests
{
    private static readonly string Site = Source + Actors
        + "-- content/actors/chile.md --\n---\nname: Chile\nkind: state\n---\n"
        + Brief("rupture", "actors: [pedro-castillo]\nevents: [asylum]\ntags: [diplomacy]", "Castillo [[pedro-castillo]] and [[asylum|the asylum]] [@bbc].")
        + Brief("follow-up", "tags: [diplomacy]", "After [[rupture]] came more [@bbc].", date: "2025-11-12")
        + Brief("unrelated", "actors: [chile]\ntags: [chile]", "Elsewhere [@bbc].", date: "2025-10-01")
        + Event("asylum", "2022-12", "actors: [pedro-castillo]\nsources: [bbc]")
        + Event("later", "2023-05", "actors: [chile]\nsources: [bbc]");

    [Fact]
    public void A_retitled_brief_shows_its_new_title_in_the_contents_and_alt_text_of_a_page_whose_body_was_parsed_before()
    {
        // Bodies are rendered once, when parsed, and kept across rebuilds: a linked title is filled in
        // by each page render, in headings (and the contents made from them) and alt text alike.
        var site = new Incremental(Site.Replace("After [[rupture]] came more [@bbc].",
            "## On [[rupture]]\n\n![Map of [[rupture]]](https://example.org/m.png)\n\n## Two\n\n## Three [@bbc]\n"));
        site.Edit("briefs/rupture.md", text => text!.Replace("title: Brief rupture", "title: Peru breaks with Mexico"));
        site.Rebuild();
        var page = site.Page("briefs/follow-up/index.html");
        Assert.Equal(["On Peru breaks with Mexico", "Two", "Three"], page.QuerySelectorAll(".toc a").Select(a => a.TextContent));
        Assert.Equal("Map of Peru breaks with Mexico", page.QuerySelector(".body img")!.GetAttribute("alt"));
        AssertSameAsFullBuild(site, "after the retitle");
    }

    [Fact]
    public void A_brief_shows_the_new_name_and_date_of_an_actor_and_event_it_only_links_to()
    {
        var site = new Incremental(Site + Brief("linker", "", "Of [[chile]] and [[later]] [@bbc].", date: "2025-11-05"));
        site.Edit("actors/chile.md", text => text!.Replace("name: Chile", "name: Republic of Chile"));
        site.Edit("events/later.md", text => text!.Replace("date: 2023-05", "date: 2023-06"));
        site.Rebuild();
        var page = site.Page("briefs/linker/index.html");
        Assert.Equal(["Republic of Chile"], page.QuerySelectorAll("section.actors li > a").Select(a => a.TextContent));
        Assert.Equal("2023-06", page.QuerySelector("section.brief-timeline time")!.GetAttribute("datetime"));
        AssertSameAsFullBuild(site, "after renaming and redating what the brief links to");
    }

    [Fact]
    public void The_timeline_export_shows_the_new_name_of_an_actor_an_event_only_links_to()
    {
        // The event's TimelineJS group is its first actor, linked ones too; a rename kept the old name there.
        var site = new Incremental(Source + "-- content/actors/chile.md --\n---\nname: Chile\nkind: state\n---\n" + Brief("b")
            + Event("linked", "2024-02", "sources: [bbc]", "With [[chile]] [@bbc]."));
        Assert.Contains("\"group\":\"Chile\"", System.Text.Encoding.UTF8.GetString(site.Served["data/timeline.json"]).Replace(": ", ":"));
        site.Edit("actors/chile.md", text => text!.Replace("name: Chile", "name: Chile (state)"));
        site.Rebuild();
        AssertSameAsFullBuild(site, "after renaming an actor an event only links to");
    }

    [Fact]
    public void Editing_a_brief_renders_its_page_the_pages_that_show_it_and_the_indexes_only()
    {
        var site = new Incremental(Site);
        site.Edit("briefs/rupture.md", text => text!.Replace("title: Brief rupture", "title: Peru breaks with Mexico"));

        var rendered = site.Rebuild().Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToHashSet();

        // The brief, the brief that links to it, the actor and event pages that list it, its tag and the source that it cites.
        Assert.Superset(new HashSet<string> { "briefs/rupture/index.html", "briefs/follow-up/index.html", "actors/pedro-castillo/index.html",
            "events/asylum/index.html", "tags/diplomacy/index.html", "sources/bbc/index.html", "index.html", "briefs/index.html", "timeline/index.html" }, rendered);
        // Pages that show nothing of it are kept as they were.
        Assert.DoesNotContain("briefs/unrelated/index.html", rendered);
        Assert.DoesNotContain("actors/chile/index.html", rendered);
        Assert.DoesNotContain("actors/peru/index.html", rendered);
        Assert.DoesNotContain("tags/chile/index.html", rendered);
        Assert.DoesNotContain("404.html", rendered);

        var link = site.Page("briefs/follow-up/index.html").QuerySelector(".body a.xref")!;
        Assert.Equal("Peru breaks with Mexico", link.TextContent);
        Assert.Contains(site.Page("sources/bbc/index.html").QuerySelectorAll("a"), a => a.TextContent == "Peru breaks with Mexico");
    }

    [Fact]
    public void Editing_the_prose_of_a_brief_renders_its_own_page_only()
    {
        var site = new Incremental(Site + "-- content/site.yml --\ntitle: Test Briefings\nbase_url: https://briefs.example.org/\n");
        site.Edit("briefs/rupture.md", text => text!.Replace("Castillo [[pedro-castillo]]", "Former president Castillo [[pedro-castillo]]"));

        Assert.Equal(["briefs/rupture/index.html"], site.Rebuild());
        Assert.Contains("Former president Castillo", site.Page("briefs/rupture/index.html").QuerySelector(".body")!.TextContent);

        // A new title shows in briefs.json; the sitemap lists no titles and stays.
        site.Edit("briefs/rupture.md", text => text!.Replace("title: Brief rupture", "title: Peru breaks with Mexico"));
        var rendered = site.Rebuild();
        Assert.Contains("data/briefs.json", rendered);
        Assert.DoesNotContain("sitemap.xml", rendered);
    }

    [Fact]
    public void An_unchanged_rebuild_renders_no_document_page_and_writes_no_citation_file()
    {
        var site = new Incremental(Site);
        var all = site.Rebuild();
        Assert.DoesNotContain(all, p => p.EndsWith(".bib", StringComparison.Ordinal) || p.EndsWith(".ris", StringComparison.Ordinal));
        var rendered = all.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(rendered, p => p.StartsWith("briefs/", StringComparison.Ordinal) && p != "briefs/index.html");
        Assert.DoesNotContain(rendered, p => p.StartsWith("actors/", StringComparison.Ordinal) && p != "actors/index.html");
    }

    [Theory]
    [InlineData("title: Test Briefings\n")]
    [InlineData("title: Test Briefings\nbase_url: https://briefs.example.org/\n")]
    [InlineData("title: Test Briefings\nlint: citations\n")]
    public void After_any_sequence_of_edits_the_site_is_byte_for_byte_what_a_full_build_gives(string siteConfig)
    {
        var site = new Incremental(Site + "-- content/site.yml --\n" + siteConfig);
        (string Path, Func<string?, string?> Change)[] edits =
        [
            // Prose alone, then prose with a new link, a new citation, a locator and a quote: what other pages show of a body.
            ("briefs/rupture.md", t => t!.Replace("Castillo [[pedro-castillo]]", "Former president Castillo [[pedro-castillo]]")),
            ("briefs/unrelated.md", t => t!.Replace("Elsewhere [@bbc].", "Elsewhere, see [[rupture]] [@bbc].")),
            ("actors/chile.md", t => t + "A state [@bbc, p. 4].\n"),
            ("actors/chile.md", t => t!.Replace("A state [@bbc, p. 4].", "A southern state [@bbc, p. 5].")),
            ("events/later.md", t => t + "What happened.\n"),
            ("sources/bbc.md", t => t!.Replace("A report.", "A long report.")),
            ("briefs/follow-up.md", t => t!.Replace("After [[rupture]]", "Only after [[rupture]]")),
            // Titles and summaries alone: which documents each page shows stays as it was.
            ("events/asylum.md", t => t!.Replace("title: Event asylum", "title: Asylum granted")),
            ("briefs/unrelated.md", t => t!.Replace("summary: Summary of unrelated.", "summary: Far from Peru.")),
            ("actors/chile.md", t => t!.Replace("---\nA southern", "summary: A republic.\n---\nA southern")),
            ("briefs/rupture.md", t => t!.Replace("title: Brief rupture", "title: Renamed")),
            ("briefs/unrelated.md", t => t!.Replace("actors: [chile]", "actors: [chile, pedro-castillo]")),
            // Briefs naming the same actor change places.
            ("briefs/unrelated.md", t => t!.Replace("date: 2025-10-01", "date: 2025-12-01")),
            // An event moved before another changes the order a brief naming both lists them in (briefs.json).
            ("briefs/unrelated.md", t => t!.Replace("tags: [chile]", "tags: [chile]\nevents: [later, asylum]")),
            ("events/later.md", t => t!.Replace("date: 2023-05", "date: 2022-01")),
            ("events/middle.md", _ => "---\ntitle: In between\ndate: 2022-06\nactors: [pedro-castillo]\nsources: [bbc]\ntags: [diplomacy]\n---\n"),
            ("sources/bbc.md", t => t!.Replace("title: Peru cuts ties", "title: Peru severs ties")),
            ("actors/peru.md", t => t!.Replace("name: Peru", "name: Republic of Peru")),
            ("actors/pedro-castillo.md", t => t!.Replace("name: Pedro Castillo", "name: Pedro Castillo Terrones")),
            ("events/later.md", t => t!.Replace("actors: [chile]", "actors: [chile]\ntags: [chile, andes]")),
            ("briefs/follow-up.md", t => t!.Replace("tags: [diplomacy]", "draft: true\ntags: [diplomacy]")),
            ("briefs/rupture.md", t => t!.Replace("events: [asylum]\n", "").Replace("[[asylum|the asylum]]", "the asylum")),
            ("briefs/unrelated.md", t => t!.Replace("events: [later, asylum]", "events: [later]")),
            ("events/asylum.md", _ => null),
            ("site.yml", t => t!.Replace("Test Briefings", "Other Briefings")),
            ("briefs/new.md", _ => "---\ntitle: New\ndate: 2026-01-01\nsummary: S.\ntags: [chile]\nactors: [chile]\n---\nOn [[later]] [@bbc].\n"),
        ];
        foreach (var (path, change) in edits)
        {
            site.Edit(path, change);
            site.Rebuild();
            AssertSameAsFullBuild(site, $"after editing {path}");
        }
    }

    [Fact]
    public void Renames_drafts_reverts_failures_and_several_edits_at_once_end_as_a_full_build()
    {
        var site = new Incremental(Site + Sources("zeta-report") + Brief("zeta", "", "Cites [@zeta-report] and [@bbc].") + "-- content/site.yml --\ntitle: T\n");
        var original = site.Content["briefs/rupture.md"];
        void Step(string when, params (string Path, Func<string?, string?> Change)[] edits)
        {
            foreach (var (path, change) in edits) site.Edit(path, change);
            site.Rebuild();
            AssertSameAsFullBuild(site, when);
        }
        void Fail(string when, params (string Path, Func<string?, string?> Change)[] edits)
        {
            foreach (var (path, change) in edits) site.Edit(path, change);
            Assert.False(site.TryRebuild().Result.Succeeded, when);
        }

        var unrelated = site.Content["briefs/unrelated.md"];
        Step("a brief renamed within its folder", ("briefs/unrelated.md", _ => null), ("briefs/elsewhere.md", _ => unrelated));
        Step("a brief made a draft", ("briefs/follow-up.md", t => t!.Replace("tags: [diplomacy]", "draft: true\ntags: [diplomacy]")));
        Step("the draft published again", ("briefs/follow-up.md", t => t!.Replace("draft: true\n", "")));
        Step("two titles at once", ("briefs/rupture.md", t => t!.Replace("title: Brief rupture", "title: One")),
            ("briefs/follow-up.md", t => t!.Replace("title: Brief follow-up", "title: Two")));
        Step("two sources cited by the same brief retitled at once", ("sources/bbc.md", t => t!.Replace("title: Peru cuts ties", "title: Zzz last")),
            ("sources/zeta-report.md", t => t!.Replace("title: Title zeta-report", "title: Aaa first")));
        Step("back to the exact text before", ("briefs/rupture.md", _ => original));
        Fail("front matter broken", ("briefs/rupture.md", t => t!.Replace("title:", "title: [")));
        Step("the failure fixed by another edit of another file too", ("briefs/rupture.md", _ => original),
            ("briefs/zeta.md", t => t!.Replace("Cites", "Still cites")));
        Step("an event's actors", ("events/later.md", t => t!.Replace("actors: [chile]", "actors: [chile, peru]")));
        Step("site.yml between revisions", ("site.yml", t => t + "base_url: https://briefs.example.org/\n"));
        Step("a title after the site.yml edit", ("briefs/zeta.md", t => t!.Replace("title: Brief zeta", "title: Zeta")));
        Fail("an id used twice", ("actors/zeta.md", _ => "---\nname: Zeta\nkind: person\n---\n"));
        Step("the id free again", ("actors/zeta.md", _ => null));
        Fail("a look-alike id appears", ("briefs/pedro-cast1llo.md", _ => Brief("x", "", "On [[pedro-castillo]] [@bbc].").Split("--\n", 2)[1]));
        Step("and goes", ("briefs/pedro-cast1llo.md", _ => null));
    }

    [Fact]
    public void An_event_listed_with_more_briefs_than_it_shows_is_rendered_again_only_where_a_shown_brief_changed()
    {
        var site = new Incremental(Source + Event("summit", "2024-01", "sources: [bbc]")
            + string.Concat(Enumerable.Range(1, 8).Select(i => Brief($"b{i}", "events: [summit]", date: $"2025-0{i}-01"))));
        for (var i = 1; i <= 8; i++)
        {
            site.Edit($"briefs/b{i}.md", text => text!.Replace($"title: Brief b{i}", $"title: Renamed b{i}"));
            var rendered = site.Rebuild();
            AssertSameAsFullBuild(site, $"after renaming b{i}");
            var shown = site.Page("timeline/index.html").QuerySelectorAll("a").Any(a => a.TextContent == $"Renamed b{i}");
            Assert.Equal(shown, rendered.Contains("timeline/index.html"));
            Assert.Equal(shown, rendered.Contains("events/index.html"));
        }
    }

    [Fact]
    public void Prose_and_title_edits_revise_the_last_graph_and_report_what_a_full_build_reports()
    {
        // Warnings that sit in the edited text (a link to a draft, a link from the site root, uncited claims with the lint on) must move with it.
        var site = new Incremental(Source + Sources("zeta-report") + Actors + "-- content/site.yml --\ntitle: T\nlint: citations\n"
            + Brief("rupture", "actors: [pedro-castillo]", "An uncited claim.\n\nSee [[plan]], [Peru](/actors/peru/) and [@zeta-report] [@bbc].")
            + Brief("plan", "draft: true", "A draft [@bbc]."));
        Assert.Contains(site.Last.Diagnostics, d => d.Code == "BG3007");
        Assert.Contains(site.Last.Diagnostics, d => d.Code == "BG4009");
        (string Path, Func<string?, string?> Change, bool Revised)[] edits =
        [
            ("briefs/rupture.md", t => t!.Replace("An uncited claim.", "A first line.\n\nAn uncited claim, reworded."), true),
            ("briefs/rupture.md", t => t!.Replace("title: Brief rupture", "title: Renamed"), true),
            // Renaming a source moves it in the citation index, and in every reference list citing it.
            ("sources/zeta-report.md", t => t!.Replace("title: Title zeta-report", "title: Aardvark report"), true),
            ("briefs/plan.md", t => t!.Replace("A draft", "Still a draft"), true),
            ("actors/peru.md", t => t + "Prose about Peru.\n", true),
            // A citation with words before its '@' cites nothing, said where it is written.
            ("briefs/rupture.md", t => t!.Replace("An uncited claim, reworded.", "An uncited claim, reworded [see @bbc, p. 4]."), true),
            // A new link is a new relation: the graph is built again.
            ("briefs/rupture.md", t => t!.Replace("A first line.", "A first line on [[peru]]."), false),
        ];
        foreach (var (path, change, revised) in edits)
        {
            site.Edit(path, change);
            site.Rebuild();
            Assert.Equal(revised, site.Last.Timings.Any(t => t.Stage == "graph, revised"));
            AssertSameAsFullBuild(site, $"after editing {path}");
        }
    }

    [Fact]
    public void A_link_to_no_place_stays_reported_while_its_page_is_kept_and_goes_once_it_is_mended()
    {
        // The warning is found when the page renders; a rebuild that keeps the page must still report it.
        var site = new Incremental(Source + Brief("a", body: "[@bbc] See [typo](#erly-life).\n\n## Early life") + Brief("b"));
        Assert.Single(site.Last.Diagnostics, d => d.Code == "BG4011");
        site.Edit("briefs/b.md", t => t!.Replace("Text [@bbc].", "Other text [@bbc]."));
        Assert.Equal(["briefs/b/index.html"], site.Rebuild());
        Assert.Single(site.Last.Diagnostics, d => d.Code == "BG4011");
        AssertSameAsFullBuild(site, "after editing another brief");

        // Mended by dropping the link: the page has no link to check any more.
        site.Edit("briefs/a.md", t => t!.Replace("See [typo](#erly-life).", "See the early life."));
        site.Rebuild();
        Assert.DoesNotContain(site.Last.Diagnostics, d => d.Code == "BG4011");
        site.Edit("briefs/b.md", t => t!.Replace("Other text", "More text"));
        site.Rebuild();
        AssertSameAsFullBuild(site, "after mending the link and editing another brief");

        // A new document with the link wrong from the start.
        site.Edit("briefs/c.md", _ => Brief("c", body: "[@bbc] [x](#nowhere)").Split("--\n", 2)[1]);
        site.Rebuild();
        Assert.Single(site.Last.Diagnostics, d => d.Code == "BG4011");
        AssertSameAsFullBuild(site, "after adding a brief with a link to no place");
    }

    [Fact]
    public void A_link_to_a_section_is_checked_again_when_the_page_it_leads_to_renames_its_heading()
    {
        // Only b's prose changes, but a's link to b's section leads nowhere now: a revision of b alone kept a's old verdict.
        // The same link written as a path is checked as well.
        var site = new Incremental(Source + Brief("a", body: "[@bbc] See [[b#early-life]] and [there](../b/index.html#early-life).") + Brief("b", body: "## Early life\n\nText [@bbc]."));
        Assert.DoesNotContain(site.Last.Diagnostics, d => d.Code is "BG3011" or "BG4011");
        site.Edit("briefs/b.md", t => t!.Replace("## Early life", "## Early years"));
        site.Rebuild();
        // Still a revision of b (its shape is the same), with the pages linking to it checked again.
        Assert.Contains(site.Last.Timings, t => t.Stage == "graph, revised");
        Assert.Single(site.Last.Diagnostics, d => d.Code == "BG3011");
        Assert.Single(site.Last.Diagnostics, d => d.Code == "BG4011");
        AssertSameAsFullBuild(site, "after renaming the heading linked to");
        site.Edit("briefs/a.md", t => t!.Replace("#early-life", "#early-years"));
        site.Rebuild();
        Assert.DoesNotContain(site.Last.Diagnostics, d => d.Code is "BG3011" or "BG4011");
        AssertSameAsFullBuild(site, "after mending the link");
    }

    [Fact]
    public void A_file_moved_to_another_kind_with_the_same_text_builds_the_graph_again()
    {
        // The id and the text are the same, so the shape is; but a brief became an event.
        var site = new Incremental(Site);
        var text = site.Content["briefs/follow-up.md"];
        site.Edit("briefs/follow-up.md", _ => null);
        site.Edit("events/follow-up.md", _ => text);
        site.Rebuild();
        Assert.DoesNotContain(site.Last.Timings, t => t.Stage == "graph, revised");
        AssertSameAsFullBuild(site, "after moving a brief to events/");
    }

    [Fact]
    public void A_title_or_summary_line_added_or_dropped_revises_the_graph_and_moves_the_warnings_below_it()
    {
        // No relation changes, but every warning under the added line sits a line lower, and a
        // source that loses its title is named, and cited, by its description.
        var site = new Incremental(Source + Sources("zeta-report").Replace("kind: report", "kind: report\ndescription: commentary")
            + "-- content/site.yml --\ntitle: T\nlint: citations\n" + Brief("plan", "draft: true")
            + Event("asylum", "2022-12", "sources: [bbc]", "Peru and Mexico cut ties after the asylum was granted.\n\nSee [[plan]] [@zeta-report]."));
        Assert.Contains(site.Last.Diagnostics, d => d.Code == "BG3006");
        Assert.Contains(site.Last.Diagnostics, d => d.Code == "BG3007");
        (string Path, Func<string?, string?> Change)[] edits =
        [
            ("events/asylum.md", t => t!.Replace("title: Event asylum\n", "title: Event asylum\nsummary: Granted.\n")),
            ("sources/zeta-report.md", t => t!.Replace("title: Title zeta-report\n", "")),
            ("events/asylum.md", t => t!.Replace("summary: Granted.\n", "")),
        ];
        foreach (var (path, change) in edits)
        {
            site.Edit(path, change);
            site.Rebuild();
            Assert.Contains(site.Last.Timings, t => t.Stage == "graph, revised");
            AssertSameAsFullBuild(site, $"after editing {path}");
        }
    }

    [Fact]
    public void The_last_event_removed_takes_the_calendar_with_it_and_a_new_one_brings_it_back()
    {
        var site = new Incremental(Source + Brief("a") + Event("only", "2025") + "-- content/site.yml --\ntitle: T\n");
        site.Edit("events/only.md", _ => null);
        site.Rebuild();
        AssertSameAsFullBuild(site, "after the last event was removed");
        site.Edit("events/again.md", _ => "---\ntitle: Again\ndate: 2026\n---\n");
        site.Rebuild();
        AssertSameAsFullBuild(site, "after an event was added again");
    }

    [Fact]
    public void Renaming_the_seventh_actor_of_an_event_renders_the_events_page_again()
    {
        // Lists show an event's first five actors, its own page all of them: a later actor's new name went unseen under serve.
        var actors = string.Concat(Enumerable.Range(1, 7).Select(i => $"-- content/actors/a{i}.md --\n---\nname: Actor {i}\nkind: state\n---\n"));
        var site = new Incremental(Source + actors + Event("summit", "2024-01", "actors: [a1, a2, a3, a4, a5, a6, a7]\nsources: [bbc]"));
        site.Edit("actors/a7.md", text => text!.Replace("name: Actor 7", "name: Renamed seventh"));
        Assert.Contains("events/summit/index.html", site.Rebuild());
        AssertSameAsFullBuild(site, "after renaming the seventh actor");
    }

    [Fact]
    public void A_renamed_documents_old_address_follows_its_new_title_and_goes_with_its_former_id()
    {
        var site = new Incremental(Source + Brief("new-id", "former_ids: [old-id]"));
        site.Edit("briefs/new-id.md", text => text!.Replace("title: Brief new-id", "title: Retitled"));
        Assert.Contains("briefs/old-id/index.html", site.Rebuild());
        Assert.Equal("Retitled", site.Page("briefs/old-id/index.html").QuerySelector("body a")!.TextContent);
        site.Edit("briefs/new-id.md", text => text!.Replace("former_ids: [old-id]", ""));
        site.Rebuild();
        Assert.False(site.Served.ContainsKey("briefs/old-id/index.html"));
        AssertSameAsFullBuild(site, "after the former id was dropped");
    }

    [Fact]
    public void Renaming_an_actor_a_timeline_names_a_lane_after_renders_that_timeline_again()
    {
        // "late" is neither among the event's five actors lists show nor among the 30 busiest the
        // filters list (31 actors have two events), yet the picture of the "water" events names a lane after it.
        string ActorFile(string id) => $"-- content/actors/{id}.md --\n---\nname: Actor {id}\nkind: state\n---\n";
        var busy = Enumerable.Range(1, 31).Select(i => $"b{i}").ToList();
        var few = new[] { "f1", "f2", "f3", "f4", "f5", "f6", "late" };
        var site = new Incremental(Source + string.Concat(busy.Concat(few).Select(ActorFile))
            + Event("one", "2024-01", $"actors: [{string.Join(", ", busy)}]\nsources: [bbc]")
            + Event("two", "2024-02", $"actors: [{string.Join(", ", busy)}]\nsources: [bbc]")
            + Event("water", "2024-03", $"actors: [{string.Join(", ", few)}]\ntags: [water]\nsources: [bbc]"));
        site.Edit("actors/late.md", text => text!.Replace("name: Actor late", "name: Renamed late"));
        Assert.Contains("timeline/tags/water/index.html", site.Rebuild());
        AssertSameAsFullBuild(site, "after renaming an actor with a lane of its own");
    }

    [Fact]
    public void Linking_an_event_to_an_actor_in_its_text_moves_it_into_the_actors_lane()
    {
        var site = new Incremental(Source + "-- content/actors/ida.md --\n---\nname: Ida\nkind: person\n---\n"
            + Event("treaty", "2021-03", "sources: [bbc]", body: "Signed [@bbc].") + Event("visit", "2021-05", "actors: [ida]\nsources: [bbc]"));
        site.Edit("events/treaty.md", text => text!.Replace("Signed [@bbc].", "Signed by [[ida]] [@bbc]."));
        Assert.Contains("timeline/index.html", site.Rebuild());
        AssertSameAsFullBuild(site, "after an event's text linked an actor");
    }

    [Fact]
    public void Retitling_a_source_that_moves_it_in_the_sources_order_leaves_the_sitemap_as_a_full_build_writes_it()
    {
        // The sitemap listed pages in the order the site plans them, sources by title, but was kept while only titles changed.
        var site = new Incremental("-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\n" + Source
            + "-- content/sources/alpha.md --\n---\ntitle: Alpha\n---\n-- content/sources/beta.md --\n---\ntitle: Beta\n---\n"
            + Brief("b", body: "Claim [@bbc] [@alpha] [@beta]."));
        site.Edit("sources/alpha.md", text => text!.Replace("title: Alpha", "title: Zulu"));
        site.Rebuild();
        AssertSameAsFullBuild(site, "after the retitle");
    }

    [Fact]
    public void A_list_gains_and_loses_pages_as_entries_come_and_go_and_a_source_page_follows_its_entry_to_another_page()
    {
        var site = new Incremental("-- content/site.yml --\ntitle: T\npaginate: 2\n" + Sources("s2", "s4")
            + Brief("b1", body: "Text [@s2; @s4].", date: "2025-01-01") + Brief("b2", body: "Text [@s2].", date: "2025-01-02"));
        Assert.False(site.Served.ContainsKey("briefs/page-2.html"));
        Assert.EndsWith("sources/index.html#s4", site.Page("sources/s4/index.html").QuerySelector(".eyebrow a")!.GetAttribute("href"));

        // Nothing that s4's page shows changes: only where its entry is.
        site.Edit("briefs/b3.md", _ => TestSite.Split(Brief("b3", body: "Text [@s1; @s2].", date: "2025-01-03")).Content["briefs/b3.md"]);
        site.Edit("sources/s1.md", _ => TestSite.Split(Sources("s1")).Content["sources/s1.md"]);
        site.Rebuild();
        Assert.Equal(["Brief b1"], site.Page("briefs/page-2.html").QuerySelectorAll("a.item-title").Select(a => a.TextContent));
        // s1 comes first, so s4 is now listed on the second page of the citation index.
        Assert.EndsWith("sources/page-2.html#s4", site.Page("sources/s4/index.html").QuerySelector(".eyebrow a")!.GetAttribute("href"));
        AssertSameAsFullBuild(site, "after a third brief and a first source");

        site.Edit("briefs/b3.md", _ => null);
        site.Rebuild();
        Assert.False(site.Served.ContainsKey("briefs/page-2.html"));
        AssertSameAsFullBuild(site, "after the third brief went");
    }

    [Fact]
    public void A_retitled_source_that_moves_another_to_a_later_page_of_the_citation_index_leaves_no_page_behind()
    {
        // A title is no part of a document's shape, but sources are listed by author and title.
        var site = new Incremental("-- content/site.yml --\ntitle: T\npaginate: 1\n" + Sources("s1", "s2", "s3")
            + Brief("b1", body: "Text [@s1; @s2; @s3].", date: "2025-01-01"));
        site.Edit("sources/s1.md", text => text!.Replace("title: Title s1", "title: Zulu"));
        site.Rebuild();
        Assert.EndsWith("sources/index.html#s2", site.Page("sources/s2/index.html").QuerySelector(".eyebrow a")!.GetAttribute("href"));
        AssertSameAsFullBuild(site, "after the retitle");
        site.Edit("sources/s3.md", text => text!.Replace("title: Title s3", "title: Alpha"));
        site.Rebuild();
        AssertSameAsFullBuild(site, "after the second retitle");
    }

    [Fact]
    public void A_retitled_entry_renders_the_page_of_each_list_that_shows_it_and_no_other_page_of_those_lists()
    {
        var site = new Incremental("-- content/site.yml --\ntitle: T\npaginate: 2\n" + Source
            + string.Concat(Enumerable.Range(1, 6).Select(i => Brief($"b{i}", "tags: [x]", date: $"2025-01-0{i}") + Event($"e{i}", $"200{i}", "tags: [x]"))));
        site.Edit("briefs/b3.md", text => text!.Replace("title: Brief b3", "title: Retitled"));
        site.Edit("events/e5.md", text => text!.Replace("title: Event e5", "title: Moved on"));
        var rendered = site.Rebuild().ToHashSet();
        // Newest first, b3 is on the second page of the briefs and of the tag's list; e5 on the third of the events and the timeline.
        Assert.Superset(new HashSet<string> { "briefs/page-2.html", "tags/x/page-2.html", "events/page-3.html", "timeline/page-3.html", "tags/x/page-6.html" }, rendered);
        foreach (var kept in new[] { "briefs/index.html", "briefs/page-3.html", "events/index.html", "events/page-2.html", "timeline/page-2.html", "tags/x/page-4.html" })
            Assert.DoesNotContain(kept, rendered);
        // The timeline's first page draws every event.
        Assert.Contains("timeline/index.html", rendered);
        AssertSameAsFullBuild(site, "after the retitles");
    }

    [Fact]
    public void A_new_tag_that_sorts_first_moves_the_others_along_the_pages_of_the_tag_list()
    {
        var site = new Incremental("-- content/site.yml --\ntitle: T\npaginate: 2\n" + Source
            + Brief("b1", "tags: [b, c]") + Brief("b2", "tags: [d]"));
        site.Edit("briefs/b2.md", text => text!.Replace("tags: [d]", "tags: [a, d]"));
        Assert.Superset(new HashSet<string> { "tags/index.html", "tags/page-2.html" }, site.Rebuild().ToHashSet());
        AssertSameAsFullBuild(site, "after a tag that sorts first was added");
        site.Edit("briefs/b1.md", text => text!.Replace("tags: [b, c]", "tags: [c]"));
        site.Rebuild();
        AssertSameAsFullBuild(site, "after a tag was dropped");
    }

    [Fact]
    public void Random_edits_to_a_paginated_site_each_leave_it_as_a_full_build_makes_it()
    {
        // Edits that move entries between the pages of lists (titles that sort, dates, publishers,
        // tags, kinds, additions, removals) in a seeded order: each rebuild must match a full build.
        // This seed meets, at step 6, a source retitled to a place on another page of the index,
        // which the memory's check of the lists' order is for.
        string SourceFile(int i, string title, string publisher, string author) =>
            $"---\ntitle: {title}\npublisher: {publisher}\nauthors: [\"{author}, A\"]\nkind: report\n---\n";
        string BriefFile(int i, string title, string date, string tags, string actors, bool draft = false) =>
            $"---\ntitle: {title}\ndate: {date}\nsummary: Summary {i}.\ntags: [{tags}]\nactors: [{actors}]\ndraft: {(draft ? "true" : "false")}\n---\nText [@s{i % 5}; @s{(i + 2) % 5}].\n";
        string EventFile(int i, string title, string date, string tags, string actors) =>
            $"---\ntitle: {title}\ndate: {date}\ntags: [{tags}]\nactors: [{actors}]\nsources: [s{i % 5}]\n---\n";
        string ActorFile(string name, string kind) => $"---\nname: {name}\nkind: {kind}\n---\n";
        var files = "-- content/site.yml --\ntitle: T\npaginate: 2\nbase_url: https://example.org/\n"
            + string.Concat(Enumerable.Range(0, 5).Select(i => $"-- content/sources/s{i}.md --\n" + SourceFile(i, $"Source {i}", i % 2 == 0 ? "Agency" : "Bureau", "Author")))
            + string.Concat(Enumerable.Range(0, 4).Select(i => $"-- content/actors/a{i}.md --\n" + ActorFile($"Actor {i}", i % 2 == 0 ? "person" : "state")))
            + string.Concat(Enumerable.Range(0, 8).Select(i => $"-- content/briefs/b{i}.md --\n" + BriefFile(i, $"Brief {i}", $"2025-01-0{1 + i % 4}", i % 2 == 0 ? "x" : "x, y", $"a{i % 4}")))
            + string.Concat(Enumerable.Range(0, 7).Select(i => $"-- content/events/e{i}.md --\n" + EventFile(i, $"Event {i}", i % 3 == 0 ? "2001" : $"2001-0{1 + i % 3}", i % 2 == 0 ? "x" : "y", $"a{i % 4}")));
        // As serve builds it: with drafts, so that making a brief a draft leaves it on the lists' pages.
        var site = new Incremental(files, new BuildOptions { IncludeDrafts = true });
        var random = new Random(4);
        string[] titles = ["Aardvark", "Middle", "Zulu", "Brief", "Event", "Source"];
        string[] dates = ["2025-01-01", "2025-01-03", "2025-02-01", "2024-12-31"];
        string[] eventDates = ["2001", "2001-02", "2001-03-04", "2000", "2002-01"];
        var added = 0;
        var publishers = Enumerable.Range(0, 5).Select(i => i % 2 == 0 ? "Agency" : "Bureau").ToArray();
        var authors = Enumerable.Range(0, 5).Select(_ => "Author").ToArray();
        for (var step = 0; step < 40; step++)
        {
            var i = random.Next(8);
            var what = random.Next(11);
            var change = what switch
            {
                0 => Edit($"briefs/b{i}.md", BriefFile(i, titles[random.Next(titles.Length)], dates[random.Next(dates.Length)], i % 2 == 0 ? "x" : "x, y", $"a{i % 4}")),
                1 => Edit($"briefs/b{i}.md", BriefFile(i, $"Brief {i}", dates[random.Next(dates.Length)], random.Next(2) == 0 ? "x" : "y", $"a{random.Next(4)}")),
                2 => Edit($"events/e{i % 7}.md", EventFile(i % 7, titles[random.Next(titles.Length)], eventDates[random.Next(eventDates.Length)], random.Next(2) == 0 ? "x" : "x, y", $"a{random.Next(4)}")),
                3 => Edit($"sources/s{i % 5}.md", SourceFile(i % 5, titles[random.Next(titles.Length)],
                    publishers[i % 5] = random.Next(3) switch { 0 => "Agency", 1 => "Bureau", _ => "Consortium" }, authors[i % 5] = $"Author{random.Next(3)}")),
                // A title alone is no part of a source's shape, yet moves it in the order by author and title.
                9 => Edit($"sources/s{i % 5}.md", SourceFile(i % 5, titles[random.Next(titles.Length)], publishers[i % 5], authors[i % 5])),
                10 => Edit($"briefs/b{i}.md", BriefFile(i, $"Brief {i}", $"2025-01-0{1 + i % 4}", "y", $"a{i % 4}", draft: random.Next(2) == 0)),
                4 => Edit($"actors/a{i % 4}.md", ActorFile(titles[random.Next(titles.Length)] + $" {i}", random.Next(3) switch { 0 => "person", 1 => "state", _ => "organization" })),
                5 => Edit($"briefs/n{added++}.md", BriefFile(added, $"New {added}", dates[random.Next(dates.Length)], "x", "a0")),
                6 => Edit($"events/n{added++}.md", EventFile(added, $"New {added}", eventDates[random.Next(eventDates.Length)], "y", "a1")),
                7 => Remove(site.Content.Keys.Where(k => k.StartsWith("briefs/n", StringComparison.Ordinal) || k.StartsWith("events/n", StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault()),
                _ => Edit($"briefs/b{i}.md", BriefFile(i, $"Brief {i}", $"2025-01-0{1 + i % 4}", i % 2 == 0 ? "x" : "x, y", $"a{i % 4}")),
            };
            site.Rebuild();
            AssertSameAsFullBuild(site, $"step {step}, {change}");
        }

        string Edit(string path, string text)
        {
            site.Edit(path, _ => text);
            return $"{path} written";
        }

        string Remove(string? path)
        {
            if (path is null) return "nothing removed";
            site.Edit(path, _ => null);
            return $"{path} removed";
        }
    }

    [Fact]
    public void A_brief_published_or_made_a_draft_changes_every_page_of_its_tag_whether_or_not_it_is_on_it()
    {
        // Whether a tag has a feed, which every page of it announces, depends on whether any of its briefs is published.
        var site = new Incremental("-- content/site.yml --\ntitle: T\npaginate: 1\nbase_url: https://example.org/\n" + Source
            + Brief("b1", "tags: [t]\ndraft: true") + Event("e1", "2000", "tags: [t]") + Event("e2", "2001", "tags: [t]"), new BuildOptions { IncludeDrafts = true });
        Assert.Null(site.Page("tags/t/page-3.html").QuerySelector("link[type='application/atom+xml'][href$='tags/t/feed.xml']"));
        site.Edit("briefs/b1.md", text => text!.Replace("draft: true", "draft: false"));
        site.Rebuild();
        Assert.NotNull(site.Page("tags/t/page-3.html").QuerySelector("link[type='application/atom+xml'][href$='tags/t/feed.xml']"));
        AssertSameAsFullBuild(site, "once published");
        site.Edit("briefs/b1.md", text => text!.Replace("draft: false", "draft: true"));
        site.Rebuild();
        AssertSameAsFullBuild(site, "once a draft again");
    }

    private static void AssertSameAsFullBuild(Incremental site, string when)
    {
        var full = new MemoryOutput();
        var result = SiteBuilder.Build(new InMemoryContentSource(site.Content), TemplateSet.Load(), full, site.Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(result.Diagnostics, site.Last.Diagnostics);
        Assert.Equal(full.Files.Keys.Order(StringComparer.Ordinal), site.Served.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in full.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(site.Served[file]), $"{when}, {file} differs from a full build");
    }

    [Fact]
    public void An_actor_named_as_a_country_that_stops_being_a_state_is_reported_at_the_actors_that_name_it()
    {
        var site = new Incremental(Site);
        site.Edit("actors/peru.md", text => text!.Replace("kind: state", "kind: organization"));

        var failed = site.TryRebuild();

        Assert.Equal(["content/actors/pedro-castillo.md:4:10: error BG3002: 'peru' in 'country' is an organization, not a state; name an actor of kind 'state'"],
            failed.Result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_site_and_the_next_good_one_catches_up()
    {
        var site = new Incremental(Site);
        site.Edit("briefs/rupture.md", text => text!.Replace("[[asylum|the asylum]]", "[[asylum|the asylum]] [[nowhere]]").Replace("title: Brief rupture", "title: Changed"));
        // An edit that builds, made in the same failed rebuild, must still show once the site builds again.
        site.Edit("briefs/unrelated.md", text => text!.Replace("title: Brief unrelated", "title: Unrelated renamed"));
        var failed = site.TryRebuild();
        Assert.False(failed.Result.Succeeded);
        Assert.Empty(failed.Written);
        Assert.Equal("Brief rupture", site.Page("briefs/follow-up/index.html").QuerySelector(".body a.xref")!.TextContent);

        site.Edit("briefs/rupture.md", text => text!.Replace(" [[nowhere]]", ""));
        site.Rebuild();
        Assert.Equal("Changed", site.Page("briefs/follow-up/index.html").QuerySelector(".body a.xref")!.TextContent);
        Assert.Equal("Unrelated renamed", site.Page("briefs/unrelated/index.html").QuerySelector("h1")!.TextContent.Trim());
        AssertSameAsFullBuild(site, "after the failed rebuild");
    }

    /// <summary>A site rebuilt in place, as `serve` does: each rebuild's files replace the served ones, and files the site no longer has go.</summary>
    private sealed class Incremental
    {
        private readonly BuildMemory _memory = new();
        private readonly TemplateSet _templates = TemplateSet.Load();
        // As serve's source does, an unchanged file is handed out as the same entry again.
        private readonly Dictionary<string, ContentEntry> _entries = new(StringComparer.Ordinal);
        private int _rebuilds;

        public Dictionary<string, string> Content { get; }

        public Dictionary<string, byte[]> Served { get; } = new(StringComparer.Ordinal);

        /// <summary>The last rebuild's result, failed or not.</summary>
        public BuildResult Last { get; private set; } = null!;

        /// <summary>The options of every build, the full one it is compared with too; serve's include drafts.</summary>
        public BuildOptions Options { get; }

        public Incremental(string files, BuildOptions? options = null)
        {
            Options = options ?? new BuildOptions();
            Content = TestSite.Split(files).Content;
            Rebuild();
        }

        public void Edit(string path, Func<string?, string?> change)
        {
            if (change(Content.GetValueOrDefault(path)) is { } text) Content[path] = text;
            else Content.Remove(path);
        }

        public IReadOnlyCollection<string> Rebuild()
        {
            var (result, written) = TryRebuild();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return written;
        }

        public (BuildResult Result, IReadOnlyCollection<string> Written) TryRebuild()
        {
            var output = new MemoryOutput();
            var result = Last = SiteBuilder.Build(new EntriesSource(Entries()), _templates, output, Options, _memory);
            // Serve prepares the next rebuild when it has a moment between edits: some rebuilds find it done, some do it.
            if (++_rebuilds % 2 == 0) _memory.Prepare();
            if (!result.Succeeded) return (result, []);
            foreach (var (path, bytes) in output.Files) Served[path] = bytes;
            foreach (var gone in Served.Keys.Where(p => !_memory.Paths.Contains(p)).ToList()) Served.Remove(gone);
            return (result, output.Files.Keys.ToList());
        }

        private List<ContentEntry> Entries()
        {
            foreach (var gone in _entries.Keys.Except(Content.Keys).ToList()) _entries.Remove(gone);
            foreach (var (path, text) in Content)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(text);
                if (!_entries.TryGetValue(path, out var entry) || !entry.Bytes!.AsSpan().SequenceEqual(bytes))
                    _entries[path] = new ContentEntry(path, ContentEntryType.File, bytes);
            }
            return _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        }

        private sealed class EntriesSource(List<ContentEntry> entries) : IContentSource
        {
            public string DisplayRoot => "content";

            public IEnumerable<ContentEntry> Entries() => entries;
        }

        public AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(Served[path]));
    }
}
