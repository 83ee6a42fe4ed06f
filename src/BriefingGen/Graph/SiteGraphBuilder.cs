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
    public static SiteGraph Build(SiteConfig config, IReadOnlyList<(Document Document, ParsedBody Body)> all,
        IReadOnlyList<ParsedBody> unreadable, IReadOnlyDictionary<string, DocumentKind> loadedIds, BuildOptions options, DiagnosticBag diagnostics)
    {
        var published = all.Where(p => options.IncludeDrafts || p.Document is not Brief { Draft: true }).ToList();
        var documents = published.ToDictionary(p => p.Document.Id, p => p.Document, StringComparer.Ordinal);
        var bodies = published.ToDictionary(p => p.Document.Id, p => p.Body, StringComparer.Ordinal);
        var drafts = all.Select(p => p.Document.Id).Where(id => !documents.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        var resolver = new IdResolver(loadedIds, drafts, diagnostics);

        foreach (var (document, body) in all) resolver.CheckFrontMatter(document);
        foreach (var (document, body) in all) resolver.CheckBody(documents.ContainsKey(document.Id), body);
        foreach (var body in unreadable) resolver.CheckBody(isPublished: false, body);

        var sources = published.Select(p => p.Document).OfType<Source>().ToDictionary(s => s.Id, StringComparer.Ordinal);
        var backlinks = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var tagged = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var eventsByActor = new Dictionary<string, List<Event>>(StringComparer.Ordinal);
        var plans = new Dictionary<string, CitationPlan>(StringComparer.Ordinal);
        var citedIn = new Dictionary<string, List<(Document, int)>>(StringComparer.Ordinal);

        foreach (var (document, body) in published)
        {
            foreach (var target in Outgoing(document, body).Distinct())
                if (target != document.Id) Add(backlinks, target, document);
            foreach (var tag in TagsOf(document)) Add(tagged, tag.Id, document);
            if (document is Event e)
                foreach (var actor in e.Actors.Select(a => a.Id).Concat(body.Links.Select(l => l.TargetId)).Distinct())
                    if (documents.GetValueOrDefault(actor) is Actor) Add(eventsByActor, actor, e);

            var listed = document is Event withSources ? withSources.Sources.Select(s => s.Id) : [];
            var plan = new CitationPlan(body.Citations, listed, sources);
            plans[document.Id] = plan;
            foreach (var reference in plan.References) Add(citedIn, reference.Source.Id, (document, reference.Number));
        }

        var citedByUnreadable = unreadable.SelectMany(b => b.Citations).Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources.Values.Where(s => !citedIn.ContainsKey(s.Id) && !citedByUnreadable.Contains(s.Id)))
            diagnostics.Report(DiagnosticCodes.UncitedSource, SourceLocation.StartOf(source.Path),
                $"source '{source.Id}' is not cited by any published page; cite it with [@{source.Id}] or remove it");

        if (options.LintCitations || config.LintCitations) LintUncitedClaims(published, diagnostics);

        var chronology = Chronology.Build(documents.Values.OfType<Event>().ToList(), diagnostics);
        return new SiteGraph
        {
            Chronology = chronology,
            Config = config,
            Documents = documents,
            Bodies = bodies,
            Briefs = documents.Values.OfType<Brief>().Order(NewestFirst.Instance).ToList(),
            Actors = documents.Values.OfType<Actor>().OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            Events = documents.Values.OfType<Event>().Order(chronology).ToList(),
            Sources = sources.Values.OrderBy(SortKey, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
            SourcesById = sources,
            Backlinks = Freeze(backlinks, ByKindThenId),
            EventsByActor = Freeze(eventsByActor, chronology.Compare),
            Tagged = Freeze(tagged, ByKindThenId),
            Citations = plans,
            CitedIn = Freeze(citedIn, (a, b) => ByKindThenId(a.Item1, b.Item1)),
        };
    }

    /// <summary>How a source sorts in the citation index: first author's family name, else its title.</summary>
    public static string SortKey(Source source) =>
        (source.Authors.Count > 0 ? source.Authors[0].Inverted + " " + source.Title : source.Title).ToLowerInvariant();

    public static IEnumerable<Ref> TagsOf(Document document) => document switch
    {
        Brief b => b.Tags,
        Event e => e.Tags,
        _ => [],
    };

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

    private static void LintUncitedClaims(IEnumerable<(Document Document, ParsedBody Body)> published, DiagnosticBag diagnostics)
    {
        foreach (var (document, body) in published.Where(p => CitationCoverage.Applies(p.Document)))
            foreach (var block in body.Prose.Where(p => p.IsClaim && !p.Cited))
                diagnostics.Report(DiagnosticCodes.UncitedParagraph, block.Location,
                    $"this {block.Noun} cites no source; add [@source-id] for the facts it states");
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
