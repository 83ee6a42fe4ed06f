using System.Text.RegularExpressions;
using System.Text.Json;
using BriefingGen.Search;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>The search page, the pages it indexes, and the optional indexing step after a build.</summary>
public class SearchTests
{
    private static readonly string Site = Source + Actors + Event("vote", "2025-11-01", "actors: [peru]") + Brief("a") + Brief("b");

    [Fact]
    public void Every_page_links_to_the_search_page_whose_lists_work_without_script()
    {
        var site = TestSite.Build(Site).AssertClean();
        Assert.All(site.HtmlPages, path => Assert.NotNull(site.Page(path).QuerySelector("nav.site-nav a[href$='search/index.html']")));
        var search = site.Page("search/index.html");
        // The search box is revealed by the script; the lists are there for everyone.
        Assert.True(search.QuerySelector("div.search")!.HasAttribute("hidden"));
        Assert.False(search.QuerySelector(".search-unavailable")!.HasAttribute("hidden"));
        var browse = search.QuerySelectorAll("section.browse a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("../briefs/index.html", "2 briefs"), browse);
        Assert.Contains(("../events/index.html", "1 event"), browse);
        Assert.Contains(("../sources/index.html", "1 source"), browse);
        Assert.Contains(browse, b => b.Item1 == "../actors/index.html");
    }

    [Fact]
    public void Only_briefs_actors_events_and_sources_are_indexed_each_with_its_kind()
    {
        var site = TestSite.Build(Site).AssertClean();
        var indexed = site.HtmlPages.Select(p => (Path: p, Body: site.Page(p).QuerySelector("[data-pagefind-body]")))
            .Where(p => p.Body is not null).ToDictionary(p => p.Path, p => p.Body!.GetAttribute("data-pagefind-filter"));
        Assert.Equal("kind:brief", indexed["briefs/a/index.html"]);
        Assert.Equal("kind:event", indexed["events/vote/index.html"]);
        Assert.Equal("kind:source", indexed["sources/bbc/index.html"]);
        Assert.Equal("kind:actor", indexed["actors/peru/index.html"]);
        Assert.All(indexed.Keys, p => Assert.Matches(@"^(briefs|actors|events|sources)/[a-z0-9-]+/index\.html$", p));
        Assert.DoesNotContain("timeline/index.html", indexed.Keys);
    }

    [Fact]
    public void A_page_is_indexed_by_what_it_says_not_by_the_titles_of_the_pages_it_lists()
    {
        var site = TestSite.Build(Source + Actors + Event("vote", "2025-11-01", "actors: [peru]", "Peru voted [@bbc].")
            + Brief("a", "actors: [peru]\nevents: [vote]", "## Background\n\nCongress met [@bbc]. Again [@bbc]. And [@bbc]. Once more [@bbc].")).AssertClean();

        var brief = Indexed(site, "briefs/a/index.html");
        Assert.Contains("Congress met", brief);
        Assert.Contains("Background", brief);
        // What it cites is what it says; the apparatus around the citation is not.
        Assert.Contains("Peru cuts ties", brief);
        // Its address is no words: "arctic council" highlighted whole addresses in excerpts.
        Assert.Contains("bbc.com", site.Page("briefs/a/index.html").QuerySelector("#references")!.TextContent);
        Assert.DoesNotContain("bbc.com", brief);
        Assert.DoesNotContain("bbc.com", Indexed(site, "sources/bbc/index.html"));
        Assert.DoesNotContain("#", brief);
        Assert.DoesNotContain("source page", brief);
        Assert.DoesNotContain("Cited at", brief);
        Assert.DoesNotContain("BibTeX", brief);
        // Nor the markers' numbers, which excerpts showed as "met [ 1]", or the page's kind above its title.
        Assert.DoesNotContain("[1]", brief);
        Assert.StartsWith("Brief a", brief.TrimStart());
        // The pages that list the brief are not found by its title.
        foreach (var path in new[] { "actors/peru/index.html", "events/vote/index.html", "sources/bbc/index.html" })
        {
            Assert.Contains("Brief a", site.Page(path).QuerySelector("[data-pagefind-body]")!.TextContent);
            Assert.DoesNotContain("Brief a", Indexed(site, path));
        }
        Assert.DoesNotContain("Event vote", Indexed(site, "actors/peru/index.html"));
        // Nor is a brief found by the actors and events it lists, or their kinds: excerpts read
        // "state. Gabriel Boric person." and "References . Yang Tian…".
        Assert.DoesNotContain("Event vote", brief);
        Assert.DoesNotContain("state", brief);
        Assert.DoesNotContain("References", brief);
        // An event's own facts are what it says, without their labels.
        var vote = Indexed(site, "events/vote/index.html");
        Assert.Contains("Peru", vote);
        Assert.DoesNotContain("Actors", vote);
    }

    /// <summary>The text Pagefind takes from a page: its data-pagefind-body less every data-pagefind-ignore within.</summary>
    private static string Indexed(TestSite site, string path)
    {
        var body = (AngleSharp.Dom.IElement)site.Page(path).QuerySelector("[data-pagefind-body]")!.Clone(deep: true);
        foreach (var ignored in body.QuerySelectorAll("[data-pagefind-ignore]").ToList()) ignored.Remove();
        return body.TextContent;
    }

    [Fact]
    public void Without_an_indexer_the_build_succeeds_and_says_once_how_to_add_search()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var run = CliRun.In(temp.Path, "build");
        Assert.True(run.ExitCode == 0, run.Stderr);
        // Outside the repository, where tools/search is not, a pagefind on PATH is the way.
        Assert.Single(run.Stdout.Split('\n'), line => line.Contains("put a `pagefind` on PATH (npm install -g pagefind), or in the repository run `" + PagefindIndexer.InstallHint + "`"));
        Assert.True(File.Exists(temp["site/search/index.html"]));
        Assert.False(Directory.Exists(temp["site/pagefind"]));

        // Built again with nothing changed, the site still has no search, and says so again.
        var again = CliRun.In(temp.Path, "build");
        Assert.Contains("is up to date", again.Stdout);
        Assert.Single(again.Stdout.Split('\n'), line => line.Contains(PagefindIndexer.InstallHint));
    }

    [Fact]
    public void A_failing_indexer_publishes_nothing_and_leaves_the_previous_site()
    {
        using var temp = new TempFolder().WriteSite(Site);
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var before = TempFolder.Snapshot(temp["site"]);
        File.AppendAllText(temp["content/briefs/a.md"], "\nSee [the data](http://example.org/data).\n");
        var run = CliRun.In(temp.Path, () => new PagefindIndexer("/bin/false"), "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("search indexing failed: /bin/false exited with 1", run.Stderr);
        // The build's own report is printed all the same.
        Assert.Contains("warning BG4003", run.Stdout);
        Assert.Equal(before, TempFolder.Snapshot(temp["site"]));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [PagefindFact]
    public void Pagefind_indexes_every_brief_actor_event_and_source_with_its_kind_before_the_swap()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var run = CliRun.In(temp.Path, () => PagefindIndexer.Find(Repository.Root), "build");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain(PagefindIndexer.InstallHint, run.Stdout);
        // The count of new files covers the index's, and so does the line that counts what was built.
        var counts = Regex.Match(run.Stdout, "built ([0-9]+) files and ([0-9]+) search index files into site \\(([0-9]+) new or changed, 0 removed\\)\n$");
        Assert.True(counts.Success, run.Stdout);
        Assert.Equal(int.Parse(counts.Groups[3].Value), int.Parse(counts.Groups[1].Value) + int.Parse(counts.Groups[2].Value));
        Assert.Equal(Directory.EnumerateFiles(temp["site/pagefind"], "*", SearchOption.AllDirectories).Count(), int.Parse(counts.Groups[2].Value));
        using var entry = JsonDocument.Parse(File.ReadAllText(temp["site/pagefind/pagefind-entry.json"]));
        var pages = entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
        var expected = Directory.EnumerateFiles(temp["content"], "*.md", SearchOption.AllDirectories).Count();
        Assert.Equal(expected, pages);
        Assert.NotEmpty(Directory.EnumerateFiles(temp["site/pagefind/filter"]));
    }
}
