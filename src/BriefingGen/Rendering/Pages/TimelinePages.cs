using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// The site-wide timeline and its filtered copies, one static page per actor and per tag, so
/// filtering works without a server or JavaScript.
/// </summary>
public static class TimelinePages
{
    public const int MaxActorFilters = 30;
    public const int MaxTagFilters = 40;

    public static IEnumerable<PageSpec> Plan(SiteGraph graph, ViewFactory views)
    {
        var actorsWithEvents = graph.Actors.Where(a => graph.EventsOf(a.Id).Count > 0).ToList();
        var tagsWithEvents = graph.Tagged.Where(t => t.Value.OfType<Event>().Any()).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        // Every actor has a filtered timeline (linked from its page); the filter list shows the busiest
        // ones, so its size does not grow with the number of actors on every timeline page.
        // graph.Actors is in name order and LINQ's sorts are stable, so ties and the list shown keep that order.
        var busiest = actorsWithEvents.OrderByDescending(a => graph.EventsOf(a.Id).Count).Take(MaxActorFilters).ToHashSet();
        var filterActors = actorsWithEvents.Where(busiest.Contains).ToList();
        var actorFilters = filterActors.Select(a => new LinkView(ViewFactory.ActorTimelineUrl(a.Id), a.Name)).ToList();
        var filterTags = tagsWithEvents.OrderByDescending(t => graph.Tagged[t].Count).ThenBy(t => t, StringComparer.Ordinal)
            .Take(MaxTagFilters).Order(StringComparer.Ordinal).ToList();
        var tagFilters = filterTags.Select(t => new LinkView(ViewFactory.TagTimelineUrl(t), t)).ToList();
        var shows = new PageDependencies(graph);
        var all = new LinkView("timeline/index.html", "All events");

        var size = graph.Config.Paginate;

        foreach (var page in Pages("timeline/index.html", "Timeline", null, graph.Events)) yield return page;
        foreach (var actor in actorsWithEvents)
            foreach (var page in Pages(ViewFactory.ActorTimelineUrl(actor.Id), $"Timeline: {actor.Name}", all, graph.EventsOf(actor.Id), actor)) yield return page;
        foreach (var tag in tagsWithEvents)
            foreach (var page in Pages(ViewFactory.TagTimelineUrl(tag), $"Timeline: tagged “{tag}”", all, graph.Tagged[tag].OfType<Event>().Order(graph.Chronology).ToList(), tagged: tag))
                yield return page;

        // A timeline's events go on pages as the indexes' entries do; the picture of them all is on the first.
        IEnumerable<PageSpec> Pages(string first, string heading, LinkView? clear, IReadOnlyList<Event> events, Actor? about = null, string? tagged = null)
        {
            var description = $"{(events.Count == 1 ? "One event" : $"{SitePages.Counted(events.Count, "event")} in the order they happened")}{(about is null ? "" : $", involving {about.Name}")}{(tagged is null ? "" : $", tagged “{tagged}”")}.";
            foreach (var (path, entries, pager) in Pagination.Split(first, events.Count, size))
            {
                var title = Pagination.Title(heading, pager);
                yield return new(path, "timeline", title, "timeline", root =>
                {
                    var (picture, countedPer) = pager.Number == 1 ? TimelinePicture.Render(events, graph, root, heading, YearPages(first, events, size)) : (TrustedHtml.Empty, null);
                    var start = entries.Start.Value;
                    return new TimelinePage(title, clear, views.ByYearAndMonth(events.Take(entries), start > 0 ? events[start - 1] : null), picture, countedPer,
                        actorFilters, tagFilters, events.Count, pager);
                }, Pagination.Description(description, pager))
                {
                    Pager = pager,
                    Anchored = () => events.Take(entries).Select(e => e.Id),
                    // The filter lists change with the events of the whole site: their choice is part of what every timeline page shows.
                    DependsOn = () => pager.Number == 1 ? shows.Timeline(events, filterActors, filterTags, about)
                        : shows.TimelinePage(events.Take((entries.Start.Value - 1)..entries.End.Value), events.Count, filterActors, filterTags, about),
                };
            }
        }
    }

    /// <summary>Where each year begins in a timeline's pages ("timeline/page-3.html#year_2022"), by year.</summary>
    private static Func<int, string> YearPages(string first, IReadOnlyList<Event> events, int size)
    {
        var begins = new Dictionary<int, int>();
        for (var i = 0; i < events.Count; i++) begins.TryAdd(events[i].Date.Year, i);
        return year => $"{Pagination.PathOf(first, Pagination.PageOf(begins[year], size))}#{ViewFactory.YearAnchor(year)}";
    }
}
