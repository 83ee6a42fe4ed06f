using System.Text.Json;
using BriefingGen.Loading;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Field values at the edges of what is accepted, and what the built site then shows.</summary>
public class FieldEdgeTests
{
    [Fact]
    public void Spaces_around_values_list_items_and_ids_are_dropped()
    {
        var files = Source + Actors + Brief("a", "authors: [\" Ann Lee \"]\ntags: [\" peru-mexico \"]").Replace("title: Brief a", "title: \"  Spaced  \"") +
            "-- content/actors/x.md --\n---\nname: X\nkind: person\ncountry: \" peru \"\n---\n";
        var site = TestSite.Build(files).AssertClean();
        var page = site.Page("briefs/a/index.html");
        Assert.Equal("Spaced", page.QuerySelector("article.brief h1")!.TextContent);
        Assert.Equal("By Ann Lee", page.QuerySelector(".byline .authors")!.TextContent);
        Assert.True(site.Has("tags/peru-mexico/index.html"));
        Assert.Equal("Peru", site.Page("actors/x/index.html").QuerySelector("dd.country a")!.TextContent);
    }

    [Fact]
    public void An_id_listed_twice_counts_once()
    {
        var page = TestSite.Build(Source + Brief("a", "tags: [peru, peru, chile]")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["chile", "peru"], page.QuerySelectorAll("article.brief .tag-list li").Select(li => li.TextContent.Trim()).Order());
    }

    [Fact]
    public void A_list_of_exactly_100_ids_is_accepted()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"t{i}"));
        Assert.Empty(TestSite.Check(Source + Brief("a", $"tags: [{tags}]")).Diagnostics);
    }

    [Fact]
    public void An_event_may_end_on_the_day_it_starts()
    {
        TestSite.Build(Event("e", "2020-05-01", "end: 2020-05-01")).AssertClean();
    }

    [Theory]
    [InlineData("updated: 2025-11-20\ncorrections: [{date: 2025-11-15, text: Fixed.}]", "2025-11-20")]
    [InlineData("updated: 2025-11-20\ncorrections: [{date: 2025-11-25, text: Fixed.}]", "2025-11-25")]
    [InlineData("updated: 2025-11-20", "2025-11-20")]
    public void A_brief_is_updated_on_its_updated_date_or_its_newest_correction_whichever_is_later(string frontMatter, string updated)
    {
        var page = TestSite.Build(Source + Brief("a", frontMatter)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(updated, page.QuerySelector(".byline .updated time")!.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("updated: 2025-11-10")]
    [InlineData("corrections: [{date: 2025-11-10, text: Fixed.}]")]
    public void A_brief_updated_on_the_day_it_was_published_shows_no_updated_date(string frontMatter)
    {
        // It read "Published 10 Nov 2025 / Updated 10 Nov 2025", and its citation "10 Nov 2025 (updated 10 Nov 2025)".
        var site = TestSite.Build(Source + Brief("a", frontMatter)).AssertClean();
        var page = site.Page("briefs/a/index.html");
        Assert.Null(page.QuerySelector(".byline .updated"));
        Assert.DoesNotContain("pdated", page.Body!.TextContent);
        Assert.DoesNotContain("Updated", site.Output.Text("briefs/a/a.bib"));
        Assert.DoesNotContain("Updated", site.Output.Text("briefs/a/a.ris"));
        // The day it last changed is still given to machines.
        Assert.Equal("2025-11-10", page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_source_without_a_kind_is_a_web_page_when_it_has_an_address_and_a_document_otherwise()
    {
        var files = "-- content/sources/w.md --\n---\ntitle: W\nurl: http://example.org/w\naccessed: 2025-11-01\n---\n" +
            "-- content/sources/r.md --\n---\ndescription: commentary on the talks\n---\n" + Brief("a", body: "Text [@w] [@r].");
        var site = TestSite.Build(files).AssertClean();
        var sources = JsonDocument.Parse(site.Output.Text("data/sources.json")).RootElement;
        // Not a report: a kind nobody wrote would be shown as "(report)" in every citation of it.
        Assert.Equal([("r", "document"), ("w", "webpage")], sources.EnumerateArray().Select(s => (s.GetProperty("id").GetString(), s.GetProperty("type").GetString())));
        Assert.Equal("http://example.org/w", sources[1].GetProperty("URL").GetString());
        // The sources list names each kind as the contributor would have written it.
        Assert.Equal(["document", "web"], site.Page("sources/index.html").QuerySelectorAll(".source-meta .kind").Select(k => k.TextContent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_a_file_without_front_matter(string text)
    {
        var content = new Dictionary<string, string> { ["site.yml"] = "title: T\n", ["briefs/a.md"] = text };
        var result = SiteBuilder.Check(new InMemoryContentSource(content), new BuildOptions());
        Assert.Equal("content/briefs/a.md:1:1: error BG2001: the file must start with front matter: a line '---', the YAML fields, and a closing line '---'",
            string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }

    [Fact]
    public void Front_matter_delimiters_may_end_in_spaces_as_an_editor_leaves_them()
    {
        var files = Source + Brief("a").Replace("---\n", "--- \t\r\n");
        var page = TestSite.Build(files).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("Brief a", page.QuerySelector("article.brief h1")!.TextContent);
    }

    [Fact]
    public void Control_characters_in_a_body_reach_the_page_as_spaces()
    {
        var site = TestSite.Build(Source + Brief("a", body: "Form\ffeed, bell\u0007 and escape\u001b[31m [@bbc]."));
        var paragraph = site.Page("briefs/a/index.html").QuerySelector("article.brief .body p")!;
        Assert.StartsWith("Form feed, bell  and escape [31m", paragraph.TextContent);
        Assert.DoesNotContain(site.Output.Files.Keys, path => site.Output.Text(path).Any(c => char.IsControl(c) && c is not '\n' and not '\t' and not '\r'));
    }

    [Fact]
    public void A_base_url_may_spell_its_scheme_and_host_in_capitals_and_links_carry_them_in_lower_case()
    {
        var site = TestSite.Build("-- content/site.yml --\ntitle: T\nbase_url: HTTPS://Example.ORG:8443/Briefings/\n" + Source + Brief("a")).AssertClean();
        Assert.StartsWith("https://example.org:8443/Briefings/briefs/a/", site.Page("briefs/a/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<id>https://example.org:8443/Briefings/briefs/a/", site.Output.Text("feed.xml"));
    }

    /// <summary>Sitemaps, feed ids and crawlers want addresses in ASCII: the host in punycode, the path percent-encoded.</summary>
    [Fact]
    public void An_international_base_url_is_carried_in_ascii()
    {
        var site = TestSite.Build("-- content/site.yml --\ntitle: T\nbase_url: https://Bücher.example:8443/über/\n" + Source + Brief("a")).AssertClean();
        const string published = "https://xn--bcher-kva.example:8443/%C3%BCber/";
        Assert.Equal(published + "briefs/a/index.html", site.Page("briefs/a/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains($"<loc>{published}briefs/a/index.html</loc>", site.Output.Text("sitemap.xml"));
        Assert.Contains($"<id>{published}briefs/a/", site.Output.Text("feed.xml"));
        Assert.Contains($"Sitemap: {published}sitemap.xml", site.Output.Text("robots.txt"));
        Assert.True(System.Text.Ascii.IsValid(site.Output.Text("sitemap.xml")));
    }

    [Fact]
    public void A_base_url_given_to_the_build_is_carried_in_lower_case_as_well()
    {
        var site = TestSite.Build(Source + Brief("a"), new BuildOptions { BaseUrl = "HTTP://Example.ORG/x/" }).AssertClean();
        Assert.Equal("http://example.org/x/briefs/a/index.html", site.Page("briefs/a/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_base_url_whose_host_ends_in_a_dot_is_accepted()
    {
        // "example.org." is the fully qualified spelling of the same host; its dot is not a path segment.
        Assert.Empty(TestSite.Check("-- content/site.yml --\ntitle: T\nbase_url: https://example.org./briefings/\n" + Source + Brief("a")).Diagnostics);
    }
}
