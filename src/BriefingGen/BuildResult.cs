using BriefingGen.Diagnostics;
using BriefingGen.Graph;

namespace BriefingGen;

/// <summary>What a build or check found and did. Succeeded is false when there are errors (or warnings under --strict).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, SiteGraph? Graph, int FilesWritten, IReadOnlyList<StageTiming> Timings)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Information for the person running the build (e.g. outputs skipped without base_url); never affects success.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
