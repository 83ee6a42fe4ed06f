using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// What each page shows, as document ids: it mirrors the page models in <see cref="SitePages"/>.
/// It lists the documents whose fields appear on the page, not the ones consulted to choose them:
/// when the choice changes, the set changes, and that is a change too. A page shows its own
/// document whole; of any other it shows the <see cref="Listed"/> part, which a change of prose
/// leaves as it was.
/// </summary>
public sealed class PageDependencies(SiteGraph graph)
{
    private const string ListedSuffix = "#listed";

    /// <summary>A document as other pages and the site-wide files show it: its front matter, and what its body links to and cites.</summary>
    public static string Listed(string id) => id + ListedSuffix;

    /// <summary>A tag as a dependency: tags are not documents, so this never has a version, but a page listing it changes when the list does.</summary>
    public static string TagKey(string tag) => "tag:" + tag;

    /// <param name="related">The related briefs the page lists (see <see cref="SitePages"/>).</param>
    public IEnumerable<string> Brief(Brief brief, IEnumerable<Brief> related) => Own(brief)
        .Concat(brief.Actors.Select(a => Listed(a.Id)))
        .Concat(brief.Events.Select(e => Listed(e.Id))).Concat(graph.EventsOf(brief).SelectMany(EventView))
        .Concat(related.Select(b => Listed(b.Id)));

    public IEnumerable<string> Actor(Actor actor) => Own(actor)
        .Concat(actor.Roles.Select(r => r.Of?.Id).Append(actor.Country?.Id).OfType<string>().Select(Listed))
        .Concat(graph.BacklinksOf(actor.Id).Select(d => Listed(d.Id)))
        .Concat(graph.EventsOf(actor.Id).SelectMany(EventView));

    public IEnumerable<string> Event(Event e)
    {
        var neighbours = Neighbours(graph.Events, e).ToList();
        foreach (var actor in graph.ActorsOf(e))
            neighbours.AddRange(Neighbours(graph.EventsOf(actor), e));
        // Its page names every actor, not only the few a list shows (EventView): a seventh actor's new name went unseen.
        return Own(e).Concat(EventView(e)).Concat(e.Actors.Select(a => Listed(a.Id))).Concat(graph.BacklinksOf(e.Id).Select(d => Listed(d.Id)))
            .Concat(neighbours.SelectMany(EventView));
    }

    public IEnumerable<string> Source(Source source) => Own(source)
        .Concat(graph.BacklinksOf(source.Id).Select(d => Listed(d.Id)))
        .Concat(graph.CitationsOf(source.Id).Select(c => Listed(c.Page.Id)));

    /// <summary>
    /// A page of a tag's list: its briefs and events as listed, how many the tag has of each (the
    /// lede, the pager, which list goes on), and whether any of its briefs is published, which
    /// decides whether every page of it announces the tag's feed, or is kept from search engines.
    /// </summary>
    public IEnumerable<string> Tag(string tag, IEnumerable<Brief> page, IEnumerable<Event> events, IReadOnlyList<Brief> allBriefs, int eventCount) =>
        page.Select(b => Listed(b.Id)).Concat(events.SelectMany(EventView))
            .Append($"{TagKey(tag)} briefs={allBriefs.Count} published={allBriefs.Any(b => !b.Draft)} events={eventCount}");

    /// <summary>A timeline of these events, with the actors its picture names lanes after, those of its filter lists, the tags, and the actor it is about, if any.</summary>
    public IEnumerable<string> Timeline(IReadOnlyList<Event> events, IEnumerable<Actor> filterActors, IEnumerable<string> filterTags, Actor? about) =>
        events.SelectMany(EventView).Concat(TimelinePicture.LaneActors(events, graph).Select(Listed))
            .Concat(filterActors.Append(about).OfType<Actor>().Select(a => Listed(a.Id))).Concat(filterTags.Select(TagKey));

    /// <summary>
    /// A later page of a timeline: its events and the one before them (whose year and month it may
    /// go on), the filter lists, and how many events the timeline has; the first page, with the
    /// picture of them all, is <see cref="Timeline"/>.
    /// </summary>
    public IEnumerable<string> TimelinePage(IEnumerable<Event> page, int count, IEnumerable<Actor> filterActors, IEnumerable<string> filterTags, Actor? about) =>
        page.SelectMany(EventView).Concat(filterActors.Append(about).OfType<Actor>().Select(a => Listed(a.Id))).Concat(filterTags.Select(TagKey)).Append($"timeline events={count}");

    /// <summary>The home page: the briefs, key actors (in their order, which other documents decide) and events it lists, and the counts.</summary>
    public IEnumerable<string> Home(IEnumerable<Brief> briefs, IReadOnlyList<Actor> keyActors, IEnumerable<Event> events) => briefs.Select(b => Listed(b.Id))
        .Concat(keyActors.Select(a => Listed(a.Id))).Append("key actors:" + string.Join(' ', keyActors.Select(a => a.Id)))
        .Concat(events.SelectMany(EventView)).Concat(Counts());

    /// <summary>
    /// A page of the brief list: its briefs as listed, and how many there are (the lede, the pager).
    /// A page of a list shows its own entries only: with every page naming the whole list, serve's
    /// memory of who shows what grew as the square of the list, 9 million names at 10,000 briefs.
    /// Which entries fall on the page follows from the list's order, which the build memory watches.
    /// </summary>
    public IEnumerable<string> BriefList(Range page) => graph.Briefs.Take(page).Select(b => Listed(b.Id)).Append($"briefs={graph.Briefs.Count}");

    /// <summary>briefs.json: every brief with the ids of its events in date order, which an edit of an event alone can change.</summary>
    public IEnumerable<string> BriefsExport() => graph.Briefs.SelectMany(b => Positions(b.Id + " events", graph.EventsOf(b)).Prepend(Listed(b.Id)));

    /// <summary>A page of the actor list: its actors as listed, and how many of each kind there are (the jump links, where a kind goes on).</summary>
    public IEnumerable<string> Actors(IEnumerable<Actor> page, string kinds) => page.Select(a => Listed(a.Id)).Append("actor kinds: " + kinds);

    /// <summary>A page of the event list: its events as listed, and how many there are.</summary>
    public IEnumerable<string> Events(Range page) => graph.Events.Take(page).SelectMany(EventView).Append($"events={graph.Events.Count}");

    /// <summary>The tag index: each tag with how many documents carry it.</summary>
    /// <summary>A page of the tag list: its tags with their counts, and how many tags there are (the lede, the pager).</summary>
    public IEnumerable<string> Tags(IEnumerable<string> page, int count) => page.Select(t => $"{TagKey(t)}={graph.Tagged[t].Count}").Append($"tags={count}");

    /// <summary>
    /// A page of a source index: its sources with the pages that cite them, and what every page of
    /// it shows of the whole (how many sources, how many cited, its groups and where each begins).
    /// </summary>
    public IEnumerable<string> Sources(IEnumerable<string> page, string whole) =>
        page.SelectMany(id => graph.CitationsOf(id).Select(c => Listed(c.Page.Id)).Prepend(Listed(id))).Append("sources: " + whole);

    public IEnumerable<string> Counts() =>
        [$"briefs={graph.Briefs.Count}", $"actors={graph.Actors.Count}", $"events={graph.Events.Count}", $"sources={graph.Sources.Count}"];

    /// <summary>An Atom feed: its briefs as lists show them, its title, and the time it gives when it has no entry.</summary>
    public static IEnumerable<string> Feed(Exports.Feed feed, DateTimeOffset whenEmpty) =>
        feed.Briefs.Select(b => Listed(b.Id)).Append("feed title:" + feed.Title).Append("feed time:" + whenEmpty.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Which documents there are and how they relate (ids, dates, links, tags, actors, events), not
    /// what titles or prose say: its version changes whenever any document's shape does.
    /// </summary>
    public const string Shape = "shape of the site";

    /// <summary>The sitemap: every page, with the dates of briefs, in path order (a title, which orders lists, does not order it).</summary>
    public static IEnumerable<string> Sitemap() => [Shape];

    /// <summary>events.json: every event with the ids of the briefs about it, in their order.</summary>
    public IEnumerable<string> EventsExport() => graph.Events.SelectMany(e => Positions(e.Id, graph.BriefsAbout(e)).Prepend(Listed(e.Id)));

    /// <summary>TimelineJS's data: each event, and the actor whose name is its group (the first it names, listed or linked).</summary>
    public IEnumerable<string> TimelineExport() => graph.Events.SelectMany(e => graph.ActorsOf(e).Take(1).Select(Listed).Prepend(Listed(e.Id)));

    public IEnumerable<string> CalendarExport(DateTimeOffset stamp) =>
        graph.Events.Select(e => Listed(e.Id)).Append("calendar time:" + stamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>actors.json: every actor with the ids of the briefs naming it and of its events, in their order.</summary>
    public IEnumerable<string> ActorsExport() => graph.Actors.SelectMany(a =>
        Positions(a.Id + " briefs", graph.BriefsNaming(a)).Concat(Positions(a.Id + " events", graph.EventsOf(a.Id))).Prepend(Listed(a.Id)));

    /// <summary>sources.json: every source, as its front matter says.</summary>
    public IEnumerable<string> SourcesExport() => graph.Sources.Select(s => Listed(s.Id));

    /// <summary>Where each document stands in a list another shows by id: a different list or order is a different set.</summary>
    private static IEnumerable<string> Positions(string list, IEnumerable<Document> documents) => documents.Select((d, i) => $"{list}[{i}]={d.Id}");

    /// <summary>The document, what its body links to and the sources it cites (its reference list).</summary>
    private IEnumerable<string> Own(Document document)
    {
        yield return document.Id;
        if (graph.Bodies.TryGetValue(document.Id, out var body))
            foreach (var link in body.Links) yield return Listed(link.TargetId);
        if (graph.Citations.TryGetValue(document.Id, out var plan))
            foreach (var reference in plan.References) yield return Listed(reference.Source.Id);
    }

    /// <summary>An event as lists show it: with the first few of its actors and of the briefs about it, and how many more there are.</summary>
    private IEnumerable<string> EventView(Event e)
    {
        var actors = graph.ActorsOf(e);
        var briefs = graph.BriefsAbout(e).ToList();
        return actors.Take(ViewFactory.Shown(actors.Count)).Prepend(e.Id).Concat(briefs.Take(ViewFactory.Shown(briefs.Count)).Select(b => b.Id))
            .Select(Listed).Append($"briefs about {e.Id}={briefs.Count}");
    }

    private IEnumerable<Event> Neighbours(IReadOnlyList<Event> sequence, Event e)
    {
        var (previous, next) = graph.Chronology.Around(sequence, e);
        return new[] { previous, next }.OfType<Event>();
    }
}
