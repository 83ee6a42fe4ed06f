using System.Globalization;
using System.Xml;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// sitemap.xml (sitemaps.org protocol 0.9): the absolute address of every HTML page but the 404
/// page, with lastmod where the page has a date of its own (a brief's updated or publication day).
/// The protocol allows 50,000 addresses in one file; a larger site gets sitemap-1.xml, sitemap-2.xml, …
/// beside it (a sitemap may list only addresses under its own folder: sitemaps/1.xml could not list briefs/…),
/// and sitemap.xml becomes the index that lists them.
/// </summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";
    public const int ProtocolLimit = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Site-relative page paths, in the order they are listed.</param>
    /// <returns>The files to write, by site-relative path.</returns>
    public static IEnumerable<(string Path, byte[] Bytes)> Write(SiteConfig site, IReadOnlyList<string> pages,
        IReadOnlyDictionary<string, Document> subjects, int maxUrlsPerFile = ProtocolLimit)
    {
        if (pages.Count <= maxUrlsPerFile)
        {
            yield return (Path, UrlSet(site, pages, subjects));
            yield break;
        }
        var parts = pages.Chunk(maxUrlsPerFile).Select((chunk, i) => (Path: $"sitemap-{i + 1}.xml", Pages: chunk)).ToList();
        foreach (var part in parts) yield return (part.Path, UrlSet(site, part.Pages, subjects));
        yield return (Path, XmlText.Document(xml =>
        {
            xml.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var part in parts)
            {
                xml.WriteStartElement("sitemap", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, Absolute(site, part.Path));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));
    }

    private static byte[] UrlSet(SiteConfig site, IEnumerable<string> pages, IReadOnlyDictionary<string, Document> subjects) => XmlText.Document(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNamespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, Absolute(site, page));
            if (subjects.GetValueOrDefault(page) is Brief brief)
                xml.WriteElementString("lastmod", SitemapNamespace, brief.Modified.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static string Absolute(SiteConfig site, string path) => XmlText.Safe(site.AbsoluteUrl(path) ?? throw new InvalidOperationException("a sitemap needs base_url"));
}
