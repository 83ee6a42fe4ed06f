namespace BriefingGen.Loading;

/// <summary>Content given as strings, keyed by content-relative path; used by tests.</summary>
public sealed class InMemoryContentSource(IReadOnlyDictionary<string, string> files, string displayRoot = "content") : IContentSource
{
    public string DisplayRoot => displayRoot;

    public IEnumerable<ContentEntry> Entries() =>
        files.OrderBy(f => f.Key, StringComparer.Ordinal)
             .Select(f => new ContentEntry(f.Key, ContentEntryType.File, System.Text.Encoding.UTF8.GetBytes(f.Value)));
}
