using BriefingGen.Loading;

namespace BriefingGen.Cli.Serve;

/// <summary>What changed since the last rebuild: whether a template did, and which content paths ('/'-separated, relative); null when not known (the watcher lost track).</summary>
public sealed record Changes(bool Templates, IReadOnlyCollection<string>? ContentPaths)
{
    /// <summary>Before the first build: everything.</summary>
    public static Changes All { get; } = new(Templates: true, ContentPaths: null);
}

/// <summary>
/// Watches the content and template folders and calls back once things have been quiet for a
/// moment: an editor's save (write a temporary file, rename it over the old one) is several
/// events, and should be one rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(80);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _templatesChanged;
    private HashSet<string>? _contentPaths = new(StringComparer.Ordinal);

    /// <param name="changed">Called on a timer thread with what changed.</param>
    public ChangeWatcher(string contentFolder, string? templatesFolder, Action<Changes> changed)
    {
        _timer = new Timer(_ =>
        {
            Changes changes;
            lock (_gate)
            {
                changes = new Changes(_templatesChanged, _contentPaths);
                (_templatesChanged, _contentPaths) = (false, new(StringComparer.Ordinal));
            }
            changed(changes);
        });
        Watch(contentFolder, isTemplates: false);
        if (templatesFolder is not null) Watch(templatesFolder, isTemplates: true);
    }

    private void Watch(string folder, bool isTemplates)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Poke(params string[] paths)
        {
            lock (_gate)
            {
                var relevant = false;
                foreach (var path in paths)
                {
                    var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                    // The folder itself, or a name the watcher cannot place: look at everything again.
                    var everything = relative == "." || relative.StartsWith("..", StringComparison.Ordinal);
                    // An editor's swap file or backup, written as the contributor types, is no change to the site.
                    if (!everything && ContentLayout.IsIgnoredPath(relative)) continue;
                    relevant = true;
                    if (isTemplates) _templatesChanged = true;
                    else if (everything) _contentPaths = null;
                    else _contentPaths?.Add(relative);
                }
                if (relevant) _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
            }
        }
        watcher.Changed += (_, e) => Poke(e.FullPath);
        watcher.Created += (_, e) => Poke(e.FullPath);
        watcher.Deleted += (_, e) => Poke(e.FullPath);
        watcher.Renamed += (_, e) => Poke(e.OldFullPath, e.FullPath);
        // Too many changes at once (a checkout): which paths is lost, so everything is looked at again.
        watcher.Error += (_, _) => Poke(folder);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
