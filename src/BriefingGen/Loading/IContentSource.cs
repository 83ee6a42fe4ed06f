namespace BriefingGen.Loading;

/// <summary>Where content comes from: a folder on disk, or strings in a test. Read-only by design.</summary>
public interface IContentSource
{
    /// <summary>How the content folder is named in diagnostics, e.g. "content", so a message reads "content/briefs/a.md:3:7".</summary>
    string DisplayRoot { get; }

    /// <summary>Every entry below the content root, in ordinal path order.</summary>
    IEnumerable<ContentEntry> Entries();
}
