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

    /// <summary>The watchers of each folder's name, in its parent.</summary>
    private readonly List<FileSystemWatcher> _watchers = [];
    /// <summary>Disposes each folder's current watcher, which is made again when the folder is.</summary>
    private readonly List<Action> _disposeInside = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _templatesChanged;
    private HashSet<string>? _contentPaths = new(StringComparer.Ordinal);

    private readonly Action<string> _cannotWatch;

    /// <param name="changed">Called on a timer thread with what changed.</param>
    /// <param name="cannotWatch">Called with what to tell the user when a folder can no longer be watched.</param>
    public ChangeWatcher(string contentFolder, string? templatesFolder, Action<Changes> changed, Action<string> cannotWatch)
    {
        _cannotWatch = cannotWatch;
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

        FileSystemWatcher? inside = null;
        var stopped = false;
        // Its own lock, not the one events take: a watcher is disposed under it.
        var swap = new Lock();
        void WatchInside()
        {
            lock (swap)
            {
                inside?.Dispose();
                inside = null;
                // A folder made again as serve stops is not watched by a watcher nobody would dispose.
                if (stopped || !Directory.Exists(folder)) return;
                inside = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                inside.Changed += (_, e) => Poke(e.FullPath);
                inside.Created += (_, e) => Poke(e.FullPath);
                inside.Deleted += (_, e) => Poke(e.FullPath);
                inside.Renamed += (_, e) => Poke(e.OldFullPath, e.FullPath);
                // Too many changes at once (a checkout): which paths is lost, so everything is looked at again.
                // Anything else (the user's inotify watches used up) stops the watcher for good: say so.
                // Once per watcher: each folder it failed to add is an error of its own.
                var told = 0;
                inside.Error += (_, e) =>
                {
                    if (CannotWatch(folder, e.GetException()) is { } message && Interlocked.Exchange(ref told, 1) == 0) _cannotWatch(message);
                    Poke(folder);
                };
                inside.EnableRaisingEvents = true;
            }
        }
        WatchInside();

        // A watch follows the folder it was made on: once that is deleted, one made again in its place
        // (a script that writes content afresh, a restore) was never watched, and serve went stale
        // until restarted. The folder's own name is watched from its parent, and a new one watched.
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (Path.GetDirectoryName(full) is { } parent && Directory.Exists(parent))
        {
            var name = Path.GetFileName(full);
            var above = new FileSystemWatcher(parent, name) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
            void Replaced()
            {
                WatchInside();
                Poke(folder);
            }
            above.Created += (_, _) => Replaced();
            above.Renamed += (_, e) =>
            {
                if (e.Name == name) Replaced();
                else if (e.OldName == name) Poke(folder);
            };
            above.Deleted += (_, _) => Poke(folder);
            above.EnableRaisingEvents = true;
            _watchers.Add(above);
        }
        _disposeInside.Add(() =>
        {
            lock (swap)
            {
                stopped = true;
                inside?.Dispose();
            }
        });
    }

    /// <summary>What to tell the user when a watcher's error ends its watching; null for an overflow, after which it goes on.</summary>
    public static string? CannotWatch(string folder, Exception error) => error is InternalBufferOverflowException ? null
        : $"serve can no longer see changes in '{folder}' ({error.Message.TrimEnd('.')}); edits are not shown until serve is restarted"
            + (error.Message.Contains("inotify watches", StringComparison.Ordinal) ? "; raise the limit with: sudo sysctl fs.inotify.max_user_watches=524288" : "");

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        foreach (var dispose in _disposeInside) dispose();
        _timer.Dispose();
    }
}
