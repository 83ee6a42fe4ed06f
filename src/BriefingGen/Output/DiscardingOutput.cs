namespace BriefingGen.Output;

/// <summary>Renders everything and keeps nothing: `check` runs the whole build, so a page that would fail to render fails the check too.</summary>
public sealed class DiscardingOutput : IOutputSink
{
    public void Write(string path, ReadOnlySpan<byte> bytes) => OutputPath.EnsureSafe(path);
}
