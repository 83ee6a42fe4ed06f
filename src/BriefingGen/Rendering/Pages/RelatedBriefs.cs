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
        var candidates = shared.SelectMany(s => s.Sharing.Newest).Where(seen.Add).Select(other =>
        {
            // A loop, not Sum over a lambda: this runs for up to a hundred candidates per actor and tag of every brief.
            var score = 0;
            foreach (var (sharing, points) in shared)
                if (sharing.All.Contains(other)) score += points;
            return (Brief: other, Score: score);
        });
        return BestFew.Of(candidates, Shown, MostSharedFirst.Instance).Select(b => b.Brief).ToList();
    }

    /// <summary>The higher score first, ties newest first.</summary>
    private sealed class MostSharedFirst : IComparer<(Brief Brief, int Score)>
    {
        public static MostSharedFirst Instance { get; } = new();

        public int Compare((Brief Brief, int Score) x, (Brief Brief, int Score) y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : NewestFirst.Instance.Compare(x.Brief, y.Brief);
    }
}
