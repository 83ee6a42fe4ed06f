using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingGen.Diagnostics;
using BriefingGen.Incremental;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// The site `serve` shows, kept in memory (nothing is written to disk) and rebuilt incrementally.
/// A rebuild with errors keeps the last good pages and records its problems for the overlay.
/// </summary>
public sealed class LiveSite(string contentFolder, string? templatesFolder, BuildOptions options)
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly BuildMemory _memory = new();
    private readonly WatchedContentSource _content = new(contentFolder);
    private readonly Lock _rebuilding = new();
    private TemplateSet? _templates;
    private IReadOnlyCollection<string>? _paths;
    private long _generation;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _idle;

    /// <summary>How long after a rebuild, with no other begun, the heap is collected: the reload has fetched its page by then.</summary>
    private static readonly TimeSpan IdleCollectionDelay = TimeSpan.FromSeconds(1);

    /// <summary>The problems of the last rebuild when it failed; empty when the pages are current.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public bool HasPages => !_files.IsEmpty;

    public byte[]? File(string path) => _files.TryGetValue(path, out var bytes) ? bytes : null;

    /// <summary>Incremented after every rebuild, failed or not: open pages reload to show the news.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Completes after the next rebuild.</summary>
    public Task NextRebuild => _next.Task;

    /// <summary>Rebuilds what changed (the templates are read again when they did) and returns what happened.</summary>
    public (BuildResult Result, TimeSpan Elapsed) Rebuild(Changes changes)
    {
        _idle?.Cancel();
        lock (_rebuilding)
        {
            var clock = Stopwatch.StartNew();
            if (_templates is null || changes.Templates) _templates = TemplateSet.Load(templatesFolder);
            _content.Changed(changes.ContentPaths);
            var staged = new MemoryOutput();
            var result = SiteBuilder.Build(_content, _templates, staged, options, _memory);
            if (result.Succeeded)
            {
                foreach (var (path, bytes) in staged.Files) _files[path] = bytes;
                // The memory keeps the same set of paths while the site's shape stays: then nothing went.
                if (!ReferenceEquals(_memory.Paths, _paths))
                    foreach (var gone in _files.Keys.Where(p => !_memory.Paths.Contains(p)).ToList()) _files.TryRemove(gone, out _);
                _paths = _memory.Paths;
            }
            Problems = result.Succeeded ? [] : result.Diagnostics;
            Interlocked.Increment(ref _generation);
            Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            CollectWhenIdle();
            return (result, clock.Elapsed);
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
