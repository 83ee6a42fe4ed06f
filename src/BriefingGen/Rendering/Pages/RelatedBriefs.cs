using System.Collections;
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
/// <remarks>
/// A brief is known here by its rank, its place in the site's newest-first list, so that ordering,
/// deduplicating and asking "does this actor's list hold it" are integer work: with sets of briefs,
/// hashing took a fifteenth of a 10,000-brief build's CPU.
/// </remarks>
public sealed class RelatedBriefs(SiteGraph graph)
{
    public const int Shown = 5;
    public const int CandidatesPerLink = 100;

    private const int ActorPoints = 2;
    private const int TagPoints = 1;

    private readonly Lazy<Dictionary<string, int>> _rankOf = new(() => Ranks(graph.Briefs));

    // Made for the actors and tags a page asks about, not for the whole site at once: serve shows an
    // edited brief's page before anything else, and that page needs only its own few.
    private readonly ConcurrentDictionary<string, Sharing> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Sharing> _tags = new(StringComparer.Ordinal);

    public IReadOnlyList<Brief> Of(Brief brief)
    {
        // Its actors are those it lists or links to, as the other briefs' are (their backlinks).
        var actors = graph.ActorsOf(brief);
        var shared = new (Sharing Sharing, int Points)[actors.Count + brief.Tags.Count];
        var count = 0;
        foreach (var actor in actors) shared[count++] = (_actors.GetOrAdd(actor, id => SharingOf(graph.BacklinksOf(id))), ActorPoints);
        foreach (var tag in brief.Tags) shared[count++] = (_tags.GetOrAdd(tag.Id, id => SharingOf(graph.Tagged.GetValueOrDefault(id) ?? [])), TagPoints);

        var candidates = new List<int>();
        foreach (var (sharing, _) in shared) candidates.AddRange(sharing.Newest);
        // In rank order, newest first, so a repeat is next to its first.
        candidates.Sort();
        var self = _rankOf.Value.GetValueOrDefault(brief.Id, -1);
        return [.. BestFew.Of(Scored(candidates, self, shared), Shown, MostSharedFirst).Select(b => graph.Briefs[b.Rank])];
    }

    /// <summary>Most points first; of equal points, the newer (lower rank).</summary>
    private static readonly Comparer<(int Rank, int Score)> MostSharedFirst =
        Comparer<(int Rank, int Score)>.Create((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Rank.CompareTo(b.Rank));

    /// <summary>Each candidate once, but the brief itself, with its points.</summary>
    private static IEnumerable<(int Rank, int Score)> Scored(List<int> candidates, int self, (Sharing Sharing, int Points)[] shared)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var rank = candidates[i];
            if (rank == self || (i > 0 && candidates[i - 1] == rank)) continue;
            // Scored against all the briefs of each actor and tag, not only their newest: a candidate
            // found through a tag still earns an actor's points where it is beyond that actor's hundred.
            var score = 0;
            foreach (var (sharing, points) in shared)
                if (sharing.Holds(rank)) score += points;
            yield return (rank, score);
        }
    }

    private static Dictionary<string, int> Ranks(IReadOnlyList<Brief> newestFirst)
    {
        var ranks = new Dictionary<string, int>(newestFirst.Count, StringComparer.Ordinal);
        for (var rank = 0; rank < newestFirst.Count; rank++) ranks[newestFirst[rank].Id] = rank;
        return ranks;
    }

    private Sharing SharingOf(IEnumerable<Document> documents)
    {
        var ranks = new List<int>();
        foreach (var document in documents)
            if (document is Brief && _rankOf.Value.TryGetValue(document.Id, out var rank)) ranks.Add(rank);
        ranks.Sort();
        return new Sharing([.. ranks], graph.Briefs.Count);
    }

    /// <summary>The briefs that share one actor or tag, by rank: all of them, to score; the newest, to consider.</summary>
    private sealed class Sharing
    {
        private readonly int[] _all;

        // A tag on a good share of the site is asked about by every candidate: a bit per brief answers
        // at once, and is no larger than the list where one brief in 32 or more carries it.
        private readonly BitArray? _dense;

        public Sharing(int[] ascending, int siteBriefs)
        {
            _all = ascending;
            if (ascending.Length * 32L >= siteBriefs)
            {
                _dense = new BitArray(siteBriefs);
                foreach (var rank in ascending) _dense[rank] = true;
            }
        }

        public ReadOnlySpan<int> Newest => _all.AsSpan(0, Math.Min(CandidatesPerLink, _all.Length));

        public bool Holds(int rank) => _dense?[rank] ?? Array.BinarySearch(_all, rank) >= 0;
    }
}
