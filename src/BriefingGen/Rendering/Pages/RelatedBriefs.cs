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

    // Built on the first brief page, not in Plan: a build may render none.
    private readonly Lazy<Sharings> _sharings = new(() => new Sharings(graph));

    // Scratch for one call at a time on a thread, kept between calls: allocating and clearing
    // arrays the size of the site for every brief page would cost more than the scoring.
    [ThreadStatic] private static int[]? t_pointsBySharing;
    [ThreadStatic] private static int[]? t_seenInCall;
    [ThreadStatic] private static int t_call;

    public IReadOnlyList<Brief> Of(Brief brief)
    {
        var sharings = _sharings.Value;
        var shared = sharings.SharedBy(brief);
        var points = Scratch(ref t_pointsBySharing, sharings.Count);
        var seen = Scratch(ref t_seenInCall, sharings.Briefs.Length);
        // A stamp per call marks the briefs seen, so the array need not be cleared between calls.
        if (++t_call == int.MaxValue)
        {
            Array.Clear(seen);
            t_call = 1;
        }
        seen[sharings.NumberOf(brief)] = t_call;

        // An actor listed twice counts twice, as it always has.
        foreach (var (sharing, worth) in shared) points[sharing] += worth;
        try
        {
            var best = new BestSoFar();
            foreach (var (sharing, _) in shared)
                foreach (var candidate in sharings.Newest[sharing])
                {
                    if (seen[candidate] == t_call) continue;
                    seen[candidate] = t_call;
                    // Scored through the candidate's own sharings, not only the ones it was found by:
                    // it earns an actor's points even where it is beyond that actor's newest hundred.
                    var score = 0;
                    foreach (var its in sharings.SharingsOf[candidate]) score += points[its];
                    best.Offer(candidate, score);
                }
            return best.Briefs(sharings.Briefs);
        }
        finally
        {
            foreach (var (sharing, _) in shared) points[sharing] = 0;
        }
    }

    private static int[] Scratch(ref int[]? array, int length)
    {
        if (array is null || array.Length < length) array = new int[length];
        return array;
    }

    /// <summary>
    /// Every actor and tag the briefs of the site name, and the briefs sharing each, by number:
    /// briefs numbered newest first, so a lower number wins a tie.
    /// </summary>
    private sealed class Sharings
    {
        /// <summary>Every brief, newest first.</summary>
        public Brief[] Briefs { get; }

        /// <summary>For each sharing, its newest briefs: the candidates it offers.</summary>
        public int[][] Newest { get; }

        /// <summary>For each brief, the sharings it is among: all of them, however old the brief.</summary>
        public int[][] SharingsOf { get; }

        public int Count => Newest.Length;

        private readonly Dictionary<Brief, int> _numbers;
        private readonly Dictionary<Brief, (int Sharing, int Points)[]> _sharedBy;

        public Sharings(SiteGraph graph)
        {
            var actors = new Dictionary<string, int>(StringComparer.Ordinal);
            var tags = new Dictionary<string, int>(StringComparer.Ordinal);
            var members = new List<List<Brief>>();
            int Number(Dictionary<string, int> numbers, string id, Func<string, IEnumerable<Document>> documents)
            {
                if (!numbers.TryGetValue(id, out var number))
                {
                    numbers.Add(id, number = members.Count);
                    members.Add(documents(id).OfType<Brief>().ToList());
                }
                return number;
            }
            _sharedBy = new(ReferenceEqualityComparer.Instance);
            foreach (var brief in graph.Briefs)
                _sharedBy[brief] = [
                    ..brief.Actors.Select(a => (Number(actors, a.Id, graph.BacklinksOf), ActorPoints)),
                    ..brief.Tags.Select(t => (Number(tags, t.Id, id => graph.Tagged.GetValueOrDefault(id) ?? []), TagPoints)),
                ];

            // The lists hold the graph's own briefs; numbering theirs too costs little and assumes nothing.
            Briefs = graph.Briefs.Concat(members.SelectMany(m => m)).Distinct<Brief>(ReferenceEqualityComparer.Instance)
                .Order(NewestFirst.Instance).ToArray();
            _numbers = new(ReferenceEqualityComparer.Instance);
            foreach (var brief in Briefs) _numbers.Add(brief, _numbers.Count);

            var of = Briefs.Select(_ => new List<int>()).ToArray();
            Newest = new int[members.Count][];
            for (var sharing = 0; sharing < members.Count; sharing++)
            {
                var briefs = members[sharing].Select(b => _numbers[b]).Distinct().Order().ToArray();
                foreach (var brief in briefs) of[brief].Add(sharing);
                Newest[sharing] = briefs[..Math.Min(briefs.Length, CandidatesPerLink)];
            }
            SharingsOf = of.Select(l => l.ToArray()).ToArray();
        }

        public int NumberOf(Brief brief) => _numbers[brief];

        /// <summary>The sharings of a brief of the graph, with the points each is worth.</summary>
        public (int Sharing, int Points)[] SharedBy(Brief brief) => _sharedBy[brief];
    }

    /// <summary>The <see cref="Shown"/> highest scores so far, ties to the lower (newer) number.</summary>
    private struct BestSoFar()
    {
        private readonly int[] _numbers = new int[Shown];
        private readonly int[] _scores = new int[Shown];
        private int _count;

        public void Offer(int number, int score)
        {
            // Most candidates fail this one comparison with the last kept.
            if (_count == Shown && !Beats(number, score, _count - 1)) return;
            var at = _count < Shown ? _count++ : Shown - 1;
            for (; at > 0 && Beats(number, score, at - 1); at--)
            {
                _numbers[at] = _numbers[at - 1];
                _scores[at] = _scores[at - 1];
            }
            _numbers[at] = number;
            _scores[at] = score;
        }

        private readonly bool Beats(int number, int score, int kept) =>
            score != _scores[kept] ? score > _scores[kept] : number < _numbers[kept];

        public readonly List<Brief> Briefs(Brief[] byNumber) => [.. _numbers[.._count].Select(n => byNumber[n])];
    }
}
