using System.Collections.Concurrent;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// Turns graph documents into the views templates show. Views are immutable and the same on every
/// page (addresses are site-relative), so each brief's, event's and source's view is made once per build and
/// shared by the pages that list it, from any thread: at 2,000 briefs an event appears on a dozen pages.
/// </summary>
public sealed class ViewFactory(SiteGraph graph)
{
    private readonly ConcurrentDictionary<Brief, BriefItem> _briefs = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Event, EventItem> _events = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Source, SourceEntry> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Source, TrustedHtml> _formatted = new(ReferenceEqualityComparer.Instance);

    public static string TagUrl(string tag) => $"tags/{tag}/index.html";

    public static string ActorTimelineUrl(string actorId) => $"timeline/actors/{actorId}/index.html";

    public static string TagTimelineUrl(string tag) => $"timeline/tags/{tag}/index.html";

    /// <summary>Anchors of the theme's own contain '_', which no id or tag can, so they never collide with an event's id.</summary>
    public static string YearAnchor(int year) => $"year_{year}";

    public static DateView Date(PartialDate date) => new(date.Iso, date.Display);

    public static WhenView When(Event e)
    {
        if (e.End is not { } end) return new(Date(e.Date), null, e.Circa, e.Date.Display, "");
        var (start, dash) = e.Date.StartOfPeriodTo(end);
        return new(Date(e.Date), Date(end), e.Circa, start, dash);
    }

    public static string? Period(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => $"from {f.Display}",
        (null, { } t) => $"until {t.Display}",
        // Held within one year, month or day: a range from it to itself read "2022 – 2022".
        ({ } f, { } t) when f == t => f.Display,
        ({ } f, { } t) => f.DisplayTo(t),
    };

    public LinkView? Link(string id) => graph.Documents.TryGetValue(id, out var d) ? new LinkView(d.Url, d.Title) : null;

    public IReadOnlyList<LinkView> Links(IEnumerable<string> ids) => ids.Select(Link).OfType<LinkView>().ToList();

    public static IReadOnlyList<LinkView> Tags(IEnumerable<Ref> tags) => tags.Select(t => new LinkView(TagUrl(t.Id), t.Id)).ToList();

    /// <summary>
    /// How many actors, briefs or tags an item in a list shows; the rest are counted ("and 212 more")
    /// and listed in full on the item's own page. Uncapped, every event on every timeline, tag and
    /// actor page listed every brief discussing it, so output grew with briefs × events × (actors +
    /// tags): 471 KB of content gave 647 MB of site.
    /// </summary>
    public const int MaxListedPerItem = 5;

    /// <summary>How many of so many links a list item shows.</summary>
    // "and 1 more" is longer than the one link it would hide, so a single extra is shown instead.
    public static int Shown(int count) => count <= MaxListedPerItem + 1 ? count : MaxListedPerItem;

    private static (IReadOnlyList<LinkView> Shown, int More) Capped(IReadOnlyList<LinkView> links)
    {
        var shown = Shown(links.Count);
        return shown == links.Count ? (links, 0) : (links.Take(shown).ToList(), links.Count - shown);
    }

    public BriefItem Brief(Brief b) => _briefs.GetOrAdd(b, MakeBrief);

    private static BriefItem MakeBrief(Brief b)
    {
        var (tags, moreTags) = Capped(Tags(b.Tags));
        return new(b.Id, b.Url, b.Title, Date(b.Date), b.Summary, tags, b.Draft, moreTags);
    }

    public static ActorItem Actor(Actor a) => new(a.Id, a.Url, a.Name, a.ActorKind, a.Summary);

    public EventItem Event(Event e) => _events.GetOrAdd(e, MakeEvent);

    private EventItem MakeEvent(Event e)
    {
        var (shownActors, moreActors) = Capped(Links(graph.ActorsOf(e)));
        var (shownBriefs, moreBriefs) = Capped(graph.BriefsAbout(e).Select(b => new LinkView(b.Url, b.Title)).ToList());
        return new(e.Id, e.Url, e.Title, When(e), e.Location, e.Summary, shownActors, shownBriefs, moreActors, moreBriefs);
    }

    public IReadOnlyList<ReferenceView> References(Document page) =>
        graph.Citations.TryGetValue(page.Id, out var plan)
            ? plan.References.Select(r => new ReferenceView(r.Source.Id, r.Number, Formatted(r.Source), r.Source.Url, r.Source.Quote,
                r.Backrefs.Select((b, i) => new BackrefView("#" + b.AnchorId, BackrefLabel(i, r.Backrefs.Count), b.Locator, b.Quote)).ToList())
                { Language = r.Source.Language }).ToList()
            : [];

    /// <summary>"↩" for a single back-link; "a", "b", … "z", "aa" when a source is cited several times, as notes are lettered.</summary>
    private static string BackrefLabel(int index, int count) => count == 1 ? "↩" : Markdown.NoteLetters.Of(index + 1);

    private TrustedHtml Formatted(Source s) => _formatted.GetOrAdd(s, CitationFormatter.Format);

    public SourceEntry Source(Source s) => _sources.GetOrAdd(s, MakeSource);

    private SourceEntry MakeSource(Source s) => new(s.Id, s.Url, Formatted(s), s.SourceKind, s.Publisher ?? "",
        graph.CitationsOf(s.Id).Select(c => new CitingPage($"{c.Page.Url}#ref-{s.Id}", c.Page.Title, c.Page.Kind.Noun(), c.Number)).ToList(), s.Quote)
    { Language = s.Language };

    /// <summary>Documents that link to this one and are not already listed as briefs or events.</summary>
    public IReadOnlyList<LinkView> Mentions(string id) =>
        graph.BacklinksOf(id).Where(d => d is Model.Actor or Model.Source).Select(d => new LinkView(d.Url, d.Title)).ToList();

    /// <param name="before">The event listed just before these, on an earlier page: a year or month it shares with the first of them is marked continued.</param>
    public IReadOnlyList<YearGroup> ByYearAndMonth(IEnumerable<Event> events, Event? before = null) =>
        events.GroupBy(e => e.Date.Year)
            .Select(year => new YearGroup(year.Key, YearAnchor(year.Key), year
                .GroupBy(e => e.Date.Month)
                .Select(month => new MonthGroup(
                    month.Key is { } m ? $"{month.First().Date.MonthName} {PartialDate.Shown(year.Key)}" : $"{PartialDate.Shown(year.Key)}, month not known",
                    month.Key is { } mm ? $"month_{year.Key}-{mm:D2}" : $"month_{year.Key}-unknown",
                    month.Select(Event).ToList(), before?.Date.Year == year.Key && before.Date.Month == month.Key))
                .ToList(), before?.Date.Year == year.Key))
            .ToList();
}
