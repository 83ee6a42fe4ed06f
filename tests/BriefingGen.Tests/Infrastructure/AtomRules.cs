using System.Globalization;
using System.Xml.Linq;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// The rules of RFC 4287 a feed reader relies on: a feed and each entry have exactly one id (an
/// absolute IRI), title and updated (an RFC 3339 time); every entry has an author, its own or the
/// feed's; links are absolute, and an entry without content has an alternate link; entries come
/// newest first.
/// </summary>
public static class AtomRules
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<string> Errors(string xml)
    {
        var errors = new List<string>();
        XElement feed;
        try
        {
            feed = XDocument.Parse(xml).Root!;
        }
        catch (System.Xml.XmlException e)
        {
            return [$"not well-formed XML: {e.Message}"];
        }
        if (feed.Name != Atom + "feed") return [$"root is {feed.Name}, not an Atom feed"];
        Required(feed, "feed", errors);
        if (feed.Elements(Atom + "link").All(l => l.Attribute("rel")?.Value != "self")) errors.Add("feed: no rel=self link");
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        DateTimeOffset? previous = null;
        foreach (var (entry, i) in feed.Elements(Atom + "entry").Select((e, i) => (e, i)))
        {
            var where = $"entry {i + 1}";
            Required(entry, where, errors);
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any()) errors.Add($"{where}: no author, and the feed has none");
            if (entry.Element(Atom + "content") is null && entry.Elements(Atom + "link").All(l => (l.Attribute("rel")?.Value ?? "alternate") != "alternate"))
                errors.Add($"{where}: neither content nor an alternate link");
            if (Time(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value) is { } date)
            {
                if (date > previous) errors.Add($"{where}: newer than the entry before it");
                previous = date;
            }
        }
        foreach (var link in feed.Descendants(Atom + "link"))
            if (!Uri.IsWellFormedUriString(link.Attribute("href")?.Value, UriKind.Absolute))
                errors.Add($"link href '{link.Attribute("href")?.Value}' is not absolute");
        return errors;
    }

    private static void Required(XElement element, string where, List<string> errors)
    {
        foreach (var name in new[] { "id", "title", "updated" })
            if (element.Elements(Atom + name).Count() != 1) errors.Add($"{where}: needs exactly one <{name}>");
        if (element.Element(Atom + "id")?.Value is { } id && !Uri.IsWellFormedUriString(id, UriKind.Absolute)) errors.Add($"{where}: id '{id}' is not an absolute IRI");
        if (element.Element(Atom + "updated")?.Value is { } updated && Time(updated) is null) errors.Add($"{where}: updated '{updated}' is not an RFC 3339 time");
        if (element.Element(Atom + "published")?.Value is { } published && Time(published) is null) errors.Add($"{where}: published '{published}' is not an RFC 3339 time");
    }

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
