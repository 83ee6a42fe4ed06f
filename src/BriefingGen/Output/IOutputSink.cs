namespace BriefingGen.Output;

/// <summary>Where a build puts its files. Writes may come from several threads at once.</summary>
public interface IOutputSink
{
    /// <summary>Writes one file; path is site-relative with '/'.</summary>
    void Write(string path, byte[] bytes);
}
