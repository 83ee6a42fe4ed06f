using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingGen.Diagnostics;
using BriefingGen.Incremental;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// What a rebuild changed, as open pages hear of it: the paths of the files it wrote or removed, or
/// null when every page should reload (the problems shown on them changed, or the templates did).
/// Next is the news after this.
/// </summary>
public sealed record SiteNews(IReadOnlyCollection<string>? Paths, Task<SiteNews> Next);

/// <summary>
/// The site `serve` shows, kept in memory (nothing is written to disk) and rebuilt incrementally.
/// A rebuild with errors keeps the last good pages and records its problems for the overlay.
/// After an edit of content alone, the edited documents' own pages are shown as soon as they are
/// rendered, before the lists and indexes that show them too (at 10,000 briefs a new title
/// re-renders megabytes of those): what the contributor is looking at reloads first.
/// </summary>
public sealed class LiveSite(string contentFolder, string? templatesFolder, BuildOptions options)
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly BuildMemory _memory = new();
    private readonly WatchedContentSource _content = new(contentFolder);
    private readonly Lock _rebuilding = new();
    private TemplateSet? _templates;
    private IReadOnlyCollection<string>? _paths;
    private TaskCompletionSource<SiteNews> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>Names this server's news apart from an earlier server's, whose pages reconnect after a restart.</summary>
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _announcing = new();
    /// <summary>How many news there have been.</summary>
    private long _version;
    /// <summary>The news after each of the last <see cref="RecentNews"/> versions, at [version % RecentNews].</summary>
    private readonly Task<SiteNews>[] _recent = new Task<SiteNews>[RecentNews];
    private CancellationTokenSource? _idle;

    private const int MostNamedChanges = 1000;
    private const int RecentNews = 64;
    private const int MostShownEarly = 8;

    /// <summary>How long after a rebuild, with no other begun, the heap is collected: the reload has fetched its page by then.</summary>
    private static readonly TimeSpan IdleCollectionDelay = TimeSpan.FromSeconds(1);

    /// <summary>The problems of the last rebuild when it failed; empty when the pages are current.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public bool HasPages => !_files.IsEmpty;

    /// <summary>The path of base_url ("/repo/" for https://org.github.io/repo/), or "/": where the 404 page, served at any depth, links from.</summary>
    public string BasePath { get; private set; } = "/";

    public byte[]? File(string path) => _files.TryGetValue(path, out var bytes) ? bytes : null;

    /// <summary>Where the news stand now: a page served after reading this hears, from <see cref="NewsSince"/>, every news from then on.</summary>
    public string NewsMark
    {
        get
        {
            lock (_announcing) return $"{_epoch}.{_version}";
        }
    }

    /// <summary>
    /// The news since a page was served (<see cref="NewsMark"/>), so that what happened while it
    /// loaded is not lost: a page reloaded by an edited page shown early connects after the rebuild
    /// has failed, and missed that every page goes back. A mark of an earlier server or from long ago
    /// hears "every page" at once; no mark, only the news to come (after every rebuild, failed or
    /// not, and when an edited page is shown early; each links to the one after it, so none is missed).
    /// </summary>
    public Task<SiteNews> NewsSince(string? mark)
    {
        lock (_announcing)
        {
            if (mark is null) return _next.Task;
            if (mark.StartsWith(_epoch + ".", StringComparison.Ordinal) && long.TryParse(mark.AsSpan(_epoch.Length + 1), out var version)
                && version >= 0 && version <= _version && _version - version < RecentNews)
                return _recent[version % RecentNews] ?? _next.Task; // no news yet: the next
            return Task.FromResult(new SiteNews(null, _next.Task));
        }
    }

    /// <summary>Rebuilds what changed (the templates are read again when they did) and returns what happened.</summary>
    public (BuildResult Result, TimeSpan Elapsed) Rebuild(Changes changes)
    {
        // Before waiting, so a collection waiting for the lock gives way; and again once in, for the one
        // a rebuild still running scheduled meanwhile: run after this rebuild, it would pause the reload.
        _idle?.Cancel();
        lock (_rebuilding)
        {
            _idle?.Cancel();
            var clock = Stopwatch.StartNew();
            var first = _templates is null;
            var everyPage = first || changes.Templates || Problems.Count > 0;
            if (_templates is null || changes.Templates) _templates = TemplateSet.Load(templatesFolder);
            _content.Changed(changes.ContentPaths);
            var staged = new MemoryOutput();
            // Shown early only when nothing else about the pages changes: same templates, no problems
            // overlaid. (Content errors stop a build before it renders; should a template then fail on
            // another page, the early one goes back to what the last good build showed, as every page.)
            // A batch (a checkout) is shown whole: an early event per page would go to every open page.
            var early = everyPage || changes.ContentPaths is not { Count: <= MostShownEarly } edited ? [] : OwnPages(edited);
            // Each page shown early, with what was served there before (null: nothing).
            var shown = new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal);
            var output = early.Count == 0 ? (IOutputSink)staged : new ShowingFirst(staged, early, path =>
            {
                var before = shown[path] = File(path);
                _files[path] = staged.Files[path];
                if (!Same(before, staged.Files[path])) Announce([path]);
            });
            var result = SiteBuilder.Build(_content, _templates, output, options, _memory);
            var changed = new List<string>();
            if (result.Succeeded)
            {
                // A page rendered again as it was (a list that shows the edited brief's title, not its
                // summary) is no news: the open page would reload for nothing.
                foreach (var (path, bytes) in staged.Files)
                {
                    var before = File(path);
                    _files[path] = bytes;
                    if (!shown.ContainsKey(path) && !Same(before, bytes)) changed.Add(path);
                }
                // The memory keeps the same set of paths while the site's shape stays: then nothing went.
                if (!ReferenceEquals(_memory.Paths, _paths))
                    foreach (var gone in _files.Keys.Where(p => !_memory.Paths.Contains(p)).ToList())
                    {
                        _files.TryRemove(gone, out _);
                        changed.Add(gone);
                    }
                _paths = _memory.Paths;
                if (result.Graph is { } graph) BasePath = graph.Config.BasePath;
            }
            else
            {
                // A page of a failed build would outlive it: the next good build compares with the last good one, not with this.
                foreach (var (path, before) in shown)
                {
                    if (before is null) _files.TryRemove(path, out _);
                    else _files[path] = before;
                }
            }
            Problems = result.Succeeded ? [] : result.Diagnostics;
            // A long list (site.yml edited: every page) is sent as "every page" to each open page.
            Announce(everyPage || !result.Succeeded || changed.Count > MostNamedChanges ? null : changed);
            // The first edit may come at once: the site is ready only with who shows what indexed.
            if (first) _memory.Prepare();
            CollectWhenIdle();
            return (result, clock.Elapsed);
        }
    }

    private static bool Same(byte[]? before, byte[] now) => before is not null && before.AsSpan().SequenceEqual(now);

    /// <summary>Tells the news; pages shown early are told from the threads that render them, at once.</summary>
    private void Announce(IReadOnlyCollection<string>? paths)
    {
        lock (_announcing)
        {
            var next = new TaskCompletionSource<SiteNews>(TaskCreationOptions.RunContinuationsAsynchronously);
            var told = _next;
            _next = next;
            // A page served before any news asks for the news after version 0: the first told.
            _recent[_version % RecentNews] ??= told.Task;
            _recent[++_version % RecentNews] = next.Task;
            told.TrySetResult(new SiteNews(paths, next.Task));
        }
    }

    /// <summary>The pages of the documents at these content paths ("briefs/x.md" is shown at "briefs/x/index.html").</summary>
    private static HashSet<string> OwnPages(IEnumerable<string> contentPaths) =>
        contentPaths.Select(path => (Kind: ContentLayout.KindOf(path), Id: Path.GetFileNameWithoutExtension(path)))
            .Where(p => p.Kind is not null).Select(p => Document.UrlOf(p.Kind!.Value, p.Id)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Passes every file to the staging output, and the ones named to be shown first also to show.</summary>
    private sealed class ShowingFirst(MemoryOutput staged, IReadOnlySet<string> first, Action<string> show) : IOutputSink
    {
        public void Write(string path, ReadOnlySpan<byte> bytes)
        {
            staged.Write(path, bytes);
            if (first.Contains(path)) show(path);
        }
    }

    /// <summary>
    /// The heap holds a large site and the garbage of the rebuilds so far; left to the runtime, a full
    /// collection falls inside some later rebuild (at 10,000 briefs a second of an edit's reload).
    /// Done while the contributor reads the reloaded page, it keeps rebuilds to their own work; so
    /// does what the next rebuild would make first (<see cref="BuildMemory.Prepare"/>).
    /// </summary>
    private void CollectWhenIdle()
    {
        var idle = _idle = new CancellationTokenSource();
        Task.Delay(IdleCollectionDelay, idle.Token).ContinueWith(_ =>
        {
            lock (_rebuilding)
            {
                if (idle.IsCancellationRequested) return;
                _memory.Prepare();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
            }
        }, TaskContinuationOptions.OnlyOnRanToCompletion);
    }
}
