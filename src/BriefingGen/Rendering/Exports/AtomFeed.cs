using System.Globalization;
using System.Xml;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of briefs, newest first. Needs the site's base_url: Atom ids and
/// links are absolute. Dates come from the briefs, never the clock: an entry is updated on its
/// <c>updated</c> date (else its publication date), the feed on its newest entry's.
/// </summary>
public static class AtomFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="whenEmpty">The feed's updated time when it has no entries (a site without briefs yet).</param>
    public static byte[] Write(SiteConfig site, Feed feed, DateTimeOffset whenEmpty)
    {
        string Absolute(string path) => site.AbsoluteUrl(path) ?? throw new InvalidOperationException("feeds need base_url");
        return XmlText.Document(xml =>
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, XmlText.Safe(site.Language));
            Text(xml, "id", Absolute(feed.Path));
            Text(xml, "title", feed.Title);
            if (site.Description is not null) Text(xml, "subtitle", site.Description);
            Text(xml, "updated", feed.Briefs.Count > 0
                ? Timestamp(feed.Briefs.Max(b => b.Modified))
                : whenEmpty.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            Link(xml, "self", "application/atom+xml", Absolute(feed.Path));
            Link(xml, "alternate", "text/html", Absolute(feed.AnnouncedOn[0]));
            // Entries without authors of their own fall back to the feed's (RFC 4287 §4.1.1).
            Author(xml, site.Author ?? site.Title);
            Text(xml, "generator", "BriefingGen");
            foreach (var brief in feed.Briefs)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                // An entry's id never changes (RFC 4287, 4.2.6): a renamed brief keeps the address it was first published at, so a reader's feed does not show it again as new.
                Text(xml, "id", Absolute(Document.UrlOf(brief.Kind, brief.FirstId)));
                Text(xml, "title", brief.Title);
                Link(xml, "alternate", "text/html", Absolute(brief.Url));
                Text(xml, "published", Timestamp(brief.Date));
                Text(xml, "updated", Timestamp(brief.Modified));
                // A brief is an entry of every feed of its tags and actors: its authors are named there up to a limit.
                foreach (var author in brief.Authors.Take(CitationFormatter.MostAuthorsNamedElsewhere)) Author(xml, author);
                foreach (var tag in brief.Tags)
                {
                    xml.WriteStartElement("category", AtomNamespace);
                    xml.WriteAttributeString("term", tag.Id);
                    xml.WriteEndElement();
                }
                Text(xml, "summary", Summary(brief));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }


    /// <summary>
    /// The summary, then the latest correction as the page prints it: a correction updates the
    /// entry, so readers see why; the earlier ones are counted, and on the page. Every correction,
    /// in each of the two hundred feeds a brief may be listed in, made 2.5 MB of content 525 MB of site.
    /// </summary>
    private static string Summary(Brief brief)
    {
        if (brief.Corrections.MaxBy(c => c.Date) is not { } latest) return brief.Summary;
        var earlier = brief.Corrections.Count - 1;
        return $"{brief.Summary}\n\nCorrection, {latest.Date.Display}: {latest.Text}"
            + (earlier == 0 ? "" : $"\n\n({earlier} earlier correction{(earlier == 1 ? "" : "s")} on the brief's page.)");
    }

    /// <summary>Atom wants a full RFC 3339 time; a brief has a day, so the day's start in UTC.</summary>
    private static string Timestamp(PartialDate date) => date.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Text(XmlWriter xml, string element, string text) => xml.WriteElementString(element, AtomNamespace, XmlText.Safe(text));

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", XmlText.Safe(href));
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", AtomNamespace);
        Text(xml, "name", name);
        xml.WriteEndElement();
    }
}
