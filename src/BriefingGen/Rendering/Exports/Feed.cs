using BriefingGen.Graph;
using BriefingGen.Model;
using BriefingGen.Rendering.Pages;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// One Atom feed of briefs: where it is written, what it is called, and the HTML pages that
/// announce it with &lt;link rel="alternate"&gt;.
/// </summary>
public sealed class Feed(string path, string title, IReadOnlyList<string> announcedOn, Func<IReadOnlyList<Brief>> latest)
{
    public const string SitePath = "feed.xml";

    private readonly Lazy<IReadOnlyList<Brief>> _briefs = new(latest);

    public string Path => path;

    public string Title => title;

    public IReadOnlyList<string> AnnouncedOn => announcedOn;

    /// <summary>
    /// The <see cref="MaxEntries"/> briefs changed most recently, newest first; chosen when first
    /// asked, since every page names its feeds but a serve rebuild writes few of them.
    /// </summary>
    public IReadOnlyList<Brief> Briefs => _briefs.Value;

    /// <summary>
    /// Entries per feed: the briefs changed most recently (published or corrected). A reader polls
    /// for what is new; a feed of every brief grows with the archive (at 100,000 briefs the site feed
    /// alone was tens of megabytes, fetched again on every poll).
    /// </summary>
    public const int MaxEntries = 50;

    /// <summary>
    /// The site's feed, and one per tag and per actor that some brief carries or names, beside
    /// that tag's or actor's page. A tag or actor without briefs gets none: its feed would stay empty.
    /// </summary>
    public static IReadOnlyList<Feed> Plan(SiteGraph graph)
    {
        var feeds = new List<Feed> { new(SitePath, graph.Config.Title, ["index.html", "briefs/index.html"], () => Latest(graph.Briefs)) };
        foreach (var (tag, documents) in graph.Tagged.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (documents.OfType<Brief>().Any(b => !b.Draft))
                feeds.Add(new Feed($"tags/{tag}/feed.xml", $"{graph.Config.Title}: tagged “{tag}”", [ViewFactory.TagUrl(tag)], () => Latest(documents.OfType<Brief>())));
        }
        foreach (var actor in graph.Actors)
        {
            // Latest sorts them itself, by a total order: not BriefsNaming, which sorts them first.
            var naming = graph.BacklinksOf(actor.Id);
            if (naming.OfType<Brief>().Any(b => !b.Draft))
                feeds.Add(new Feed($"actors/{actor.Id}/feed.xml", $"{graph.Config.Title}: {actor.Name}", [actor.Url], () => Latest(naming.OfType<Brief>())));
        }
        return feeds;
    }

    /// <summary>A draft, in a build that includes drafts for review, is not announced to subscribers.</summary>
    private static List<Brief> Latest(IEnumerable<Brief> briefs)
    {
        var latest = BestFew.Of(briefs.Where(b => !b.Draft), MaxEntries, ChangedLaterFirst.Instance);
        latest.Sort(NewestFirst.Instance);
        return latest;
    }

    /// <summary>The brief changed (published or corrected) later first, ties newest first: a total order.</summary>
    private sealed class ChangedLaterFirst : IComparer<Brief>
    {
        public static ChangedLaterFirst Instance { get; } = new();

        public int Compare(Brief? x, Brief? y)
        {
            var byChange = y!.Modified.FirstDay.CompareTo(x!.Modified.FirstDay);
            return byChange != 0 ? byChange : NewestFirst.Instance.Compare(x, y);
        }
    }
}
