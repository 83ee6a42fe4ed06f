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
        var best = new BestSoFar();
        try
        {
            Score(shared, seen, best);
        }
        finally
        {
            // Emptied at once, so a pool thread does not keep an old graph's briefs alive in serve.
            seen.Clear();
        }
        return best.Briefs;
    }

    private static void Score((Sharing Sharing, int Points)[] shared, HashSet<Brief> seen, BestSoFar best)
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
                best.Offer(candidate, score);
            }
    }

    /// <summary>The <see cref="Shown"/> highest scores so far, ties newest first.</summary>
    private sealed class BestSoFar
    {
        private readonly List<(Brief Brief, int Score)> _kept = new(Shown + 1);

        public List<Brief> Briefs => [.. _kept.Select(k => k.Brief)];

        public void Offer(Brief brief, int score)
        {
            // Most candidates fail this one comparison with the last kept.
            if (_kept.Count == Shown && !Beats(brief, score, _kept[^1])) return;
            var at = _kept.Count;
            while (at > 0 && Beats(brief, score, _kept[at - 1])) at--;
            _kept.Insert(at, (brief, score));
            if (_kept.Count > Shown) _kept.RemoveAt(Shown);
        }

        private static bool Beats(Brief brief, int score, (Brief Brief, int Score) kept) =>
            score != kept.Score ? score > kept.Score : NewestFirst.Instance.Compare(brief, kept.Brief) < 0;
    }
}
