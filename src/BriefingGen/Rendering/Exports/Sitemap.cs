using System.Globalization;
using System.Text;
using System.Xml;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// sitemap.xml (sitemaps.org protocol 0.9): the absolute address of every HTML page but the 404
/// page, with lastmod where the page has a date of its own (a brief's updated or publication day).
/// </summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Site-relative page paths, in the order they are listed.</param>
    public static byte[] Write(SiteConfig site, IEnumerable<string> pages, IReadOnlyDictionary<string, Document> subjects)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, XmlText.Safe(site.AbsoluteUrl(page) ?? throw new InvalidOperationException("a sitemap needs base_url")));
                if (subjects.GetValueOrDefault(page) is Brief brief)
                    xml.WriteElementString("lastmod", SitemapNamespace, (brief.Updated ?? brief.Date).FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
