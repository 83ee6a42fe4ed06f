using System.Xml.Linq;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>A document renamed keeps its old address (former_ids): links and bookmarks from elsewhere still lead to it.</summary>
public class FormerIdTests
{
    private const string PublishedSite = "-- content/site.yml --\ntitle: T\nbase_url: https://example.org/briefings/\n";

    [Fact]
    public void The_old_address_of_a_renamed_brief_or_actor_sends_a_reader_on_and_is_neither_indexed_nor_in_the_sitemap()
    {
        var site = TestSite.Build(PublishedSite + Source + Actors.Replace("name: Peru\n", "name: Peru\nformer_ids: [republic-of-peru]\n")
            + Brief("svalbard-legal-status", "former_ids: [svalbard-status, svalbard]").Replace("title: Brief svalbard-legal-status", "title: \"Svalbard's <status>\"")).AssertClean();

        foreach (var old in new[] { "briefs/svalbard-status/index.html", "briefs/svalbard/index.html" })
        {
            var moved = site.Page(old);
            Assert.Equal("0; url=../../briefs/svalbard-legal-status/index.html", moved.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("https://example.org/briefings/briefs/svalbard-legal-status/index.html", moved.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", moved.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            // A reader whose browser does not follow the refresh has the link, titled as the page is.
            var link = moved.QuerySelector("body a")!;
            Assert.Equal("Svalbard’s <status>", link.TextContent);
            Assert.True(site.Has("briefs/svalbard-legal-status/index.html"));
            Assert.Equal("../../briefs/svalbard-legal-status/index.html", link.GetAttribute("href"));
        }
        Assert.Equal("../../actors/peru/index.html", site.Page("actors/republic-of-peru/index.html").QuerySelector("body a")!.GetAttribute("href"));
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(site.Output.Text("sitemap.xml")).Root!.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")!.Value).ToList();
        Assert.DoesNotContain(locs, loc => loc.Contains("svalbard-status") || loc.Contains("republic-of-peru"));
        Assert.Contains("https://example.org/briefings/briefs/svalbard-legal-status/index.html", locs);
        // Its feed entry keeps the id it was first published with, so a feed reader does not show it again as new.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(site.Output.Text("feed.xml")).Root!.Element(atom + "entry")!;
        Assert.Equal("https://example.org/briefings/briefs/svalbard-status/index.html", entry.Element(atom + "id")!.Value);
        Assert.Equal("https://example.org/briefings/briefs/svalbard-legal-status/index.html", entry.Element(atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Without_base_url_the_old_address_has_no_canonical_and_a_left_out_draft_leaves_none()
    {
        var site = TestSite.Build(Source + Brief("a", "former_ids: [old-a]") + Brief("d", "draft: true\nformer_ids: [old-d]")).AssertClean();
        Assert.Null(site.Page("briefs/old-a/index.html").QuerySelector("link[rel=canonical]"));
        Assert.False(site.Has("briefs/old-d/index.html"));
        Assert.True(TestSite.Build(Source + Brief("a") + Brief("d", "draft: true\nformer_ids: [old-d]"), new BuildOptions { IncludeDrafts = true }).Has("briefs/old-d/index.html"));
    }

    [Theory]
    [InlineData("former_ids: [b]", "content/briefs/a.md:5:14", "'b' in 'former_ids' is the id of a brief now, and ids are unique across the four kinds; remove it, or rename that brief")]
    [InlineData("former_ids: [a]", "content/briefs/a.md:5:14", "'a' is this document's own id, not a former one; remove it from 'former_ids'")]
    [InlineData("former_ids: [notes]", "content/briefs/a.md:5:14", "'notes' in 'former_ids' is reserved for the site's own pages and anchors, so no document ever had it; remove it")]
    public void A_former_id_that_is_an_address_the_site_uses_is_refused_at_its_place(string frontMatter, string at, string message)
    {
        var check = TestSite.Check(Source + Brief("a", frontMatter) + Brief("b"));
        Assert.Equal(message, DiagnosticAssert.At(check.Diagnostics, "BG3012", at).Message);
    }

    [Fact]
    public void Two_documents_claiming_one_former_id_and_a_link_to_a_former_id_are_told_what_to_write()
    {
        var check = TestSite.Check(Source + Brief("a", "former_ids: [old]") + Brief("b", "former_ids: [old]") + Brief("c", body: "See [[old]] [@bbc]. And [[old#background]]."));
        // At both places, as a duplicate id is.
        Assert.Equal("'old' in 'former_ids' is a former id of 'a' too; it can send readers to one of them only: remove it here or there",
            DiagnosticAssert.At(check.Diagnostics, "BG3012", "content/briefs/b.md:5:14").Message);
        Assert.Equal("'old' in 'former_ids' is a former id of 'b' too; it can send readers to one of them only: remove it here or there",
            DiagnosticAssert.At(check.Diagnostics, "BG3012", "content/briefs/a.md:5:14").Message);
        Assert.Equal("[[old]] links to an unknown id; 'old' is a former id of 'a': write [[a]]", DiagnosticAssert.At(check.Diagnostics, "BG3003", "content/briefs/c.md:7:5").Message);
        Assert.Equal("[[old#background]] links to an unknown id; 'old' is a former id of 'a': write [[a#background]]", DiagnosticAssert.At(check.Diagnostics, "BG3003", "content/briefs/c.md:7:25").Message);
        // A citation of a renamed source's old id names the new one, which is not also said to be uncited.
        var cited = TestSite.Check("-- content/sources/bbc-news.md --\n---\ntitle: BBC\nformer_ids: [bbc]\n---\n" + Brief("c", body: "Text [@bbc]."));
        Assert.Equal("unknown source 'bbc'; 'bbc' is a former id of 'bbc-news': write 'bbc-news'", DiagnosticAssert.At(cited.Diagnostics, "BG3004", "content/briefs/c.md:7:7").Message);
        DiagnosticAssert.None(cited.Diagnostics, "BG3005");
        // Linked by path, the old address is a page of the site, but one that only sends the reader on.
        var byPath = TestSite.Check(Source + Brief("a", "former_ids: [old]") + Brief("c", body: "See [it](../old/index.html) [@bbc]."));
        Assert.Equal("link address '../old/index.html' leads to the old address of 'a', renamed (its former_ids), which only sends the reader on; link to it with [[a]]",
            DiagnosticAssert.At(byPath.Diagnostics, "BG4010", "content/briefs/c.md:7:5").Message);
    }
}
