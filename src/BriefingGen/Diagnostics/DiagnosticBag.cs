namespace BriefingGen.Diagnostics;

/// <summary>
/// Collects every problem of one run. Passed into each stage (never global) and safe to fill
/// from parallel stages.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Report(DiagnosticCode code, SourceLocation location, string message)
    {
        lock (_gate) _items.Add(new Diagnostic(location, code.DefaultSeverity, code.Id, message));
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>Every diagnostic, sorted by file, line, column and code so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
