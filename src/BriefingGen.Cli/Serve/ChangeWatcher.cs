namespace BriefingGen.Cli.Serve;

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

    /// <param name="changed">Called on a timer thread; the flag says whether a template changed.</param>
    public ChangeWatcher(string contentFolder, string? templatesFolder, Action<bool> changed)
    {
        _timer = new Timer(_ =>
        {
            bool templates;
            lock (_gate) (templates, _templatesChanged) = (_templatesChanged, false);
            changed(templates);
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
        void Poke(object? sender, EventArgs e)
        {
            lock (_gate)
            {
                _templatesChanged |= isTemplates;
                _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
            }
        }
        watcher.Changed += Poke;
        watcher.Created += Poke;
        watcher.Deleted += Poke;
        watcher.Renamed += Poke;
        // Too many changes at once (a checkout): rebuild everything that changed, as for any other change.
        watcher.Error += (s, e) => Poke(s, e);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
