using BriefingGen.Loading;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// The content folder as `serve` sees it: walked once, then only the paths the watcher reported
/// are looked at again, so an edit does not read every file of a large site. The entries come in
/// the order a walk gives them (each folder's names in ordinal order, a folder before its contents).
/// </summary>
public sealed class WatchedContentSource(string root) : IContentSource
{
    private readonly DiskContentSource _disk = new(root);
    private SortedDictionary<string, ContentEntry>? _entries;

    public string DisplayRoot => _disk.DisplayRoot;

    public IEnumerable<ContentEntry> Entries() => (_entries ??= new(_disk.Entries().ToDictionary(e => e.Path, StringComparer.Ordinal), WalkOrder.Instance)).Values;

    /// <summary>Looks at these paths again before the next build (all of them when null).</summary>
    public void Changed(IReadOnlyCollection<string>? paths)
    {
        if (_entries is null) return;
        if (paths is null)
        {
            _entries = null;
            return;
        }
        foreach (var path in paths)
        {
            // The path and whatever was inside it, if it was a folder, as they are now. A walk gives a
            // folder before its contents, so only a known folder can have known entries inside.
            if (_entries.Remove(path, out var was) && was.Type == ContentEntryType.Directory)
            {
                var inside = path + "/";
                foreach (var gone in _entries.Keys.Where(p => p.StartsWith(inside, StringComparison.Ordinal)).ToList()) _entries.Remove(gone);
            }
            foreach (var entry in _disk.EntriesAt(path)) _entries[entry.Path] = entry;
        }
    }

    /// <summary>Paths compared name by name, so "briefs/x.md" comes before "briefs-old", as in a walk.</summary>
    private sealed class WalkOrder : IComparer<string>
    {
        public static WalkOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = x!.Split('/');
            var b = y!.Split('/');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
                if (string.CompareOrdinal(a[i], b[i]) is var order and not 0) return order;
            return a.Length.CompareTo(b.Length);
        }
    }
}
