namespace BriefingGen.Diagnostics;

/// <summary>
/// Collects every problem of one run. Passed into each stage (never global) and safe to fill
/// from parallel stages.
/// </summary>
public sealed class DiagnosticBag
{
    /// <summary>
    /// Problems of one code in one file kept in full, the first in the file's order whatever order
    /// they were found in; the rest are counted on the last one kept (<see cref="Diagnostic.Repeats"/>).
    /// A body of 160,000 stray tags made as many diagnostics: 1.4 GB to build 4.8 MB of content, and
    /// a report of 224 MB recorded beside the site. As many as the CLI prints: with 100 kept, 1,000
    /// briefs of 15 KB, each with a hundred of eight warnings, took 1.5 GB.
    /// </summary>
    public const int KeptPerFileAndCode = 20;

    /// <summary>The latest in the file first, so that a full queue lets go of the latest.</summary>
    private static readonly Comparer<Diagnostic> LatestFirst = Comparer<Diagnostic>.Create((a, b) => InFileOrder(b, a));

    /// <summary>Diagnostics found elsewhere and added whole (each file's own, kept between rebuilds, are already bounded).</summary>
    private readonly List<Diagnostic> _added = [];
    private readonly Dictionary<(string File, string Code), PriorityQueue<Diagnostic, Diagnostic>> _reported = [];
    private readonly Dictionary<(string File, string Code), int> _notKept = [];
    private readonly Lock _gate = new();
    private int _count;

    public void Report(DiagnosticCode code, SourceLocation location, string message)
    {
        var diagnostic = new Diagnostic(location, code.DefaultSeverity, code.Id, message);
        var key = (location.File, code.Id);
        lock (_gate)
        {
            _count++;
            if (!_reported.TryGetValue(key, out var kept)) _reported[key] = kept = new PriorityQueue<Diagnostic, Diagnostic>(LatestFirst);
            kept.Enqueue(diagnostic, diagnostic);
            if (kept.Count <= KeptPerFileAndCode) return;
            kept.Dequeue();
            _notKept[key] = _notKept.GetValueOrDefault(key) + 1;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            var before = _added.Count;
            _added.AddRange(diagnostics);
            _count += _added.Count - before;
        }
    }

    /// <summary>How many problems were reported, kept or not.</summary>
    public int Count
    {
        get { lock (_gate) return _count; }
    }

    public bool HasErrors
    {
        get { lock (_gate) return All().Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Every diagnostic, sorted by file, line, column and code so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            var sorted = All()
                .Distinct()
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
            if (_notKept.Count == 0) return sorted;
            // One pass for the last kept of every key: a search per key was quadratic over many flooded files.
            var last = new Dictionary<(string File, string Code), int>();
            for (var i = 0; i < sorted.Count; i++) last[(sorted[i].Location.File, sorted[i].Code)] = i;
            foreach (var (key, notKept) in _notKept)
                sorted[last[key]] = sorted[last[key]] with { Repeats = sorted[last[key]].Repeats + notKept };
            return sorted;
        }
    }

    private IEnumerable<Diagnostic> All() => _added.Concat(_reported.Values.SelectMany(kept => kept.UnorderedItems.Select(item => item.Element)));

    private static int InFileOrder(Diagnostic a, Diagnostic b)
    {
        var order = a.Location.Line.CompareTo(b.Location.Line);
        if (order == 0) order = a.Location.Column.CompareTo(b.Location.Column);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
