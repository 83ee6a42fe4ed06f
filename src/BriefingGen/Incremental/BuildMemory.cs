using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefingGen.Diagnostics;
using BriefingGen.Graph;
using BriefingGen.Loading;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Rendering.Pages;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Incremental;

/// <summary>
/// What the last successful build of one site left behind, so the next build redoes only what
/// changed: files whose text changed are read again, and a page is rendered again only when a
/// document it shows changed (<see cref="PageSpec.DependsOn"/>), or site.yml, the templates or the
/// options did. A failed build changes nothing here, so the next one compares with the last good
/// site. Pass the same memory to each build of the site, one build at a time.
/// </summary>
public sealed class BuildMemory
{
    private readonly ContentReloader _content = new();
    private readonly ParsedDocuments _documents = new();
    private IReadOnlyDictionary<string, long> _versions = ImmutableDictionary<string, long>.Empty;
    private IReadOnlyDictionary<string, string> _shapes = ImmutableDictionary<string, string>.Empty;
    private Dictionary<string, string[]> _dependencies = new(StringComparer.Ordinal);
    // Who shows each document: made from _dependencies when a build first needs it.
    private Dictionary<string, List<string>>? _shownBy;
    private Dictionary<string, IReadOnlyList<string>> _made = new(StringComparer.Ordinal);
    private (string? SiteConfig, TemplateSet? Templates, BuildOptions? Options) _settings;
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    // The documents read again since the last good build (failed builds in between included).
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    // What rendering found on pages (links to no place on them), by page: replayed for a page kept as it was.
    private Dictionary<string, IReadOnlyList<Diagnostic>> _foundOn = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, IReadOnlyList<Diagnostic>> _nextFoundOn = new(StringComparer.Ordinal);
    // The last good build's site graph, and what building it reported.
    private (SiteGraph Graph, IReadOnlyList<Diagnostic> Diagnostics)? _graph;

    // The build in progress.
    private string? _siteConfig;
    private bool _settingsChanged;
    private HashSet<string> _changed = [];
    private bool _redoDependencies;
    private HashSet<string> _affected = [];
    // The ids of the documents whose citation files are among _affected.
    private HashSet<string> _affectedCitations = [];
    private ConcurrentDictionary<string, string[]> _next = new(StringComparer.Ordinal);
    private Dictionary<string, IReadOnlyList<string>> _nextMade = new(StringComparer.Ordinal);
    private (SiteGraph Graph, IReadOnlyList<Diagnostic> Diagnostics)? _nextGraph;

    /// <summary>Every file of the last successful build, whether it was rendered then or kept from before; the same object while the set is the same.</summary>
    public IReadOnlyCollection<string> Paths => _paths;

    /// <summary>The content, with the checks across files reused when only documents were edited in place.</summary>
    internal LoadedContent Load(IContentSource source, DiagnosticBag diagnostics) => _content.Load(source, diagnostics);

    /// <summary>Front matter and Markdown of the files whose text changed; the others come from memory.</summary>
    internal List<(Document? Document, ParsedBody Body)> Reread(LoadedContent loaded, DiagnosticBag diagnostics)
    {
        _siteConfig = loaded.SiteConfig?.Text;
        var parsed = _documents.Parse(loaded.Documents, diagnostics);
        _touched.UnionWith(_documents.Touched);
        return parsed;
    }

    /// <summary>
    /// The site graph made from the last good one (<see cref="SiteGraphBuilder.Revise"/>) when that is
    /// the same as building it anew: same site.yml and options, no document added or removed, and
    /// every document read again since readable and of the same shape. Null when it must be built.
    /// </summary>
    internal SiteGraph? ReviseGraph(SiteConfig config, IReadOnlyDictionary<string, DocumentKind> loadedIds, IReadOnlySet<(string Id, DocumentKind Kind)> refused,
        IReadOnlySet<DocumentKind> unlisted, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (_graph is not { } last || _siteConfig != _settings.SiteConfig || Comparable(options) != _settings.Options || ShapesChanged()) return null;
        var changed = _documents.Of(_touched);
        if (changed.Any(c => c.Document is null)) return null;
        return SiteGraphBuilder.Revise(last.Graph, last.Diagnostics, config, changed.Select(c => (c.Document!, c.Body!)).ToList(), loadedIds, refused, unlisted, options, diagnostics);
    }

    /// <summary>The graph this build resolved and what it reported, kept if the build succeeds.</summary>
    internal void Resolved(SiteGraph graph, IReadOnlyList<Diagnostic> diagnostics) => _nextGraph = (graph, diagnostics);

    internal void BeginRender(TemplateSet templates, BuildOptions options)
    {
        _settingsChanged = _settings != (_siteConfig, templates, Comparable(options));
        // Only documents read again since the last good build can differ from it.
        var versions = _documents.Versions;
        _changed = _touched.SelectMany(id => new[] { id, PageDependencies.Listed(id) })
            .Where(key => Differ(versions, _versions, key, EqualityComparer<long>.Default)).ToHashSet(StringComparer.Ordinal);
        // With every document's shape as before and the same settings, the site graph is the same
        // but for prose, titles and summaries, and so is which documents each page shows: only
        // their versions need comparing.
        _redoDependencies = _settingsChanged || ShapesChanged() || ListsReordered();
        if (_redoDependencies) _changed.Add(PageDependencies.Shape);
        else
        {
            _affected = _changed.SelectMany(ShownBy).ToHashSet(StringComparer.Ordinal);
            _affectedCitations = _affected.Where(key => key.StartsWith(CitationFilesOf, StringComparison.Ordinal))
                .Select(key => key[CitationFilesOf.Length..]).ToHashSet(StringComparer.Ordinal);
        }
        _next = new(StringComparer.Ordinal);
        _nextMade = new(StringComparer.Ordinal);
        _nextFoundOn = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether an edit the shapes leave out moved a document in a list (a title: sources are listed
    /// by author and title): each page of a list shows a part of it, which the move can change.
    /// </summary>
    private bool ListsReordered() => _graph is not { } last || _nextGraph is not { } next
        || !SameOrder(last.Graph.Briefs, next.Graph.Briefs) || !SameOrder(last.Graph.Events, next.Graph.Events)
        || !SameOrder(last.Graph.Actors, next.Graph.Actors) || !SameOrder(last.Graph.Sources, next.Graph.Sources);

    private static bool SameOrder(IReadOnlyList<Document> before, IReadOnlyList<Document> now)
    {
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++)
            if (!string.Equals(before[i].Id, now[i].Id, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Whether a document read again since the last good build was added, removed, or changed its shape.</summary>
    private bool ShapesChanged() => _touched.Any(id => Differ(_documents.Shapes, _shapes, id, StringComparer.Ordinal));

    private static bool Differ<T>(IReadOnlyDictionary<string, T> now, IReadOnlyDictionary<string, T> before, string key, IEqualityComparer<T> comparer) =>
        now.TryGetValue(key, out var value) != before.TryGetValue(key, out var old) || (value is not null && !comparer.Equals(value, old!));

    /// <summary>True for the own page of a document read again since the last good build.</summary>
    internal bool Edited(PageSpec page) => page.Subject is { } subject && _touched.Contains(subject.Id);

    /// <summary>True when the page would come out as it did in the last good build. Called from parallel renders.</summary>
    internal bool Unchanged(PageSpec page) => Unchanged(page.OutputPath, page.DependsOn);

    /// <summary>
    /// Whether the build must name the files it kept from the last one: only when which files the
    /// site has may have changed (otherwise the last build's list stands).
    /// </summary>
    internal bool NamesKeptFiles => _redoDependencies;

    private const string CitationFilesOf = "citation files of ";

    /// <summary>True when the files made from this document's front matter alone (its citation files) are as in the last good build.</summary>
    /// <remarks>
    /// With no shape changed, every brief and source has had its key since the last good build: the
    /// answer is looked up by id, not by a key made for each of tens of thousands of documents.
    /// </remarks>
    internal bool Unchanged(Document document) => _redoDependencies
        ? Unchanged(CitationFilesOf + document.Id, () => [PageDependencies.Listed(document.Id)])
        : !_affectedCitations.Contains(document.Id);

    /// <summary>True when a site-wide file, or a group of them, made from what these documents show would come out as in the last good build.</summary>
    internal bool Unchanged(string key, Func<IEnumerable<string>> dependsOn)
    {
        var known = _dependencies.TryGetValue(key, out var before);
        // Who shows what follows from the shapes alone: with none changed, last build's answer holds.
        if (known && !_redoDependencies) return !_affected.Contains(key);
        var dependencies = dependsOn().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _next[key] = dependencies;
        return known && !_settingsChanged && dependencies.SequenceEqual(before!, StringComparer.Ordinal) && !dependencies.Any(_changed.Contains);
    }

    private List<string> ShownBy(string dependency) => (_shownBy ??= IndexShownBy()).GetValueOrDefault(dependency) ?? [];

    private Dictionary<string, List<string>> IndexShownBy()
    {
        var shownBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, dependencies) in _dependencies)
            foreach (var shown in dependencies)
            {
                if (!shownBy.TryGetValue(shown, out var keys)) shownBy[shown] = keys = [];
                keys.Add(key);
            }
        return shownBy;
    }

    /// <summary>
    /// Makes now what the next build would make first: the index of who shows what (at 10,000 briefs
    /// most of a second). Serve calls it while it waits for an edit. Not while a build runs.
    /// </summary>
    public void Prepare() => _shownBy ??= IndexShownBy();

    /// <summary>The files a group made in the last good build, when what it shows is unchanged; null when it must be made again (then say what it made).</summary>
    internal IReadOnlyList<string>? Kept(string group, Func<IEnumerable<string>> dependsOn)
    {
        if (!Unchanged(group, dependsOn) || !_made.TryGetValue(group, out var files)) return null;
        _nextMade[group] = files;
        return files;
    }

    internal void Made(string group, IReadOnlyList<string> files) => _nextMade[group] = files;

    /// <summary>What rendering the page found this build (empty for nothing). Called from parallel renders.</summary>
    internal void Found(string path, IReadOnlyList<Diagnostic> found)
    {
        if (found.Count > 0 || _foundOn.ContainsKey(path)) _nextFoundOn[path] = found;
    }

    /// <summary>What rendering the page found in the last good build, for a page kept as that build left it.</summary>
    internal IReadOnlyList<Diagnostic> FoundOn(string path) => _foundOn.GetValueOrDefault(path) ?? [];

    /// <summary>Called when the build succeeded: it becomes the one the next build compares with.</summary>
    internal void Remember(TemplateSet templates, BuildOptions options, IEnumerable<string> paths)
    {
        _settings = (_siteConfig, templates, Comparable(options));
        _graph = _nextGraph;
        _versions = _documents.Versions;
        _shapes = _documents.Shapes;
        _touched.Clear();
        // Without a new answer to who shows what, last build's holds, with any newcomers added.
        if (_redoDependencies) _dependencies = new Dictionary<string, string[]>(_next, StringComparer.Ordinal);
        else foreach (var (key, dependencies) in _next) _dependencies[key] = dependencies;
        if (_redoDependencies || !_next.IsEmpty) _shownBy = null;
        _made = _nextMade;
        foreach (var (path, found) in _nextFoundOn)
        {
            if (found.Count == 0) _foundOn.Remove(path);
            else _foundOn[path] = found;
        }
        // Which files there are follows from the shapes and settings, like who shows what.
        if (_redoDependencies)
        {
            _paths = paths.ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _foundOn.Keys.Where(path => !_paths.Contains(path)).ToList()) _foundOn.Remove(gone);
        }
    }

    /// <summary>The options that shape the output: a caller's progress reporter, new for every build, does not.</summary>
    private static BuildOptions Comparable(BuildOptions options) => options with { Progress = null };
}
