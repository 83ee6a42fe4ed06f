using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// What each document page shows, as document ids: it mirrors the page models in
/// <see cref="SitePages"/>. It lists the documents whose fields appear on the page, not the ones
/// consulted to choose them: when the choice changes, the set changes, and that is a change too.
/// </summary>
public sealed class PageDependencies(SiteGraph graph)
{
    /// <param name="related">The related briefs the page lists (see <see cref="SitePages"/>).</param>
    public IEnumerable<string> Brief(Brief brief, IEnumerable<Brief> related) => Own(brief)
        .Concat(brief.Actors.Select(a => a.Id))
        .Concat(brief.Events.SelectMany(e => graph.Get<Event>(e.Id) is { } listed ? EventView(listed) : [e.Id]))
        .Concat(related.Select(b => b.Id));

    public IEnumerable<string> Actor(Actor actor) => Own(actor)
        .Concat(actor.Roles.Select(r => r.Of?.Id).Append(actor.Country?.Id).OfType<string>())
        .Concat(graph.BacklinksOf(actor.Id).Select(d => d.Id))
        .Concat(graph.EventsOf(actor.Id).SelectMany(EventView));

    public IEnumerable<string> Event(Event e)
    {
        var neighbours = Neighbours(graph.Events, e).ToList();
        foreach (var actor in e.Actors)
            neighbours.AddRange(Neighbours(graph.EventsOf(actor.Id), e));
        return Own(e).Concat(EventView(e)).Concat(graph.BacklinksOf(e.Id).Select(d => d.Id)).Concat(neighbours.SelectMany(EventView));
    }

    public IEnumerable<string> Source(Source source) => Own(source)
        .Concat(graph.BacklinksOf(source.Id).Select(d => d.Id))
        .Concat(graph.CitationsOf(source.Id).Select(c => c.Page.Id));

    public IEnumerable<string> Tag(string tag) => graph.Tagged[tag].SelectMany(d => d is Event e ? EventView(e) : [d.Id]);

    /// <summary>A timeline of these events, with the filter links it shows (actor ids and <see cref="TagKey"/>s).</summary>
    public IEnumerable<string> Timeline(IEnumerable<Event> events, IEnumerable<string> filters) => events.SelectMany(EventView).Concat(filters);

    /// <summary>A tag as a dependency: tags are not documents, so this never has a version, but a page listing it changes when the list does.</summary>
    public static string TagKey(string tag) => "tag:" + tag;

    /// <summary>The document, what its body links to and the sources it cites (its reference list).</summary>
    private IEnumerable<string> Own(Document document)
    {
        yield return document.Id;
        if (graph.Bodies.TryGetValue(document.Id, out var body))
            foreach (var link in body.Links) yield return link.TargetId;
        if (graph.Citations.TryGetValue(document.Id, out var plan))
            foreach (var reference in plan.References) yield return reference.Source.Id;
    }

    /// <summary>An event as lists show it: with its actors and the briefs about it.</summary>
    private IEnumerable<string> EventView(Event e) =>
        e.Actors.Select(a => a.Id).Prepend(e.Id).Concat(graph.BriefsAbout(e).Select(b => b.Id));

    private IEnumerable<Event> Neighbours(IReadOnlyList<Event> sequence, Event e)
    {
        var index = SitePages.IndexOf(sequence, e, graph.Chronology);
        if (index > 0) yield return sequence[index - 1];
        if (index >= 0 && index < sequence.Count - 1) yield return sequence[index + 1];
    }
}
