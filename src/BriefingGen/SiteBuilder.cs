using System.Collections.Concurrent;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Graph;
using BriefingGen.Incremental;
using BriefingGen.Loading;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Output;
using BriefingGen.Rendering.Citing;
using BriefingGen.Rendering.Exports;
using BriefingGen.Rendering.Metadata;
using BriefingGen.Rendering.Pages;
using BriefingGen.Rendering.Templates;
using BriefingGen.Validation;

namespace BriefingGen;

/// <summary>
/// The pipeline: load → read front matter → parse bodies → resolve the site graph → render pages
/// → write. Each stage reports into one diagnostic bag. Content errors stop the run before any page
/// is rendered; a failure while rendering leaves a partial staging folder, which the caller drops.
/// </summary>
public static class SiteBuilder
{
    private const string RenderStage = "render and write";

    /// <summary>
    /// Everything up to the site graph, no output: all the checks but those made on rendered pages
    /// (a link to no place on its own page, BG4011; template errors), which the CLI's check gets by
    /// building into nothing.
    /// </summary>
    public static BuildResult Check(IContentSource content, BuildOptions options)
    {
        var run = new Run(options);
        var graph = run.Resolve(run.Load(content));
        return run.Finish(graph, filesWritten: 0);
    }

    /// <summary>
    /// Builds the whole site into output; renders nothing when the content has errors. With
    /// the memory of the site's last build, only changed files are read and only the pages they
    /// affect are written (the others are as the last good build left them). An output that holds
    /// the site these very inputs make is left as it is, and its build's report is the result.
    /// </summary>
    public static BuildResult Build(IContentSource content, TemplateSet templates, IOutputSink output, BuildOptions options, BuildMemory? memory = null)
    {
        var run = new Run(options);
        run.Diagnostics.AddRange(templates.Problems);
        var templateProblems = run.Diagnostics.Count;
        var loaded = run.Load(content, memory, digestContent: output.RemembersInputs);
        var inputs = run.ContentDigest is { } contentDigest ? InputDigest.Of(contentDigest, templates, options) : null;
        // The digest covers every file the loaders kept, not the ones they refused, so a load with
        // problems, or a theme with errors (a linked layout.html, a FIFO), is checked in full.
        if (inputs is not null && run.Diagnostics.Count == templateProblems && !run.Diagnostics.HasErrors && output.ReportOf(inputs) is { } recorded
            && RecordedReport.Read(recorded, run.Timings) is { } report)
            return report with { Inputs = inputs, UpToDate = true };

        var graph = run.Resolve(loaded, memory, templates);
        // Warnings, even those --strict fails on, leave every page renderable: pages still render, so
        // that the checks made on them (BG4011, template errors) report in the same run, and then
        // the failed build writes nothing.
        if (graph is null || run.Diagnostics.HasErrors) return run.Finish(graph, filesWritten: 0);

        // Pages go to the sink as they render, so writing overlaps rendering and the site is never
        // held in memory whole. A disk sink is a staging folder, dropped when the build fails.
        var (written, site) = run.Time(RenderStage, () => Render(graph, templates, options, output, run.Diagnostics, memory));
        if (!run.Failed) memory?.Remember(templates, options, site);
        if (graph.Config.BaseUrl is null && !run.Failed)
            run.Notes.Add($"base_url is not set, so there are no feeds, sitemap.xml or robots.txt, and pages carry no canonical or og:url; set base_url in {ContentLayout.Shown(content.DisplayRoot, ContentLayout.SiteConfigPath)} or pass --base-url");
        return run.Finish(graph, run.Failed ? 0 : written) with { Inputs = inputs };
    }

    /// <returns>How many files were written, and the paths written and (when the memory asks for them, <see cref="BuildMemory.NamesKeptFiles"/>) kept.</returns>
    private static (int Written, IEnumerable<string> Site) Render(SiteGraph graph, TemplateSet templates, BuildOptions options, IOutputSink output,
        DiagnosticBag diagnostics, BuildMemory? memory)
    {
        var claimed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var written = 0;
        void Write(string path, ReadOnlySpan<byte> bytes)
        {
            if (!claimed.TryAdd(path, true)) throw new InvalidOperationException($"two outputs claim '{path}'");
            output.Write(path, bytes);
            options.Progress?.Report(new BuildProgress(RenderStage, Interlocked.Increment(ref written)));
        }

        using var renderer = new TemplateRenderer(templates, options.PageTimeLimit);
        var site = graph.Config;
        var pages = SitePages.Plan(graph).ToList();
        // The edited documents' own pages first, before the lists and exports start: serve shows them
        // as soon as they are written, and a title edit re-renders megabytes of lists after them.
        var edited = memory is null ? [] : pages.Where(memory.Edited).ToList();
        var rest = edited.Count == 0 ? pages : pages.Where(p => !memory!.Edited(p)).ToList();
        // Feeds and the sitemap need absolute addresses, so they exist only where base_url is known.
        var feeds = site.BaseUrl is null ? [] : Feed.Plan(graph);
        var metadata = new PageMetadata(graph, feeds);
        var kept = new ConcurrentBag<string>();
        memory?.BeginRender(templates, options);
        // The whole site's list of files is remembered only when it may have changed.
        var nameKept = memory?.NamesKeptFiles == true;
        void Keep(string path)
        {
            if (nameKept) kept.Add(path);
        }
        void RenderPage(PageSpec page)
        {
            if (memory?.Unchanged(page) == true)
            {
                Keep(page.OutputPath);
                diagnostics.AddRange(memory.FoundOn(page.OutputPath));
                return;
            }
            // The 404 page is served at any depth, so it links from the site's published path; without
            // base_url, from the host's root, where most sites are (relative links broke below the top level).
            var root = page.OutputPath == "404.html" ? site.BasePath : page.Root;
            var variables = new Dictionary<string, object?>
            {
                ["site"] = site,
                ["root"] = root,
                ["path"] = page.OutputPath,
                ["canonical"] = site.AbsoluteUrl(page.OutputPath),
                ["title"] = page.Title,
                ["description"] = page.Description,
                ["section"] = page.Section,
                ["page"] = page.Model(root),
                ["meta"] = page.Meta(),
                ["authors"] = page.Authors,
                ["discovery"] = metadata.For(page, root),
            };
            var inPage = page.Subject is { } subject && graph.Bodies.TryGetValue(subject.Id, out var body) ? body.InPage : [];
            var followedByAnother = page.Pager is { } pager && pager.Number < pager.Count;
            if (inPage.Count == 0 && !followedByAnother)
            {
                memory?.Found(page.OutputPath, []);
                renderer.Render(page.Template, variables, page.OutputPath, Write);
                return;
            }
            renderer.Render(page.Template, variables, page.OutputPath, (path, bytes) =>
            {
                var found = inPage.Count == 0 ? [] : FragmentLinks.Check(inPage, bytes);
                if (followedByAnother && Pagination.Unlinked(page, templates[page.Template].SourceFilePath ?? page.Template + ".html", bytes) is { } unlinked) found = [.. found, unlinked];
                diagnostics.AddRange(found);
                // Kept for the rebuilds that leave this page as it is.
                memory?.Found(path, found);
                Write(path, bytes);
            });
        }

        void WriteExports()
        {
            foreach (var (path, bytes) in CitationFiles.Write(graph, memory is null ? null : memory.Unchanged, nameKept))
            {
                if (bytes is null) Keep(path);
                else Write(path, bytes);
            }
            // Only what is written, or asked what it shows, needs the time; a serve rebuild seldom does.
            var stamp = new Lazy<DateTimeOffset>(() => options.Timestamp ?? ContentTimestamp(graph));
            // Site-wide files show no prose, and each only some of what front matter says.
            foreach (var (path, dependsOn, write) in SiteWide(graph, templates, feeds, stamp))
            {
                if (memory?.Unchanged(path, dependsOn) == true) Keep(path);
                else Write(path, write().Span);
            }
            if (site.BaseUrl is not null)
            {
                if (memory?.Kept(Sitemap.Path, PageDependencies.Sitemap) is { } unchanged)
                {
                    foreach (var path in unchanged) Keep(path);
                }
                else
                {
                    var made = new List<string>();
                    foreach (var (path, bytes) in Sitemap.Write(site, pages.Where(p => p.OutputPath != "404.html" && !p.ForReviewOnly).Select(p => p.OutputPath).Order(StringComparer.Ordinal).ToList(), metadata.Subjects))
                    {
                        Write(path, bytes);
                        made.Add(path);
                    }
                    memory?.Made(Sitemap.Path, made);
                }
            }
        }

        Parallel.ForEach(edited, RenderPage);
        // The exports are one thread's work (a sixth of the pages' at 2,000 briefs): written beside the pages, not after them.
        Parallel.Invoke(WriteExports, () => Parallel.ForEach(rest, RenderPage));
        renderer.ReportFailures(diagnostics);
        return (claimed.Count, claimed.Keys.Concat(kept));
    }

    /// <summary>
    /// The paths of every file written besides the pages, as <see cref="Render"/> writes them: the
    /// site-wide files, each brief's and source's citation files (listed as kept, so none is made),
    /// and the sitemap. Pagefind's index, made after the build, is not among them.
    /// </summary>
    private static HashSet<string> FilesBesidePages(SiteGraph graph, TemplateSet templates)
    {
        var feeds = graph.Config.BaseUrl is null ? [] : Feed.Plan(graph);
        // The stamp is read only by the writers, none of which runs here.
        var files = SiteWide(graph, templates, feeds, new Lazy<DateTimeOffset>(DateTimeOffset.UnixEpoch)).Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        files.UnionWith(CitationFiles.Write(graph, unchanged: _ => true).Select(file => file.Path));
        if (graph.Config.BaseUrl is not null) files.Add(Sitemap.Path);
        return files;
    }

    /// <summary>The feeds, assets and exports, each with what it shows (for incremental builds) and how to write it.</summary>
    private static IEnumerable<(string Path, Func<IEnumerable<string>> DependsOn, Func<ReadOnlyMemory<byte>> Write)> SiteWide(SiteGraph graph, TemplateSet templates,
        IReadOnlyList<Feed> feeds, Lazy<DateTimeOffset> stamp)
    {
        var shows = new PageDependencies(graph);
        foreach (var feed in feeds) yield return (feed.Path, () => PageDependencies.Feed(feed, stamp.Value), () => AtomFeed.Write(graph.Config, feed, stamp.Value));
        foreach (var (path, bytes) in templates.Assets) yield return (path, () => [], () => bytes);
        yield return (EventsJson.Path, shows.EventsExport, () => EventsJson.Write(graph));
        yield return (TimelineJsJson.Path, shows.TimelineExport, () => TimelineJsJson.Write(graph));
        yield return (CslJson.Path, shows.SourcesExport, () => CslJson.Write(graph));
        // A calendar must hold at least one component (RFC 5545, 3.6): without events there is none to subscribe to.
        if (graph.Events.Count > 0) yield return (ICalendarFeed.Path, () => shows.CalendarExport(stamp.Value), () => ICalendarFeed.Write(graph, stamp.Value));
        yield return (BriefsJson.Path, shows.BriefsExport, () => BriefsJson.Write(graph));
        yield return (ActorsJson.Path, shows.ActorsExport, () => ActorsJson.Write(graph));
        if (graph.Config.BaseUrl is not null) yield return (RobotsTxt.Path, () => [], () => RobotsTxt.Write(graph.Config));
        foreach (var (formerId, id) in graph.FormerIds)
        {
            var moved = graph.Documents[id];
            yield return (MovedPage.PathOf(moved, formerId), () => [PageDependencies.Listed(id)], () => MovedPage.Write(graph.Config, graph.Documents[id]));
        }
    }

    /// <summary>The newest date the content mentions, at midnight UTC: a build time that never reads the clock.</summary>
    private static DateTimeOffset ContentTimestamp(SiteGraph graph)
    {
        var newest = graph.Briefs.Select(b => b.Modified).Concat(graph.Events.Select(e => e.End ?? e.Date))
            .Select(d => d.FirstDay).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new DateTimeOffset(newest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>One run's diagnostics and timings.</summary>
    private sealed class Run(BuildOptions options)
    {
        private readonly List<StageTiming> _timings = [];

        public IReadOnlyList<StageTiming> Timings => _timings;

        public DiagnosticBag Diagnostics { get; } = new();

        /// <summary>What the run chose to leave out and why: information, never a warning.</summary>
        public List<string> Notes { get; } = [];

        public bool Failed => Diagnostics.HasErrors || (options.Strict && Diagnostics.Count > 0);

        public T Time<T>(string stage, Func<T> work)
        {
            options.Progress?.Report(new BuildProgress(stage, 0));
            T result = default!;
            _timings.Add(StageTiming.Measure(stage, () => result = work()));
            return result;
        }


        /// <summary>The content's part of the build's inputs (<see cref="InputDigest"/>), when Load was asked for it.</summary>
        public byte[]? ContentDigest { get; private set; }

        /// <param name="templates">The theme, whose files (assets/...) and the site's other files links are checked against; unchecked without.</param>
        public SiteGraph? Resolve(LoadedContent loaded, BuildMemory? memory = null, TemplateSet? templates = null)
        {
            var (config, loadedIds, parsed) = Parse(loaded, memory);
            var documents = parsed.Where(p => p.Document is not null).Select(p => (p.Document!, p.Body)).ToList();
            // Bodies of files whose front matter failed still get their links and citations checked.
            var unreadable = parsed.Where(p => p.Document is null).Select(p => p.Body).ToList();
            var reported = new DiagnosticBag();
            var revised = false;
            var graph = Time("graph", () =>
            {
                // After an edit that changed no document's relations, the last graph is revised instead.
                if (memory is not null && config is not null && memory.ReviseGraph(config, loadedIds, loaded.Refused, loaded.Unlisted, options, reported) is { } revision)
                {
                    revised = true;
                    return revision;
                }
                // Without a usable site.yml the build has failed already, but the graph is still
                // resolved so that every broken reference is reported in the same run.
                return SiteGraphBuilder.Build(config ?? SiteConfig.Placeholder, documents, unreadable, loadedIds, loaded.Refused, loaded.Unlisted, options, reported);
            });
            if (revised) _timings[^1] = _timings[^1] with { Stage = "graph, revised" };
            var diagnostics = reported.Sorted();
            Diagnostics.AddRange(diagnostics);
            memory?.Resolved(graph, diagnostics);
            // Against every page the graph makes, so a revised graph is checked whole again (cheap: few bodies write such links).
            RelativeLinks.Check(graph, templates is null ? null : new SiteFiles(templates.Assets.Keys.ToHashSet(StringComparer.Ordinal), () => FilesBesidePages(graph, templates)), Diagnostics);
            return config is null ? null : graph;
        }

        private (SiteConfig? Config, Dictionary<string, DocumentKind> LoadedIds, List<(Document? Document, ParsedBody Body)> Parsed) Parse(
            LoadedContent loaded, BuildMemory? memory)
        {
            var config = loaded.SiteConfig is null ? null : DocumentReader.ReadSiteConfig(loaded.SiteConfig, Diagnostics);
            if (options.BaseUrl is not null && config is not null) config = config with { BaseUrl = BaseUrlRule.Normalized(options.BaseUrl) };
            var loadedIds = loaded.Documents.ToDictionary(d => d.Id, d => d.Kind, StringComparer.Ordinal);
            if (memory is not null) return (config, loadedIds, Time("changed files", () => memory.Reread(loaded, Diagnostics)));
            // Nothing holds the loaded content past this call (no lambda captures it, and the caller
            // does not use it again), so each file's text can go as soon as it is parsed: at 10,000
            // briefs, 150 MB less while parsing.
            return (config, loadedIds, ReadAndParse(loaded.Documents.ToArray()));
        }

        /// <param name="digestContent">
        /// Hash the content as it is read, for an output that records its inputs: the files' text is
        /// then dropped with the rest of the loaded content, not held while pages render.
        /// </param>
        public LoadedContent Load(IContentSource content, BuildMemory? memory = null, bool digestContent = false)
        {
            var loaded = Time("load", () => memory?.Load(content, Diagnostics) ?? ContentLoader.Load(content, Diagnostics));
            if (digestContent) ContentDigest = Time("inputs digest", () => InputDigest.OfContent(loaded));
            return loaded;
        }

        /// <param name="files">Emptied as the files are read: a file's text is dropped once parsed, not held until every file is.</param>
        private List<(Document? Document, ParsedBody Body)> ReadAndParse(DocumentFile?[] files)
        {
            // One file's front matter, then its body: the body's text is dropped while young, not held
            // for every file until the Markdown stage and then left in the oldest generation. Handed out
            // in small chunks: the files come actors, briefs, events, sources, and split in halves one
            // thread got most of the briefs' prose.
            return Time("front matter and markdown", () => Partitioner.Create(Enumerable.Range(0, files.Length).ToList(), loadBalance: true).AsParallel().AsOrdered()
                .Select(i => Interlocked.Exchange(ref files[i], null)!)
                .Select(file => (file.File.Path, Result: DocumentReader.Read(file, Diagnostics)))
                .Where(r => r.Result.Body is not null)
                .Select(r => (r.Result.Document, Body: BodyParser.Parse(r.Path, r.Result.Body!, Diagnostics).WithUnchecked(r.Result.Unchecked))).ToList());
        }

        public BuildResult Finish(SiteGraph? graph, int filesWritten)
        {
            var diagnostics = Pagination.OneUnlinkedPerTemplate(Diagnostics.Sorted());
            if (options.Strict) diagnostics = diagnostics.Select(d => d with { Severity = Severity.Error }).ToList();
            return new BuildResult(diagnostics, !diagnostics.Any(d => d.Severity == Severity.Error), graph, filesWritten, _timings)
            {
                Notes = Notes,
                LintsCitations = options.LintCitations || graph?.Config.LintCitations == true,
            };
        }
    }
}
