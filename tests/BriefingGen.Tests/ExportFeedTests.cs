using System.Xml.Linq;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// The Atom feeds and the sitemap as the programs that read them see them: each document byte for
/// byte (XML declaration, no BOM, a final newline), which feeds exist, and which briefs a full feed keeps.
/// </summary>
public class ExportFeedTests
{
    private const string BaseUrl = "https://example.org/watch/";
    private static readonly XNamespace Atom = AtomRules.Atom;

    /// <summary>Earlier than every brief below, so a feed dated by it rather than by its briefs shows.</summary>
    private static readonly BuildOptions Stamped = new() { Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) };

    private const string SpanishSite = """
        -- content/site.yml --
        title: Andes Watch
        description: Briefings on the Andes.
        language: es
        author: Lima Desk
        base_url: https://example.org/watch/
        """ + "\n";

    /// <summary>Two briefs tagged "asylum" (one corrected later), one untagged and newer, and an actor no brief names.</summary>
    private static readonly string TaggedSite = SpanishSite + Source + Actors
        + Brief("a", "tags: [asylum]\nactors: [peru]\nauthors: [Ana Ruiz]", date: "2025-01-05")
        + Brief("b", "tags: [asylum]\nupdated: 2025-03-01", date: "2025-02-01")
        + Brief("c", date: "2025-06-01");

    /// <summary>The text of an XML export, after checking its first bytes are the declaration itself (no BOM before it).</summary>
    private static string Xml(byte[] bytes)
    {
        Assert.Equal("<?xml "u8.ToArray(), bytes[..6]);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static string Xml(TestSite site, string path) => Xml(site.Output.Files[path]);

    [Fact]
    public void A_site_without_briefs_has_a_feed_with_its_language_subtitle_links_and_the_build_time()
    {
        var site = TestSite.Build(SpanishSite, Stamped).AssertClean();
        Assert.Equal("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xml:lang="es" xmlns="http://www.w3.org/2005/Atom">
              <id>https://example.org/watch/feed.xml</id>
              <title>Andes Watch</title>
              <subtitle>Briefings on the Andes.</subtitle>
              <updated>2023-11-14T22:13:20Z</updated>
              <link rel="self" type="application/atom+xml" href="https://example.org/watch/feed.xml" />
              <link rel="alternate" type="text/html" href="https://example.org/watch/index.html" />
              <author>
                <name>Lima Desk</name>
              </author>
              <generator>BriefingGen</generator>
            </feed>
            """ + "\n", Xml(site, "feed.xml"));
    }

    [Fact]
    public void A_tag_feed_is_titled_by_its_tag_dated_by_its_newest_entry_and_lists_entries_side_by_side()
    {
        var site = TestSite.Build(TaggedSite, Stamped).AssertClean();
        Assert.Empty(AtomRules.Errors(Xml(site, "tags/asylum/feed.xml")));
        Assert.Equal("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xml:lang="es" xmlns="http://www.w3.org/2005/Atom">
              <id>https://example.org/watch/tags/asylum/feed.xml</id>
              <title>Andes Watch: tagged “asylum”</title>
              <subtitle>Briefings on the Andes.</subtitle>
              <updated>2025-03-01T00:00:00Z</updated>
              <link rel="self" type="application/atom+xml" href="https://example.org/watch/tags/asylum/feed.xml" />
              <link rel="alternate" type="text/html" href="https://example.org/watch/tags/asylum/index.html" />
              <author>
                <name>Lima Desk</name>
              </author>
              <generator>BriefingGen</generator>
              <entry>
                <id>https://example.org/watch/briefs/b/index.html</id>
                <title>Brief b</title>
                <link rel="alternate" type="text/html" href="https://example.org/watch/briefs/b/index.html" />
                <published>2025-02-01T00:00:00Z</published>
                <updated>2025-03-01T00:00:00Z</updated>
                <category term="asylum" />
                <summary>Summary of b.</summary>
              </entry>
              <entry>
                <id>https://example.org/watch/briefs/a/index.html</id>
                <title>Brief a</title>
                <link rel="alternate" type="text/html" href="https://example.org/watch/briefs/a/index.html" />
                <published>2025-01-05T00:00:00Z</published>
                <updated>2025-01-05T00:00:00Z</updated>
                <author>
                  <name>Ana Ruiz</name>
                </author>
                <category term="asylum" />
                <summary>Summary of a.</summary>
              </entry>
            </feed>
            """ + "\n", Xml(site, "tags/asylum/feed.xml"));
    }

    [Fact]
    public void Only_actors_named_by_a_brief_get_a_feed_titled_by_their_name()
    {
        var site = TestSite.Build(TaggedSite, Stamped).AssertClean();
        Assert.Equal(["actors/peru/feed.xml", "feed.xml", "tags/asylum/feed.xml"],
            site.Output.Files.Keys.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var peru = XDocument.Parse(Xml(site, "actors/peru/feed.xml")).Root!;
        Assert.Equal("Andes Watch: Peru", peru.Element(Atom + "title")!.Value);
        Assert.Equal(["Brief a"], peru.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Empty(site.Page("actors/pedro-castillo/index.html").QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"));
    }

    [Fact]
    public void When_more_briefs_than_a_feed_holds_share_a_day_the_newest_published_are_kept()
    {
        // A correction sweep: every brief updated on one day, so the publication date decides which 50 stay.
        var count = Rendering.Exports.Feed.MaxEntries + 1;
        var briefs = string.Concat(Enumerable.Range(1, count).Select(i =>
            Brief($"b{i:D2}", "updated: 2026-01-01\ntags: [sweep]", date: $"2025-{1 + i / 28:D2}-{1 + i % 28:D2}")));
        var site = TestSite.Build(SpanishSite + Source + briefs, Stamped).AssertClean();

        // The site feed meets its briefs newest first, the tag feed oldest first (by id): each keeps the same 50.
        foreach (var feed in new[] { "feed.xml", "tags/sweep/feed.xml" })
        {
            var titles = XDocument.Parse(Xml(site, feed)).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
            Assert.Equal(Enumerable.Range(2, count - 1).Reverse().Select(i => $"Brief b{i:D2}"), titles);
        }
    }

    [Theory]
    // Front matter refuses noncharacters and YAML lone surrogates; text is still made safe for XML,
    // which may hold neither (XmlWriter threw), keeping characters beyond the basic plane whole:
    // an emoji first (nothing before it to look back at), and one after a character that is replaced.
    [InlineData("😀 first", "😀 first")]
    [InlineData("\uFFFF then 😀 and 🇵🇪", "\uFFFD then 😀 and 🇵🇪")]
    // Half a surrogate pair, as a string: an attribute's text cannot hold one.
    [InlineData("A {0} B {1} \uFFFE", "A \uFFFD B \uFFFD \uFFFD")]
    public void Text_xml_cannot_carry_is_replaced_and_pairs_survive(string text, string safe) =>
        Assert.Equal(safe, Rendering.Exports.XmlText.Safe(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, '\uD800', '\uDFFF')));

    [Fact]
    public void The_sitemap_splits_only_past_its_limit()
    {
        var site = TestSite.Build(TaggedSite, Stamped).AssertClean();
        var graph = site.Result.Graph!;
        var built = Xml(site, "sitemap.xml");
        var pages = XDocument.Parse(built).Root!.Elements().Select(u => u.Elements().First().Value[BaseUrl.Length..]).ToList();
        var subjects = graph.Documents.Values.ToDictionary(d => d.Url);

        var atLimit = Rendering.Exports.Sitemap.Write(graph.Config, pages, subjects, maxUrlsPerFile: pages.Count).ToList();
        Assert.Equal(["sitemap.xml"], atLimit.Select(f => f.Path));
        Assert.Equal(built, Xml(atLimit[0].Bytes));

        var pastLimit = Rendering.Exports.Sitemap.Write(graph.Config, pages, subjects, maxUrlsPerFile: pages.Count - 1).ToList();
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"], pastLimit.Select(f => f.Path));
        Assert.Equal("""
            <?xml version="1.0" encoding="utf-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap>
                <loc>https://example.org/watch/sitemap-1.xml</loc>
              </sitemap>
              <sitemap>
                <loc>https://example.org/watch/sitemap-2.xml</loc>
              </sitemap>
            </sitemapindex>
            """ + "\n", Xml(pastLimit[^1].Bytes));
        Assert.Equal($"""
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url>
                <loc>{BaseUrl}{pages[^1]}</loc>
              </url>
            </urlset>
            """ + "\n", Xml(pastLimit[1].Bytes));
    }
}
