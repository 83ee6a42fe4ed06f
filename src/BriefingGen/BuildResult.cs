using System.Diagnostics;
using BriefingGen.Diagnostics;
using BriefingGen.Graph;

namespace BriefingGen;

/// <summary>What a build or check found and did. Succeeded is false when there are errors (or warnings under --strict).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, SiteGraph? Graph, int FilesWritten, IReadOnlyList<StageTiming> Timings)
{
    public int ErrorCount => Diagnostics.Where(d => d.Severity == Severity.Error).Sum(d => 1 + d.Repeats);

    public int WarningCount => Diagnostics.Where(d => d.Severity == Severity.Warning).Sum(d => 1 + d.Repeats);

    /// <summary>Information for the person running the build (e.g. outputs skipped without base_url); never affects success.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The digest of the build's inputs, when the output records it (see <see cref="Output.IOutputSink.RemembersInputs"/>).</summary>
    public string? Inputs { get; init; }

    /// <summary>
    /// The output already held the site these inputs make, so nothing was checked, rendered or
    /// written: the diagnostics, notes and coverage are those recorded by the build that made it.
    /// </summary>
    public bool UpToDate { get; init; }

    /// <summary>Whether the citation lint was asked for, by --lint citations or site.yml.</summary>
    public bool LintsCitations { get; init; }

    private IReadOnlyList<CitationCoverage>? _coverage;

    /// <summary>How well each page cites its claims; null when the run has no site graph (no usable site.yml).</summary>
    public IReadOnlyList<CitationCoverage>? Coverage
    {
        get => _coverage ??= Graph is null ? null : CitationCoverage.PerPage(Graph);
        init => _coverage = value;
    }
}

/// <summary>How long one stage took: wall time, and CPU time of all the process's threads (parallel stages use more CPU than wall).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu)
{
    /// <summary>How long the garbage collector paused the process's threads during the stage.</summary>
    public TimeSpan GcPauses { get; init; }

    /// <summary>The process's peak resident memory when the stage ended, in bytes: the stage that raises it is where the memory goes.</summary>
    public long PeakMemory { get; init; }

    public static StageTiming Measure(string stage, Action work)
    {
        var (cpu, _) = ProcessNow();
        var pauses = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        work();
        var elapsed = clock.Elapsed;
        var (cpuAfter, peak) = ProcessNow();
        return new StageTiming(stage, elapsed, cpuAfter - cpu) { GcPauses = GC.GetTotalPauseDuration() - pauses, PeakMemory = peak };
    }

    /// <summary>The CPU time of all the process's threads so far, and its peak resident memory.</summary>
    private static (TimeSpan Cpu, long PeakMemory) ProcessNow()
    {
        using var process = Process.GetCurrentProcess();
        return (process.TotalProcessorTime, process.PeakWorkingSet64);
    }
}
