using System.Collections.Concurrent;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// The briefs a brief page suggests next: those sharing the most with it, two points for each of
/// its actors the other names too (lists or links to), one for each tag both carry; ties newest
/// first. Candidates are the newest <see cref="CandidatesPerLink"/> briefs of each of its actors
/// and tags: unbounded, a tag on most briefs made every brief page score most of the site, and the
/// build quadratic in the number of briefs. Shared by the pages of one build, from any thread.
/// </summary>
public sealed class RelatedBriefs(SiteGraph graph)
{
    public const int Shown = 5;
    public const int CandidatesPerLink = 100;

    private const int ActorPoints = 2;
    private const int TagPoints = 1;

    // Made for the actors and tags a page asks about, not for the whole site at once: serve shows an
    // edited brief's page before anything else, and that page needs only its own few.
    private readonly ConcurrentDictionary<string, Sharing> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Sharing> _tags = new(StringComparer.Ordinal);

    /// <summary>A set to mark the candidates already scored, one per thread: a page asks for up to hundreds.</summary>
    [ThreadStatic] private static HashSet<Brief>? _seen;

    /// <summary>The briefs that share one actor or tag: all of them, to score; the newest, to consider.</summary>
    private sealed record Sharing(HashSet<Brief> All, Brief[] Newest);

    private static Sharing Of(IEnumerable<Document> documents)
    {
        var all = new HashSet<Brief>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents)
            if (document is Brief brief) all.Add(brief);
        return new(all, [.. all.Order(NewestFirst.Instance).Take(CandidatesPerLink)]);
    }

    public IReadOnlyList<Brief> Of(Brief brief)
    {
        // An actor listed twice counts twice.
        var shared = new (Sharing Sharing, int Points)[brief.Actors.Count + brief.Tags.Count];
        var count = 0;
        foreach (var actor in brief.Actors) shared[count++] = (_actors.GetOrAdd(actor.Id, id => Of(graph.BacklinksOf(id))), ActorPoints);
        foreach (var tag in brief.Tags) shared[count++] = (_tags.GetOrAdd(tag.Id, id => Of(graph.Tagged.GetValueOrDefault(id) ?? [])), TagPoints);

        var seen = _seen ??= new HashSet<Brief>(ReferenceEqualityComparer.Instance);
        seen.Add(brief);
        try
        {
            return [.. BestFew.Of(Scored(shared, seen), Shown, MostSharedFirst.Instance).Select(b => b.Brief)];
        }
        finally
        {
            // Emptied at once, so a pool thread does not keep an old graph's briefs alive in serve.
            seen.Clear();
        }
    }

    private static IEnumerable<(Brief Brief, int Score)> Scored((Sharing Sharing, int Points)[] shared, HashSet<Brief> seen)
    {
        for (var found = 0; found < shared.Length; found++)
            foreach (var candidate in shared[found].Sharing.Newest)
            {
                if (!seen.Add(candidate)) continue;
                // Scored against all the briefs of each actor and tag, not only their newest: a candidate
                // found through a tag still earns an actor's points where it is beyond that actor's hundred.
                // The one it was found by has it; each other is asked.
                var score = shared[found].Points;
                for (var other = 0; other < shared.Length; other++)
                    if (other != found && shared[other].Sharing.All.Contains(candidate)) score += shared[other].Points;
                yield return (candidate, score);
            }
    }

    /// <summary>The higher score first, ties newest first.</summary>
    private sealed class MostSharedFirst : IComparer<(Brief Brief, int Score)>
    {
        public static MostSharedFirst Instance { get; } = new();

        public int Compare((Brief Brief, int Score) x, (Brief Brief, int Score) y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : NewestFirst.Instance.Compare(x.Brief, y.Brief);
    }
}
