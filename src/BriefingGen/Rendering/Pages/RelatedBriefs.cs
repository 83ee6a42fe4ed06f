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

    private readonly ConcurrentDictionary<string, Sharing> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Sharing> _tags = new(StringComparer.Ordinal);

    /// <summary>The briefs that share one actor or tag: all of them, to score; the newest, to consider.</summary>
    private sealed record Sharing(HashSet<Brief> All, List<Brief> Newest);

    private static Sharing Of(IEnumerable<Brief> briefs)
    {
        var all = new HashSet<Brief>(briefs, ReferenceEqualityComparer.Instance);
        return new(all, all.Order(NewestFirst.Instance).Take(CandidatesPerLink).ToList());
    }

    private Sharing Actor(Ref actor) => _actors.GetOrAdd(actor.Id, id => Of(graph.BacklinksOf(id).OfType<Brief>()));

    private Sharing Tag(Ref tag) => _tags.GetOrAdd(tag.Id, id => Of((graph.Tagged.GetValueOrDefault(id) ?? []).OfType<Brief>()));

    public IReadOnlyList<Brief> Of(Brief brief)
    {
        var shared = brief.Actors.Select(a => (Sharing: Actor(a), Points: 2)).Concat(brief.Tags.Select(t => (Sharing: Tag(t), Points: 1))).ToList();
        var seen = new HashSet<Brief>(ReferenceEqualityComparer.Instance) { brief };
        // The best few by insertion: a full sort of every candidate would dominate the cost of a brief page.
        var best = new List<(Brief Brief, int Score)>(Shown + 1);
        foreach (var other in shared.SelectMany(s => s.Sharing.Newest))
        {
            if (!seen.Add(other)) continue;
            // A loop, not Sum over a lambda: this runs for up to a hundred candidates per actor and tag of every brief.
            var score = 0;
            foreach (var (sharing, points) in shared)
                if (sharing.All.Contains(other)) score += points;
            var candidate = (other, score);
            if (best.Count == Shown && !Better(candidate, best[^1])) continue;
            var at = 0;
            while (at < best.Count && !Better(candidate, best[at])) at++;
            best.Insert(at, candidate);
            if (best.Count > Shown) best.RemoveAt(Shown);
        }
        return best.Select(b => b.Brief).ToList();
    }

    private static bool Better((Brief Brief, int Score) a, (Brief Brief, int Score) b) =>
        a.Score != b.Score ? a.Score > b.Score : NewestFirst.Instance.Compare(a.Brief, b.Brief) < 0;
}
