using BriefingGen.Graph;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Rendering.Citing;

namespace BriefingGen.Rendering.Pages;

/// <summary>The table of contents of the generated site: every HTML page and what it shows.</summary>
public static class SitePages
{
    private const int HomeListLength = 8;
    private const string NoPublisher = "No publisher given";

    public static IEnumerable<PageSpec> Plan(SiteGraph graph)
    {
        var views = new ViewFactory(graph);
        var shows = new PageDependencies(graph);
        var suggested = new RelatedBriefs(graph);
        var size = graph.Config.Paginate;

        yield return new PageSpec("index.html", "index", graph.Config.Title, "home", _ => new HomePage(
            graph.Briefs.Take(HomeListLength).Select(views.Brief).ToList(),
            KeyActors(graph).Select(ViewFactory.Actor).ToList(),
            graph.Events.TakeLast(HomeListLength).Reverse().Select(views.Event).ToList(),
            graph.Briefs.Count, graph.Actors.Count, graph.Events.Count, graph.Sources.Count),
            graph.Config.Description ?? $"{Counted(graph.Briefs.Count, "brief")} on {Counted(graph.Actors.Count, "actor")} and {Counted(graph.Events.Count, "event")}, each claim traced to its sources.")
        {
            DependsOn = () => shows.Home(graph.Briefs.Take(HomeListLength), KeyActors(graph).ToList(), graph.Events.TakeLast(HomeListLength)),
        };

        foreach (var (path, entries, pager) in Pagination.Split("briefs/index.html", graph.Briefs.Count, size))
            yield return new PageSpec(path, "briefs", Pagination.Title("Briefs", pager), "briefs", _ => new BriefListPage(graph.Briefs.Take(entries).Select(views.Brief).ToList(), pager),
                Pagination.Description($"Every brief, newest first: {Counted(graph.Briefs.Count, "brief")}.", pager)) { Pager = pager, DependsOn = () => shows.BriefList(entries) };
        foreach (var brief in graph.Briefs)
        {
            // Scoring related briefs is the costliest part of a brief page; an incremental build needs them twice.
            var related = new Lazy<IReadOnlyList<Brief>>(() => suggested.Of(brief));
            yield return new PageSpec(brief.Url, "brief", brief.Title, "briefs", root => BriefModel(graph, views, brief, related.Value, root), brief.Summary)
            {
                Subject = brief,
                Authors = brief.Authors,
                ForReviewOnly = brief.Draft,
                // A draft is no page for a search engine or a reference manager either.
                Meta = () => brief.Draft ? [NoIndex] : HighwireMeta.Of(CitationRecord.Of(brief, graph.Config)),
                DependsOn = () => shows.Brief(brief, related.Value),
            };
        }

        var kinds = Actor.Kinds.Select(kind => (Group: kind, Entries: (IReadOnlyList<Actor>)graph.Actors.Where(a => a.ActorKind == kind).ToList()))
            .Where(g => g.Entries.Count > 0).ToList();
        var kindLinks = JumpLinks("actors/index.html", kinds, size, kind => KindHeading(kind), kind => "kind-" + kind);
        var kindCounts = string.Join(' ', kinds.Select(k => $"{k.Group}={k.Entries.Count}"));
        foreach (var (path, entries, pager) in Pagination.Split("actors/index.html", kinds.Sum(k => k.Entries.Count), size))
            yield return new PageSpec(path, "actors", Pagination.Title("Actors", pager), "actors", _ => new ActorListPage(
                Pagination.Slice(kinds, entries).Select(g => new ActorGroup(g.Group, KindHeading(g.Group), g.Entries.Select(ViewFactory.Actor).ToList(), g.Continued)).ToList(),
                kindLinks, pager),
                Pagination.Description("The people, states and organizations the briefs are about, each with its briefs and events.", pager))
                {
                    Pager = pager,
                    DependsOn = () => shows.Actors(Pagination.Slice(kinds, entries).SelectMany(g => g.Entries), kindCounts),
                };
        foreach (var actor in graph.Actors)
            yield return new PageSpec(actor.Url, "actor", actor.Name, "actors", root => ActorModel(graph, views, actor, root),
                actor.Summary ?? $"{actor.Name}: the briefs and events about this {actor.ActorKind}.") { Subject = actor, DependsOn = () => shows.Actor(actor) };

        foreach (var (path, entries, pager) in Pagination.Split("events/index.html", graph.Events.Count, size))
            yield return new PageSpec(path, "events", Pagination.Title("Events", pager), "timeline", _ => new EventListPage(graph.Events.Take(entries).Select(views.Event).ToList(), pager),
                Pagination.Description($"Every event, in the order it happened: {Counted(graph.Events.Count, "event")}.", pager)) { Pager = pager, DependsOn = () => shows.Events(entries) };
        foreach (var e in graph.Events)
            yield return new PageSpec(e.Url, "event", e.Title, "timeline", root => EventModel(graph, views, e, root),
                e.Summary ?? $"{e.Title}: the event, who took part and the briefs that discuss it.") { Subject = e, DependsOn = () => shows.Event(e) };

        var tags = graph.Tagged.Keys.Order(StringComparer.Ordinal).ToList();
        // A site can have as many tags as briefs: 20,000 made a tags page of 2 MB.
        foreach (var (path, entries, pager) in Pagination.Split("tags/index.html", tags.Count, size))
            yield return new PageSpec(path, "tags", Pagination.Title("Tags", pager), "tags", _ => new TagListPage(
                tags.Take(entries).Select(t => new TagView(t, ViewFactory.TagUrl(t), graph.Tagged[t].Count)).ToList(), pager),
                Pagination.Description("Every tag, with the briefs and events that carry it.", pager)) { Pager = pager, DependsOn = () => shows.Tags(tags.Take(entries), tags.Count) };
        foreach (var tag in tags)
        {
            var draftsOnly = graph.Tagged[tag].All(d => d is Brief { Draft: true });
            var briefs = graph.Tagged[tag].OfType<Brief>().Order(NewestFirst.Instance).ToList();
            var events = graph.Tagged[tag].OfType<Event>().Order(graph.Chronology).ToList();
            // One list, the briefs and then the events, cut into pages as the indexes are.
            foreach (var (path, entries, pager) in Pagination.Split(ViewFactory.TagUrl(tag), briefs.Count + events.Count, size))
            {
                var start = entries.Start.Value;
                var briefsHere = briefs.Take(start..Math.Min(entries.End.Value, briefs.Count)).ToList();
                var eventsHere = events.Take(Math.Max(0, start - briefs.Count)..Math.Max(0, entries.End.Value - briefs.Count)).ToList();
                yield return new PageSpec(path, "tag", Pagination.Title($"Tagged “{tag}”", pager), "tags", _ => new TagPage(tag,
                    briefsHere.Select(views.Brief).ToList(), eventsHere.Select(views.Event).ToList(),
                    events.Count > 0 ? ViewFactory.TagTimelineUrl(tag) : "", briefs.Count, events.Count, pager)
                {
                    BriefsContinued = start > 0 && start < briefs.Count,
                    EventsContinued = start > briefs.Count,
                }, Pagination.Description($"Briefs and events tagged “{tag}”.", pager))
                {
                    Pager = pager,
                    ForReviewOnly = draftsOnly,
                    Meta = () => draftsOnly ? [NoIndex] : [],
                    DependsOn = () => shows.Tag(tag, briefsHere, eventsHere, briefs, events.Count),
                };
            }
        }

        foreach (var (view, first, title, description) in new[]
        {
            ("author", "sources/index.html", "Sources and citations", "Every source the site relies on, and every page that cites it."),
            ("publisher", "sources/by-publisher/index.html", "Sources by publisher", "Every source the site relies on, by publisher, and every page that cites it."),
        })
        {
            // Every page of a view needs the view's whole grouping (its jump links), made once.
            var index = new Lazy<SourceIndex>(() => SourceIndexOf(graph, views, view, first, size));
            foreach (var (path, entries, pager) in Pagination.Split(first, graph.Sources.Count, size))
                yield return new PageSpec(path, "sources", Pagination.Title(title, pager), "sources", _ => new SourceIndexPage(view,
                    Pagination.Slice(index.Value.Groups, entries).Select(g => g.Group with { Sources = g.Entries, Continued = g.Continued }).ToList(),
                    index.Value.JumpLinks, graph.Sources.Count, index.Value.Cited, pager), Pagination.Description(description, pager))
                {
                    Pager = pager,
                    Anchored = () => Pagination.Slice(index.Value.Groups, entries).SelectMany(g => g.Entries.Select(e => e.Id)),
                    DependsOn = () => shows.Sources(Pagination.Slice(index.Value.Groups, entries).SelectMany(g => g.Entries.Select(e => e.Id)), index.Value.Whole),
                };
        }
        for (var i = 0; i < graph.Sources.Count; i++)
        {
            var source = graph.Sources[i];
            // Its entry in the citation index (listed by author and title, as graph.Sources is), on
            // whichever page lists it: a page that moves when sources are added before it.
            var listedAt = Pagination.PathOf("sources/index.html", Pagination.PageOf(i, size));
            yield return new PageSpec(source.Url, "source", source.Title, "sources", root => new SourcePage(views.Source(source),
                Body(graph, source, LinksFrom(graph, source, root)), views.References(source), source.Extra,
                new CiteView(CitationFormatter.Format(source), CitationRecord.FilePath(source, "bib"), CitationRecord.FilePath(source, "ris")), $"{listedAt}#{source.Id}")
            {
                AuthorsInFull = CitationFormatter.ShortensAuthors(source.Authors) ? [.. source.Authors.Select(a => a.Natural)] : [],
                TitleDirection = BlockDirection.Of(source.Title),
                TitleLanguage = source.Untitled ? null : source.Language,
            },
                $"{source.Title}: a source, and every page that cites it.")
            {
                Subject = source,
                Meta = () => HighwireMeta.Of(CitationRecord.Of(source)),
                DependsOn = () => shows.Source(source).Append("listed at:" + listedAt),
            };
        }

        foreach (var page in TimelinePages.Plan(graph, views)) yield return page;

        yield return new PageSpec("search/index.html", "search", "Search", "search", _ =>
            new SearchPage(graph.Briefs.Count, graph.Actors.Count, graph.Events.Count, graph.Sources.Count), "Search the briefs, actors, events and sources.") { DependsOn = shows.Counts };

        yield return new PageSpec("404.html", "404", "Page not found", "", _ => new NotFoundPage("There is no page at this address.")) { DependsOn = () => [] };
    }

    private static readonly MetaTag NoIndex = new("robots", "noindex");

    /// <summary>"1 brief", "12 briefs": a count in a page's description.</summary>
    internal static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Actors with the most briefs and events: the ones a newcomer should meet first (ties in name order: the sort is stable).</summary>
    private static IEnumerable<Actor> KeyActors(SiteGraph graph) =>
        graph.Actors.OrderByDescending(a => graph.BacklinksOf(a.Id).Count).Take(HomeListLength);

    private static string KindHeading(string kind) => kind switch
    {
        "person" => "People",
        "state" => "States",
        "organization" => "Organizations",
        _ => "Groups",
    };

    /// <summary>How a document's body links and cites, from a page at <paramref name="root"/>.</summary>
    private static BodyLinkContext LinksFrom(SiteGraph graph, Document document, string root) => new(graph, root, graph.Citations[document.Id]);

    /// <summary>A document's body on its page, marked with its own direction where it runs against the site's.</summary>
    private static BodyContent? Body(SiteGraph graph, Document document, BodyLinkContext links) =>
        BodyRenderer.Render(graph.Bodies[document.Id], links, graph.Config.Direction);

    private static BriefPage BriefModel(SiteGraph graph, ViewFactory views, Brief brief, IReadOnlyList<Brief> related, string root)
    {
        var links = LinksFrom(graph, brief, root);
        return new BriefPage(views.Brief(brief), ViewFactory.Tags(brief.Tags), brief.Authors, brief.Updated is { } u ? ViewFactory.Date(u) : null,
            Body(graph, brief, links), TableOfContents.Of(graph.Bodies[brief.Id], links),
            graph.NamedActors(brief).Select(ViewFactory.Actor).ToList(),
            graph.EventsOf(brief).Select(views.Event).ToList(),
            related.Select(views.Brief).ToList(), views.References(brief), brief.Extra,
            brief.Corrections.Select(c => new CorrectionView(ViewFactory.Date(c.Date), c.Text)).ToList(),
            new CiteView(BriefCitation.Format(CitationRecord.Of(brief, graph.Config)), CitationRecord.FilePath(brief, "bib"), CitationRecord.FilePath(brief, "ris")));
    }

    private static ActorPage ActorModel(SiteGraph graph, ViewFactory views, Actor actor, string root) => new(
        ViewFactory.Actor(actor), actor.Aliases, actor.Country is { } c ? views.Link(c.Id) : null,
        actor.Roles.Select(r => Role(graph, views, r)).ToList(),
        Body(graph, actor, LinksFrom(graph, actor, root)),
        graph.BriefsNaming(actor).Select(views.Brief).ToList(),
        graph.EventsOf(actor.Id).Select(views.Event).ToList(),
        views.Mentions(actor.Id), views.References(actor),
        graph.EventsOf(actor.Id).Count > 0 ? ViewFactory.ActorTimelineUrl(actor.Id) : "", actor.Extra);

    private static RoleView Role(SiteGraph graph, ViewFactory views, Role role)
    {
        var period = ViewFactory.Period(role.From, role.To);
        if (role.Of is not { } of || graph.Get<Actor>(of.Id) is not { } actor) return new RoleView(role.Title, null, period);
        return new RoleView(role.Title, views.Link(of.Id), period) { OfInTitle = NameInTitle.Find(role.Title, [actor.Name, .. actor.Aliases]) };
    }

    private static EventPage EventModel(SiteGraph graph, ViewFactory views, Event e, string root)
    {
        var overall = Neighbours("All events", null, graph.Events, e, graph.Chronology, views);
        var neighbours = new List<NeighbourView>();
        if (overall.Previous is not null || overall.Next is not null) neighbours.Add(overall);
        // An actor's own neighbours are shown where they differ from the overall ones, both of them:
        // a row with only "Next" read as if the actor had no earlier event.
        foreach (var actor in graph.NamedActors(e))
        {
            var own = Neighbours(actor.Name, new LinkView(actor.Url, actor.Name), graph.EventsOf(actor.Id), e, graph.Chronology, views);
            if ((own.Previous is not null || own.Next is not null) && (own.Previous?.Id != overall.Previous?.Id || own.Next?.Id != overall.Next?.Id))
                neighbours.Add(own);
        }
        return new EventPage(views.Event(e), views.Links(graph.ActorsOf(e)),
            Body(graph, e, LinksFrom(graph, e, root)),
            graph.BriefsAbout(e).Select(views.Brief).ToList(),
            ViewFactory.Tags(e.Tags), views.Mentions(e.Id), views.References(e), neighbours, e.Extra);
    }

    private static NeighbourView Neighbours(string scope, LinkView? scopeLink, IReadOnlyList<Event> sequence, Event e, Chronology chronology, ViewFactory views)
    {
        var (previous, next) = chronology.Around(sequence, e);
        return new NeighbourView(scope, scopeLink, previous is null ? null : views.Event(previous), next is null ? null : views.Event(next));
    }

    /// <summary>
    /// A publisher with its spaces as a browser shows them: the headings of "BBC  News" and "BBC News"
    /// read alike. Grouped by <see cref="Slug.MatchKey"/>, so that case, Latin accents and how they
    /// were encoded (one character, or a letter and a combining mark) do not split a publisher either.
    /// </summary>
    private static string PublisherName(string publisher) => string.Join(' ', publisher.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The spelling most sources use ("The Economist" over one "the economist"); of as many, the
    /// shortest (a precomposed 'é' over 'e' and a combining accent), then the first in ordinal order.
    /// </summary>
    private static string MostWritten(IEnumerable<string> spellings) =>
        spellings.GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

    /// <summary>One view of the citation index whole: its groups in order, with links to where each begins, and how many sources are cited.</summary>
    private sealed record SourceIndex(IReadOnlyList<(SourceGroup Group, IReadOnlyList<SourceEntry> Entries)> Groups, IReadOnlyList<JumpLink> JumpLinks, int Cited)
    {
        /// <summary>What every page of the view shows of the whole: how many sources and cited, and its groups with where each begins.</summary>
        public string Whole => $"{Groups.Sum(g => g.Entries.Count)} cited={Cited} " + string.Join(' ', JumpLinks.Select(j => $"{j.Name}|{j.Url}|{j.Count}"));
    }

    private static SourceIndex SourceIndexOf(SiteGraph graph, ViewFactory views, string view, string firstPath, int size)
    {
        var entries = graph.Sources.Select(views.Source).ToList();
        var groups = view == "publisher"
            // No publisher is the empty key, the group listed last.
            ? entries.GroupBy(e => Slug.MatchKey(PublisherName(e.Publisher)), StringComparer.Ordinal)
                .Select(g => (Name: g.Key.Length == 0 ? NoPublisher : MostWritten(g.Select(e => PublisherName(e.Publisher))), Sources: g.ToList(), Last: g.Key.Length == 0))
                .OrderBy(g => g.Last).ThenBy(g => Slug.SortKey(g.Name), StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal)
                // Numbered anchors: publisher names may fold to the same slug, or to none at all.
                .Select((g, i) => (new SourceGroup(g.Name, $"publisher_{i + 1}", g.Sources), (IReadOnlyList<SourceEntry>)g.Sources)).ToList()
            // No group without sources: the page says "No sources yet" instead of showing an empty list.
            : entries.Count == 0 ? [] : [(new SourceGroup("All sources", "all_sources", entries), entries)];
        return new SourceIndex(groups, JumpLinks(firstPath, groups, size, g => g.Name, g => g.Anchor), entries.Count(e => e.CitedIn.Count > 0));
    }

    /// <summary>A link to where each group of a paginated list begins, in order.</summary>
    private static List<JumpLink> JumpLinks<TGroup, T>(string firstPath, IEnumerable<(TGroup Group, IReadOnlyList<T> Entries)> groups, int size,
        Func<TGroup, string> name, Func<TGroup, string> anchor)
    {
        var links = new List<JumpLink>();
        var offset = 0;
        foreach (var (group, entries) in groups)
        {
            links.Add(new JumpLink(name(group), $"{Pagination.PathOf(firstPath, Pagination.PageOf(offset, size))}#{anchor(group)}", entries.Count));
            offset += entries.Count;
        }
        return links;
    }

}
