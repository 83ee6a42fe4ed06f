using System.Collections.Concurrent;
using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>
/// Everything the site is made of, resolved: the published documents, their parsed bodies, and
/// every relation between them in both directions. Immutable once built, so pages can be
/// rendered in parallel, and it knows which pages a document affects (its back-links).
/// </summary>
public sealed class SiteGraph
{
    public required SiteConfig Config { get; init; }

    /// <summary>Every published document by id.</summary>
    public required IReadOnlyDictionary<string, Document> Documents { get; init; }

    public required IReadOnlyDictionary<string, ParsedBody> Bodies { get; init; }

    /// <summary>Newest first, then by id.</summary>
    public required IReadOnlyList<Brief> Briefs { get; init; }

    /// <summary>By name.</summary>
    public required IReadOnlyList<Actor> Actors { get; init; }

    /// <summary>The order of events (see <see cref="Graph.Chronology"/>), with this site's `after:` lists.</summary>
    public required Chronology Chronology { get; init; }

    /// <summary>Chronological (see <see cref="Graph.Chronology"/>).</summary>
    public required IReadOnlyList<Event> Events { get; init; }

    /// <summary>By first author (or title), then title.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    public required IReadOnlyDictionary<string, Source> SourcesById { get; init; }

    /// <summary>For each id, the documents that name it in front matter or link to it with [[id]].</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Document>> Backlinks { get; init; }

    /// <summary>For each actor, the events that name it, chronologically.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Event>> EventsByActor { get; init; }

    /// <summary>For each tag, the briefs and events carrying it.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Document>> Tagged { get; init; }

    /// <summary>For each document with a reference list, how its citations are numbered.</summary>
    public required IReadOnlyDictionary<string, CitationPlan> Citations { get; init; }

    /// <summary>Each former id (former_ids) of a published document, with the document's id now: its old address sends readers on.</summary>
    public required IReadOnlyDictionary<string, string> FormerIds { get; init; }

    /// <summary>For each source, every page that cites it (with the source's number there).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(Document Page, int Number)>> CitedIn { get; init; }

    public IReadOnlyList<Document> BacklinksOf(string id) => Backlinks.TryGetValue(id, out var list) ? list : [];

    public IReadOnlyList<Event> EventsOf(string actorId) => EventsByActor.TryGetValue(actorId, out var list) ? list : [];

    /// <summary>
    /// The ids of the actors a brief or event names, in its front matter or with a [[link]] in its
    /// text, the listed ones first: what its page, its lists' entries, its structured data and the
    /// data exports show as its actors, and (for an event) the actors whose timelines show it
    /// (<see cref="EventsByActor"/>). The actor's side, <see cref="BriefsNaming"/>, counts both ways
    /// of naming: with only the listed ones here, a brief was on an actor's page while its own page
    /// and data/briefs.json left the actor out.
    /// </summary>
    public IReadOnlyList<string> ActorsOf(Document document) =>
        _actorsOf.GetOrAdd(document, d => [.. ActorsOf(d, Bodies.GetValueOrDefault(d.Id) ?? ParsedBody.Empty, Documents)]);

    /// <summary>The actors themselves of <see cref="ActorsOf(Document)"/>.</summary>
    public IEnumerable<Actor> NamedActors(Document document) => ActorsOf(document).Select(id => (Actor)Documents[id]);

    // Asked for by each page and export that shows a document (an event's, in every list it is in), from both cores.
    private readonly ConcurrentDictionary<Document, string[]> _actorsOf = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Brief, Event[]> _eventsOf = new(ReferenceEqualityComparer.Instance);

    internal static IEnumerable<string> ActorsOf(Document document, ParsedBody body, IReadOnlyDictionary<string, Document> documents) =>
        Named<Actor>(document switch { Brief b => b.Actors, Event e => e.Actors, _ => [] }, body, documents);

    /// <summary>The events a brief lists or links to, in date order, as every page and export shows them: the brief is among <see cref="BriefsAbout"/> each of them.</summary>
    public IReadOnlyList<Event> EventsOf(Brief brief) => _eventsOf.GetOrAdd(brief, b =>
        [.. Named<Event>(b.Events, Bodies.GetValueOrDefault(b.Id) ?? ParsedBody.Empty, Documents).Select(id => (Event)Documents[id]).Order(Chronology)]);

    private static IEnumerable<string> Named<T>(IEnumerable<Ref> listed, ParsedBody body, IReadOnlyDictionary<string, Document> documents) where T : Document =>
        listed.Select(r => r.Id).Concat(body.Links.Select(l => l.TargetId)).Distinct().Where(id => documents.GetValueOrDefault(id) is T);

    public IReadOnlyList<(Document Page, int Number)> CitationsOf(string sourceId) => CitedIn.TryGetValue(sourceId, out var list) ? list : [];

    /// <summary>The briefs that discuss an event (list it or link to it), newest first.</summary>
    public IEnumerable<Brief> BriefsAbout(Event e) => BacklinksOf(e.Id).OfType<Brief>().Order(NewestFirst.Instance);

    /// <summary>The briefs that name an actor (list it or link to it), newest first.</summary>
    public IEnumerable<Brief> BriefsNaming(Actor actor) => BacklinksOf(actor.Id).OfType<Brief>().Order(NewestFirst.Instance);

    public T? Get<T>(string id) where T : Document => Documents.TryGetValue(id, out var document) ? document as T : null;
}
