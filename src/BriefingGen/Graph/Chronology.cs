using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>
/// The one order for events everywhere (timeline, actor pages, feeds, exports): year, then month
/// (a missing month first), then day (a missing day first); events sharing a date and precision
/// follow their `after:` lists, and otherwise their ids.
/// </summary>
public sealed class Chronology : IComparer<Event>
{
    /// <summary>Each event's place among the events of its date; events of other dates never compare by it.</summary>
    private readonly Dictionary<string, int> _rank;

    private Chronology(Dictionary<string, int> rank) => _rank = rank;

    /// <summary>Orders the events of each date, reporting an `after:` that names another date or closes a cycle.</summary>
    public static Chronology Build(IReadOnlyCollection<Event> events, DiagnosticBag diagnostics)
    {
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sameDate in events.GroupBy(e => e.Date))
        {
            var group = sameDate.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            if (!group.Any(e => e.After.Count > 0)) continue;
            var edges = SameDateEdges(group, byId, diagnostics);
            DropCycles(group, edges, diagnostics);
            var position = 0;
            foreach (var e in InOrder(group, edges)) rank[e.Id] = position++;
        }
        return new Chronology(rank);
    }

    /// <summary>The events just before and after e in a chronological sequence (the site's, or one actor's); null at either end or when e is not in it.</summary>
    public (Event? Previous, Event? Next) Around(IReadOnlyList<Event> sequence, Event e)
    {
        var index = IndexOf(sequence, e);
        return (index > 0 ? sequence[index - 1] : null, index >= 0 && index < sequence.Count - 1 ? sequence[index + 1] : null);
    }

    /// <summary>Binary search: sequences are in chronological order, and the site's can be long.</summary>
    private int IndexOf(IReadOnlyList<Event> sequence, Event e)
    {
        int low = 0, high = sequence.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var order = Compare(sequence[middle], e);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    public int Compare(Event? x, Event? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byDate = x.Date.CompareTo(y.Date);
        if (byDate != 0) return byDate;
        if (_rank.TryGetValue(x.Id, out var rx) && _rank.TryGetValue(y.Id, out var ry)) return rx.CompareTo(ry);
        return string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>For each event, the `after:` entries naming an event of its own date; the others are reported.</summary>
    private static Dictionary<string, List<Ref>> SameDateEdges(List<Event> group, Dictionary<string, Event> byId, DiagnosticBag diagnostics)
    {
        var edges = new Dictionary<string, List<Ref>>(StringComparer.Ordinal);
        foreach (var e in group)
        {
            edges[e.Id] = [];
            foreach (var after in e.After)
            {
                // An unknown id or one of another kind is reported with every other reference.
                if (!byId.TryGetValue(after.Id, out var earlier)) continue;
                if (earlier.Date != e.Date)
                    diagnostics.Report(DiagnosticCodes.AfterOtherDate, after.Location,
                        $"'{after.Id}' in 'after' is dated {earlier.Date.Iso}, not {e.Date.Iso} like this event; 'after' orders only events of the same date and precision, and the dates already order these");
                else edges[e.Id].Add(after);
            }
        }
        return edges;
    }

    /// <summary>
    /// Depth-first from each event in id order; an `after:` entry leading back onto the path closes a
    /// cycle. The walk keeps its own stack, and where each event stands on the path: by recursion a
    /// chain of 55,000 events overflowed the process's stack, and looking along the path was quadratic.
    /// </summary>
    private static void DropCycles(List<Event> group, Dictionary<string, List<Ref>> edges, DiagnosticBag diagnostics)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var walk = new Stack<Step>();
        void Enter(string id)
        {
            onPath[id] = path.Count;
            path.Add(id);
            walk.Push(new Step(id, [.. edges[id]]));
        }
        foreach (var e in group)
        {
            if (done.Contains(e.Id)) continue;
            Enter(e.Id);
            while (walk.TryPeek(out var step))
            {
                if (step.Next == step.Afters.Count)
                {
                    walk.Pop();
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(step.Id);
                    done.Add(step.Id);
                    continue;
                }
                var after = step.Afters[step.Next++];
                if (onPath.TryGetValue(after.Id, out var at))
                {
                    diagnostics.Report(DiagnosticCodes.AfterCycle, after.Location,
                        $"'after: {after.Id}' closes a cycle: {CycleText(path, at, after.Id)}; remove one of these entries");
                    edges[step.Id].Remove(after);
                }
                else if (!done.Contains(after.Id)) Enter(after.Id);
            }
        }
    }

    /// <summary>One event of the walk, with the `after:` entries it has still to follow.</summary>
    private sealed class Step(string id, List<Ref> afters)
    {
        public string Id { get; } = id;
        public List<Ref> Afters { get; } = afters;
        public int Next { get; set; }
    }

    /// <summary>"a after b after a"; a cycle of more than a dozen events is shortened in its middle, so the message stays one line.</summary>
    private static string CycleText(List<string> path, int from, string closing)
    {
        const int Shown = 12;
        var cycle = path.Skip(from).Append(closing).ToList();
        return cycle.Count <= Shown
            ? string.Join(" after ", cycle)
            : $"{string.Join(" after ", cycle.Take(Shown / 2))} after … ({cycle.Count - Shown} more) … after {string.Join(" after ", cycle.TakeLast(Shown / 2))}";
    }

    /// <summary>Each event once everything it comes after is placed; among those ready, the smallest id first.</summary>
    private static IEnumerable<Event> InOrder(List<Event> group, Dictionary<string, List<Ref>> edges)
    {
        var events = group.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var waitingOn = group.ToDictionary(e => e.Id, e => edges[e.Id].Select(r => r.Id).Distinct().Count(), StringComparer.Ordinal);
        var followers = group.ToDictionary(e => e.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var e in group)
            foreach (var earlier in edges[e.Id].Select(r => r.Id).Distinct()) followers[earlier].Add(e.Id);
        var ready = new SortedSet<string>(group.Where(e => waitingOn[e.Id] == 0).Select(e => e.Id), StringComparer.Ordinal);
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            yield return events[next];
            foreach (var follower in followers[next])
                if (--waitingOn[follower] == 0) ready.Add(follower);
        }
    }
}
