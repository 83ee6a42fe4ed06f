using BriefingGen.Diagnostics;
using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>
/// Stage 5: resolve every id written in front matter and bodies, report the broken ones with a
/// did-you-mean hint, and derive the relations pages show: back-links, actor timelines, tags,
/// citation numbering and the citation index.
/// </summary>
public static class SiteGraphBuilder
{
    /// <param name="all">Every document whose front matter could be read, with its parsed body.</param>
    /// <param name="unreadable">Bodies of files whose front matter failed: their links and citations are still checked.</param>
    /// <param name="loadedIds">The id and kind of every content file, readable or not, so a file with a front-matter
    /// error does not also make every reference to it "unknown".</param>
    /// <param name="refused">Ids and kinds of files refused at loading (<see cref="Loading.LoadedContent.Refused"/>).</param>
    /// <param name="unlisted">Kinds whose folder could not be listed (<see cref="Loading.LoadedContent.Unlisted"/>).</param>
    public static SiteGraph Build(SiteConfig config, IReadOnlyList<(Document Document, ParsedBody Body)> all,
        IReadOnlyList<ParsedBody> unreadable, IReadOnlyDictionary<string, DocumentKind> loadedIds, IReadOnlySet<(string Id, DocumentKind Kind)> refused,
        IReadOnlySet<DocumentKind> unlisted, BuildOptions options, DiagnosticBag diagnostics)
    {
        var published = all.Where(p => options.IncludeDrafts || p.Document is not Brief { Draft: true }).ToList();
        var documents = published.ToDictionary(p => p.Document.Id, p => p.Document, StringComparer.Ordinal);
        var bodies = published.ToDictionary(p => p.Document.Id, p => p.Body, StringComparer.Ordinal);
        var drafts = all.Select(p => p.Document.Id).Where(id => !documents.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        var unread = loadedIds.Count == all.Count ? (IReadOnlySet<string>)new HashSet<string>()
            : loadedIds.Keys.Except(all.Select(p => p.Document.Id), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var claims = FormerIdClaims(all.Select(p => p.Document));
        var resolver = new IdResolver(loadedIds, claims, documents, bodies, drafts, refused, unlisted, unread, diagnostics);
        var lint = options.LintCitations || config.LintCitations;

        foreach (var (document, body) in all) CheckDocument(resolver, document, body, documents.ContainsKey(document.Id), lint, diagnostics);
        foreach (var body in unreadable) resolver.CheckBody(isPublished: false, body);

        var sources = published.Select(p => p.Document).OfType<Source>().ToDictionary(s => s.Id, StringComparer.Ordinal);
        var backlinks = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var tagged = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var eventsByActor = new Dictionary<string, List<Event>>(StringComparer.Ordinal);
        var plans = new Dictionary<string, CitationPlan>(StringComparer.Ordinal);
        var citedIn = new Dictionary<string, List<(Document, int)>>(StringComparer.Ordinal);

        foreach (var (document, body) in published)
        {
            foreach (var target in BacklinkTargets(document, body)) Add(backlinks, target, document);
            foreach (var tag in TagsOf(document)) Add(tagged, tag.Id, document);
            if (document is Event e)
                foreach (var actor in SiteGraph.ActorsOf(e, body, documents)) Add(eventsByActor, actor, e);

            var plan = new CitationPlan(body.Citations, CitationPlan.ListedSources(document), sources);
            plans[document.Id] = plan;
            foreach (var reference in plan.References) Add(citedIn, reference.Source.Id, (document, reference.Number));
        }

        // A draft is how a brief goes through review before it is published, and the sources it
        // brings with it are not unused: a pull request of both must pass --strict. Nor are those of
        // a file still to be fixed.
        var citedElsewhere = unreadable.Concat(all.Where(p => drafts.Contains(p.Document.Id)).Select(p => p.Body))
            .SelectMany(b => b.Citations).Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        // A citation of a renamed source's old id is an error that names the new one: that source is not also uncited.
        if (claims.Count > 0)
            foreach (var use in all.Select(p => p.Body).Concat(unreadable).SelectMany(b => b.Citations))
                if (claims.TryGetValue(use.SourceId, out var owners)) citedElsewhere.Add(owners[0]);
        // A body refused with an error may cite any source, as may a file refused unread (too large, an
        // id taken) or one in a folder that could not be listed: until it is fixed, none is said to be uncited.
        if (!all.Any(p => p.Body.IsRefused) && !unreadable.Any(b => b.IsRefused) && refused.All(r => r.Kind == DocumentKind.Source)
            && unlisted.All(kind => kind == DocumentKind.Source))
            foreach (var source in sources.Values.Where(s => !citedIn.ContainsKey(s.Id) && !citedElsewhere.Contains(s.Id)))
                diagnostics.Report(DiagnosticCodes.UncitedSource, SourceLocation.StartOf(source.Path),
                    $"source '{source.Id}' is not cited by any published page; cite it with [@{source.Id}] or remove it");

        var chronology = Chronology.Build(documents.Values.OfType<Event>().ToList(), diagnostics);
        return new SiteGraph
        {
            Chronology = chronology,
            Config = config,
            Documents = documents,
            Bodies = bodies,
            Briefs = documents.Values.OfType<Brief>().Order(NewestFirst.Instance).ToList(),
            Actors = documents.Values.OfType<Actor>().OrderBy(a => Slug.SortKey(a.Name), StringComparer.Ordinal)
                .ThenBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            Events = documents.Values.OfType<Event>().Order(chronology).ToList(),
            Sources = sources.Values.OrderBy(SortKey, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
            SourcesById = sources,
            Backlinks = Freeze(backlinks, ByKindThenId),
            EventsByActor = Freeze(eventsByActor, chronology.Compare),
            Tagged = Freeze(tagged, ByKindThenId),
            Citations = plans,
            CitedIn = Freeze(citedIn, (a, b) => ByKindThenId(a.Item1, b.Item1)),
            // A draft left out has no page for its old address to send readers to.
            FormerIds = claims.Where(c => documents.ContainsKey(c.Value[0]) && !loadedIds.ContainsKey(c.Key) && !Slug.Reserved.Contains(c.Key))
                .ToDictionary(c => c.Key, c => c.Value[0], StringComparer.Ordinal),
        };
    }

    /// <summary>Each former id with the documents that name it, in path order.</summary>
    private static Dictionary<string, IReadOnlyList<string>> FormerIdClaims(IEnumerable<Document> documents)
    {
        var claims = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.FormerIds.Count > 0).OrderBy(d => d.Path, StringComparer.Ordinal))
            foreach (var former in document.FormerIds)
                claims[former.Id] = claims.TryGetValue(former.Id, out var others) ? [.. others, document.Id] : [document.Id];
        return claims;
    }

    /// <summary>How a source sorts in the citation index: first author's family name, else its title.</summary>
    public static string SortKey(Source source) =>
        Slug.SortKey(source.Authors.Count > 0 ? source.Authors[0].Inverted + " " + source.Title : source.Title);

    public static IEnumerable<Ref> TagsOf(Document document) => document switch
    {
        Brief b => b.Tags,
        Event e => e.Tags,
        _ => [],
    };

    /// <summary>The ids whose back-links list this document.</summary>
    private static IEnumerable<string> BacklinkTargets(Document document, ParsedBody body) => Outgoing(document, body).Distinct().Where(target => target != document.Id);

    /// <summary>Every id a document points at: its front-matter references and its [[links]].</summary>
    private static IEnumerable<string> Outgoing(Document document, ParsedBody body)
    {
        IEnumerable<Ref> refs = document switch
        {
            Brief b => b.Actors.Concat(b.Events),
            Event e => e.Actors.Concat(e.Sources),
            Actor a => a.Roles.Select(r => r.Of).Append(a.Country).OfType<Ref>(),
            _ => [],
        };
        return refs.Select(r => r.Id).Concat(body.Links.Select(l => l.TargetId));
    }

    /// <summary>The checks of one document on its own: the ids it writes, and with the lint on, its uncited claims.</summary>
    private static void CheckDocument(IdResolver resolver, Document document, ParsedBody body, bool published, bool lint, DiagnosticBag diagnostics)
    {
        resolver.CheckFrontMatter(document);
        resolver.CheckBody(published, body);
        if (!lint || !published || !CitationCoverage.Applies(document)) return;
        foreach (var block in body.Prose.Where(p => p.IsClaim && !p.Cited))
            diagnostics.Report(DiagnosticCodes.UncitedParagraph, block.Location,
                $"this {block.Noun} cites no source; add [@source-id] for the facts it states");
    }

    /// <summary>What <see cref="CheckDocument"/> reports: all that a revision reports again for the documents it replaces.</summary>
    private static readonly HashSet<string> DocumentCheckCodes = new[]
    {
        DiagnosticCodes.UnknownReference, DiagnosticCodes.WrongReferenceKind, DiagnosticCodes.UnknownLink, DiagnosticCodes.UnknownCitation,
        DiagnosticCodes.LinkToDraft, DiagnosticCodes.UncitedParagraph, DiagnosticCodes.RootRelativeUrl, DiagnosticCodes.IdAsLinkText, DiagnosticCodes.LinkToNoSection,
        DiagnosticCodes.FormerIdTaken,
    }.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The graph <see cref="Build"/> would make, made from the last one, for documents whose every
    /// reference, link, citation, date, name and tag is as before (their <c>Shape</c>): only their
    /// text, titles and summaries changed. Which documents relate to which is then the same, so the
    /// relations are kept and the new documents put in place of the old; the per-document checks run
    /// again for them, and the last graph's other diagnostics (which follow from the relations) stand.
    /// Serve makes this after an edit instead of resolving every document of a large site again.
    /// </summary>
    /// <param name="previous">The last graph, built from the same site.yml and options.</param>
    /// <param name="previousDiagnostics">What building <paramref name="previous"/> reported.</param>
    /// <param name="changed">The new version of every document read again since, each readable.</param>
    public static SiteGraph Revise(SiteGraph previous, IReadOnlyList<Diagnostic> previousDiagnostics, SiteConfig config,
        IReadOnlyList<(Document Document, ParsedBody Body)> changed, IReadOnlyDictionary<string, DocumentKind> loadedIds,
        IReadOnlySet<(string Id, DocumentKind Kind)> refused, IReadOnlySet<DocumentKind> unlisted, BuildOptions options, DiagnosticBag diagnostics)
    {
        var replaced = new Dictionary<Document, Document>(ReferenceEqualityComparer.Instance);
        var newBodies = new List<KeyValuePair<string, ParsedBody>>();
        foreach (var (document, body) in changed)
        {
            // A draft left out stays out: whether it is one is part of its shape.
            if (!previous.Documents.TryGetValue(document.Id, out var old)) continue;
            replaced[old] = document;
            newBodies.Add(new(document.Id, body));
        }
        // The graph's maps are the last ones with the replaced values on top: copying maps of every
        // document for one edit was most of a revision's time.
        var documents = RevisedMap<Document>.Of(previous.Documents, replaced.Values.Select(d => new KeyValuePair<string, Document>(d.Id, d)));
        var bodies = RevisedMap<ParsedBody>.Of(previous.Bodies, newBodies);
        // An edit usually replaces one document: then every list is searched for it by reference, not by lookup.
        var only = replaced.Count == 1 ? replaced.Keys.Single() : null;
        bool WasReplaced(Document document) => only is not null ? ReferenceEquals(document, only) : replaced.ContainsKey(document);
        T Current<T>(T document) where T : Document => WasReplaced(document) ? (T)replaced[document] : document;
        // A list holding none of the replaced documents' kind is the last graph's own.
        IReadOnlyList<T> Each<T>(IReadOnlyList<T> list) where T : Document => replaced.Keys.OfType<T>().Any() ? list.Select(Current).ToList() : list;
        // With its shape unchanged, a document is in the same relation lists as before: only those are made again.
        IReadOnlyDictionary<string, IReadOnlyList<T>> Lists<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> map, Func<Document, IEnumerable<string>> keysOf, Func<T, T> current) =>
            RevisedMap<IReadOnlyList<T>>.Of(map, replaced.Keys.SelectMany(keysOf).Distinct(StringComparer.Ordinal)
                .Select(key => new KeyValuePair<string, IReadOnlyList<T>>(key, map[key].Select(current).ToList())));

        var sourcesById = RevisedMap<Source>.Of(previous.SourcesById, replaced.Values.OfType<Source>().Select(s => new KeyValuePair<string, Source>(s.Id, s)));
        // A plan holds the sources it numbers: made again for a changed page, and for every page citing a changed source.
        var replan = replaced.Values.Select(d => d.Id)
            .Concat(replaced.Values.OfType<Source>().SelectMany(s => previous.CitationsOf(s.Id)).Select(c => c.Page.Id)).ToHashSet(StringComparer.Ordinal);
        var plans = RevisedMap<CitationPlan>.Of(previous.Citations, replan.Select(id =>
            new KeyValuePair<string, CitationPlan>(id, new CitationPlan(bodies[id].Citations, CitationPlan.ListedSources(documents[id]), sourcesById))).ToList());

        // Loaded but not published: none, in a site without drafts or unreadable files.
        var unpublished = loadedIds.Count == documents.Count ? [] : loadedIds.Keys.Where(id => !documents.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        // Every file is readable here (a revision is made only then), so no kind is uncertain.
        // Which former ids there are is part of the shapes, unchanged here.
        var resolver = new IdResolver(loadedIds, previous.FormerIds.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[f.Value], StringComparer.Ordinal),
            documents, bodies, unpublished, refused, unlisted, new HashSet<string>(), diagnostics);
        var lint = options.LintCitations || config.LintCitations;
        // A page whose headings or cited images changed changes what a [[id#section]] to it finds: the pages linking to it are checked again.
        var relinked = changed.Where(c => previous.Bodies.TryGetValue(c.Document.Id, out var before)
                && !(before.Anchors.SequenceEqual(c.Body.Anchors, StringComparer.Ordinal) && before.FigureIds.SequenceEqual(c.Body.FigureIds, StringComparer.Ordinal)))
            .SelectMany(c => previous.Backlinks.TryGetValue(c.Document.Id, out var linking) ? linking : [])
            .Where(d => !WasReplaced(d)).Distinct().Select(d => (Document: d, Body: bodies[d.Id])).ToList();
        var files = changed.Select(c => c.Document.Path).Concat(relinked.Select(r => r.Document.Path)).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(previousDiagnostics.Where(d => !(files.Contains(d.Location.File) && DocumentCheckCodes.Contains(d.Code))));
        foreach (var (document, body) in changed.Concat(relinked)) CheckDocument(resolver, document, body, documents.ContainsKey(document.Id), lint, diagnostics);

        return new SiteGraph
        {
            Chronology = previous.Chronology,
            Config = config,
            Documents = documents,
            Bodies = bodies,
            Briefs = Each(previous.Briefs),
            Actors = Each(previous.Actors),
            Events = Each(previous.Events),
            // A source's title is part of its sort key, and not of its shape.
            Sources = replaced.Keys.Any(d => d is Source)
                ? previous.Sources.Select(Current).OrderBy(SortKey, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList()
                : previous.Sources,
            SourcesById = sourcesById,
            Backlinks = Lists(previous.Backlinks, d => BacklinkTargets(d, previous.Bodies[d.Id]), Current),
            EventsByActor = Lists(previous.EventsByActor, d => d is Event e ? SiteGraph.ActorsOf(e, previous.Bodies[d.Id], previous.Documents) : [], Current),
            Tagged = Lists(previous.Tagged, d => TagsOf(d).Select(t => t.Id), Current),
            Citations = plans,
            CitedIn = Lists(previous.CitedIn, d => previous.Citations[d.Id].References.Select(r => r.Source.Id), c => (Current(c.Page), c.Number)),
            FormerIds = previous.FormerIds,
        };
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static int ByKindThenId(Document a, Document b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Id, b.Id);

    /// <summary>
    /// Sorts each list in place (they were made for this) rather than through LINQ's ordering: at
    /// 10,000 briefs that was a fifth of the graph stage, which serve runs on every edit. A document
    /// is in a list at most once, so an unstable sort orders them the same every time.
    /// </summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Freeze<T>(Dictionary<string, List<T>> map, Comparison<T> order)
    {
        var frozen = new Dictionary<string, IReadOnlyList<T>>(map.Count, StringComparer.Ordinal);
        foreach (var (key, list) in map)
        {
            list.Sort(order);
            frozen[key] = list;
        }
        return frozen;
    }
}
