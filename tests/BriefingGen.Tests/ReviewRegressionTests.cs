using System.Text;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Inputs found by a hostile second read; each once hung, crashed or misreported.</summary>
public class ReviewRegressionTests
{
    private static string Body(string markdown) => Source + Brief("a", body: "[@bbc] " + markdown);

    [Theory]
    [InlineData("## Fnord", "fnord")]
    [InlineData("## Ref: sources", "section-ref-sources")]
    [InlineData("## Cite this", "section-cite-this")]
    [InlineData("## Cite chapter 3", "section-cite-chapter-3")]
    [InlineData("## References and reading", "references-and-reading")]
    [InlineData("## References", "section-references")]
    [InlineData("## Main", "section-main")]
    // A path of the site (sources/by-publisher/), no id on a page: the heading keeps its words.
    [InlineData("## By publisher", "by-publisher")]
    public void Headings_that_look_like_page_ids_get_a_distinct_id(string heading, string id)
    {
        var page = TestSite.Build(Body("\n\n" + heading + "\n\n" + heading)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal([id, id + "-1"], page.QuerySelectorAll(".body h2").Select(h => h.Id));
    }

    [Fact]
    public void A_heading_repeated_never_takes_a_citation_markers_id()
    {
        var page = TestSite.Build(Body("\n\n## Cite bbc\n\nText [@bbc].\n\n## Cite bbc\n\nMore [@bbc].")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["cite-bbc", "section-cite-bbc-1"], page.QuerySelectorAll(".body h2").Select(h => h.Id));
        Assert.Equal("sup", page.GetElementById("cite-bbc-1")!.Closest("sup")?.LocalName);
    }

    [Fact]
    public void A_link_to_a_heading_that_starts_like_a_page_id_lands_on_it_and_is_checked()
    {
        var methods = Brief("methods", body: "## Cite this brief responsibly\n\nWith the date [@bbc].");
        var site = TestSite.Build(Source + methods + Brief("guide", body: "See [[methods#cite-this-brief-responsibly]] [@bbc]."));
        var href = site.AssertClean().Page("briefs/guide/index.html").QuerySelector(".body a.xref")!.GetAttribute("href")!;
        Assert.NotNull(site.Page("briefs/methods/index.html").GetElementById(href[(href.IndexOf('#') + 1)..]));
        var misspelt = TestSite.Check(Source + methods + Brief("guide", body: "See [[methods#cite-this-brief-responsably]] [@bbc]."));
        Assert.Contains("did you mean [[methods#cite-this-brief-responsibly]]", DiagnosticAssert.At(misspelt.Diagnostics, "BG3011", "content/briefs/guide.md:7:5").Message);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("0000")]
    public void Years_outside_the_calendar_are_refused(string year)
    {
        DiagnosticAssert.At(TestSite.Check(Event("e", year)).Diagnostics, "BG2008", "content/events/e.md:3:7");
    }

    [Fact]
    public void Dates_at_the_ends_of_the_calendar_still_build()
    {
        var site = TestSite.Build(Event("first", "0001-01-01") + Event("last", "9998-12-31")).AssertClean();
        Assert.Contains("DTEND;VALUE=DATE:99990101", Encoding.UTF8.GetString(site.Output.Files["timeline.ics"]));
    }

    [Theory]
    [InlineData(30000, "**", "**")]
    [InlineData(4000, "![", "](y)")]
    public void Inline_nesting_too_deep_for_rendering_is_an_error_with_a_position(int depth, string open, string close)
    {
        var markdown = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));
        var site = TestSite.Build(Body(markdown));
        Assert.Contains(site.Diagnostics, d => d.Code == "BG4004" && d.Location.File == "content/briefs/a.md" && d.Location.Line == 7);
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void Reserved_ids_are_refused_so_no_document_can_replace_a_site_page()
    {
        var files = Source + Brief("a") + "-- content/sources/by-publisher.md --\n---\ntitle: Evil\n---\n" + Event("main", "2020");
        var result = TestSite.Check(files);
        DiagnosticAssert.At(result.Diagnostics, "BG1004", "content/sources/by-publisher.md:1:1");
        DiagnosticAssert.At(result.Diagnostics, "BG1004", "content/events/main.md:1:1");
    }

    [Fact]
    public void Output_amplifying_tables_and_urls_are_refused()
    {
        var wide = "\n\n|" + string.Concat(Enumerable.Repeat("h|", 150)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 150));
        DiagnosticAssert.At(TestSite.Check(Body(wide)).Diagnostics, "BG4005", "content/briefs/a.md:9:1");
        var tall = "\n\n|" + string.Concat(Enumerable.Repeat("h|", 90)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 90)) + "\n" + string.Concat(Enumerable.Repeat("|x|\n", 300));
        DiagnosticAssert.At(TestSite.Check(Body(tall)).Diagnostics, "BG4005", "content/briefs/a.md:9:1");
        var longUrl = "[x][r] [x][r]\n\n[r]: https://example.org/" + new string('a', 3000);
        DiagnosticAssert.At(TestSite.Check(Body(longUrl)).Diagnostics, "BG4005", "content/briefs/a.md:7:8");
        // Bars in prose make no table: a line of shell pipes was refused as one 300 columns wide.
        var pipes = "Pipelines are written " + string.Concat(Enumerable.Repeat("cmd | ", 300)) + "cmd [@bbc].\n\nSee [[bbc|" + string.Concat(Enumerable.Repeat("a|", 150)) + "]].";
        Assert.Empty(TestSite.Check(Body(pipes)).Diagnostics);
        // A row wider than its header keeps every cell, so its own width is what it costs.
        var wideRow = "\n\n|a|b|\n|-|-|\n|x|y|\n|" + string.Concat(Enumerable.Repeat("x|", 150));
        DiagnosticAssert.At(TestSite.Check(Body(wideRow)).Diagnostics, "BG4005", "content/briefs/a.md:12:1");
        var tags = "tags: [" + string.Join(", ", Enumerable.Range(0, 150).Select(i => $"t{i}")) + "]";
        DiagnosticAssert.At(TestSite.Check(Source + Brief("a", tags)).Diagnostics, "BG2010", "content/briefs/a.md:5:7");
    }

    [Fact]
    public void Our_syntax_inside_image_alt_text_is_written_as_text()
    {
        var page = TestSite.Build(Body("![Map [[bbc|x]] [@bbc] <b>y</b>](https://example.org/m.png)")).Page("briefs/a/index.html");
        var image = page.QuerySelector(".body img")!;
        Assert.Equal("Map x [1] <b>y</b>", image.GetAttribute("alt"));
        // The id is where the reference list's back-link for the citation lands.
        Assert.Equal(["src", "id", "alt"], image.Attributes.Select(a => a.Name));
        Assert.Equal(["#cite-bbc-1", "#figure"], page.QuerySelectorAll("li#ref-bbc .backref").Select(b => b.GetAttribute("href")));
    }

    [Fact]
    public void Links_and_citation_markers_render_alike_wherever_they_stand_in_a_body()
    {
        // Bodies are rendered when parsed, with holes their page fills: each of these stands at an
        // edge of one (an alt text, a line start after a hard break, a list item's end, a table cell).
        var page = TestSite.Build(Body("![Map of [[bbc]]](https://example.org/m.png)\n\nBefore a break  \n[[bbc]] starts a line.\n\n- an item ending [[bbc|here]]\n- [@bbc]\n\nAfter.\n\n| a |\n|---|\n| [[bbc]] [@bbc] |"))
            .AssertClean().Page("briefs/a/index.html");
        Assert.Equal("Map of Peru cuts ties", page.QuerySelector(".body img")!.GetAttribute("alt"));
        var afterBreak = page.QuerySelectorAll(".body p").Single(p => p.TextContent.StartsWith("Before"));
        Assert.Equal("Before a break\nPeru cuts ties starts a line.", afterBreak.TextContent);
        Assert.Equal(["Peru cuts ties", "here", "Peru cuts ties"], page.QuerySelectorAll(".body a.xref").Select(a => a.TextContent));
        Assert.Equal(["an item ending here", "[1]"], page.QuerySelectorAll(".body li").Select(li => li.TextContent));
        Assert.Equal("Peru cuts ties\u00A0[1]", page.QuerySelector(".body td")!.TextContent);
    }

    [Fact]
    public void Control_characters_in_front_matter_are_refused_and_never_reach_the_calendar()
    {
        var files = Event("e", "2020").Replace("title: Event e", "title: \"Ev\\rEND:VEVENT\\rBEGIN:VEVENT\\rSUMMARY:Injected\"");
        DiagnosticAssert.At(TestSite.Check(files).Diagnostics, "BG2010", "content/events/e.md:2:8");
    }

    [Fact]
    public void Base_url_option_reaches_the_calendar_canonical_links_and_the_404_page()
    {
        var files = "-- content/site.yml --\ntitle: T\nbase_url: https://example.org/briefings\n" + Source + Brief("a") + Event("e", "2020", "sources: [bbc]");
        var site = TestSite.Build(files).AssertClean();
        Assert.Equal("/briefings/assets/style.css", site.Page("404.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        // Served for a missing /briefs/x/y/ too: without base_url it links from the host's root, not from wherever it is shown.
        var bare = TestSite.Build(Source + Brief("a")).AssertClean().Page("404.html");
        Assert.Equal("/assets/style.css", bare.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.All(bare.QuerySelectorAll(".site-nav a"), a => Assert.StartsWith("/", a.GetAttribute("href")));

        var overridden = TestSite.Build(files, new BuildOptions { BaseUrl = "https://other.example/x/" }).AssertClean();
        var ics = Encoding.UTF8.GetString(overridden.Output.Files["timeline.ics"]);
        // Under a sub-path the UIDs name it, so two sites on one host do not share them; at the root, the host alone.
        Assert.Contains("UID:e@other.example/x\r\n", ics);
        var atRoot = TestSite.Build(files, new BuildOptions { BaseUrl = "https://other.example/" }).AssertClean();
        Assert.Contains("UID:e@other.example\r\n", Encoding.UTF8.GetString(atRoot.Output.Files["timeline.ics"]));
        Assert.Contains("URL:https://other.example/x/events/e/index.html", ics);
        Assert.Equal("https://other.example/x/briefs/a/index.html", overridden.Page("briefs/a/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void An_end_inside_the_starting_period_is_not_before_it()
    {
        TestSite.Build(Event("e", "2019-12-05", "end: 2019-12")).AssertClean();
        DiagnosticAssert.At(TestSite.Check(Source + Brief("a", "updated: 2025-01-01")).Diagnostics, "BG2011", "content/briefs/a.md:5:10");
        var role = "-- content/actors/p.md --\n---\nname: P\nkind: person\nroles:\n  - {title: T, from: 2020, to: 2019}\n---\n";
        DiagnosticAssert.At(TestSite.Check(role).Diagnostics, "BG2011", "content/actors/p.md:5:32");
    }

    [Fact]
    public void Www_autolinks_become_https_links_without_a_warning()
    {
        var site = TestSite.Build(Body("See www.example.com today.")).AssertClean();
        Assert.Equal("https://www.example.com", site.Page("briefs/a/index.html").QuerySelector(".body a[rel]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_broken_site_config_does_not_hide_reference_errors()
    {
        var result = TestSite.Check("-- content/site.yml --\ntitel: X\n" + Source + Brief("a", body: "[[nope]] [@missing]"));
        DiagnosticAssert.At(result.Diagnostics, "BG2005", "content/site.yml:1:1");
        DiagnosticAssert.At(result.Diagnostics, "BG3003", "content/briefs/a.md:7:1");
        DiagnosticAssert.At(result.Diagnostics, "BG3004", "content/briefs/a.md:7:11");
    }

    [Fact]
    public void A_file_with_bad_front_matter_causes_no_follow_on_errors_elsewhere()
    {
        var actor = "-- content/actors/p.md --\n---\nname: P\nkind: persn\n---\n";
        var result = TestSite.Check(Source + actor + Brief("a", "actors: [p]", "[[p]] [@bbc]") +
            "-- content/briefs/broken.md --\n---\ntitle:\ndate: 2025-01-01\nsummary: s\n---\n[@bbc]\n");
        Assert.Equal(["content/actors/p.md:3:7 BG2010", "content/briefs/broken.md:2:7 BG2007"],
            result.Diagnostics.Select(d => $"{d.Location} {d.Code}"));
    }

    [Fact]
    public void Ordered_lists_count_towards_nesting_and_fenced_code_does_not()
    {
        var ordered = "\n\n" + string.Concat(Enumerable.Repeat("1. ", 40)) + "x";
        Assert.Contains(TestSite.Check(Body(ordered)).Diagnostics, d => d.Code == "BG4004" && d.Location.Line == 9);
        var fenced = "\n\n```yaml\n" + new string(' ', 60) + "- deeply: indented\n```";
        TestSite.Build(Body(fenced)).AssertClean();
    }

    [Fact]
    public void Links_whose_text_looks_like_our_syntax_stay_links()
    {
        var page = TestSite.Build(Body("[@handle](https://example.org/handle) and [[1]](https://example.org/1) and [[bbc|AT&amp;T]]")).AssertClean().Page("briefs/a/index.html");
        var links = page.QuerySelectorAll(".body a").ToList();
        Assert.Contains(links, a => a.TextContent == "@handle" && a.GetAttribute("href") == "https://example.org/handle");
        Assert.Contains(links, a => a.TextContent == "[1]" && a.GetAttribute("href") == "https://example.org/1");
        Assert.Contains(links, a => a.TextContent == "AT&T" && a.ClassName == "xref");
    }

    [Fact]
    public void An_io_failure_through_the_command_line_is_a_message_and_exit_two()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        temp.Write("site.building/keep.txt", "someone else's file");
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("briefinggen:", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.True(File.Exists(temp["site.building/keep.txt"]));
    }

    [Fact]
    public void Diagnostics_never_carry_terminal_control_sequences()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", "\"ti\\e[31mtle\": x"));
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.Contains("\\u001B", run.Stdout);
    }
}
