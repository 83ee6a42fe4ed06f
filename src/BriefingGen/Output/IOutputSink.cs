namespace BriefingGen.Output;

/// <summary>Where a build puts its files. Writes may come from several threads at once.</summary>
public interface IOutputSink
{
    /// <summary>Writes one file; path is site-relative with '/'.</summary>
    void Write(string path, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Whether the sink records the inputs of the site it holds (<see cref="Incremental.InputDigest"/>),
    /// so that a build from the same inputs can leave it as it is.
    /// </summary>
    bool RemembersInputs => false;

    /// <summary>
    /// When the sink holds, untouched since, the site a build from exactly these inputs made: the
    /// report that build recorded with them (<see cref="Incremental.RecordedReport"/>); otherwise null.
    /// </summary>
    string? ReportOf(string inputs) => null;
}
