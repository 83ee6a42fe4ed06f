using BriefingGen.Diagnostics;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using BriefingGen.Cli;
using BriefingGen.Cli.Serve;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>`serve` as a contributor uses it: over loopback HTTP, editing files on disk. Every wait is bounded.</summary>
public class ServeTests
{
    /// <summary>
    /// How long a wait may take before the test fails: a bound on a hang, not a speed requirement.
    /// Each wait usually ends within a second, but 20 s was not always enough: a full test run on
    /// two busy cores, its test classes running in parallel, has timed out.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string Site = Source + Actors
        + Brief("rupture", "actors: [pedro-castillo]", "Castillo [[pedro-castillo]] fell [@bbc].")
        + Brief("secret", "draft: true", "Not yet [@bbc].");

    [Fact]
    public async Task Serves_the_site_reloads_on_edits_overlays_errors_and_stops_cleanly()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var brief = temp["content/briefs/rupture.md"];
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(temp["content"], null, port: 0, new BuildOptions { IncludeDrafts = true },
            new DiagnosticPrinter("text", TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)), TextWriter.Synchronized(stdout), showTimings: false, stop.Token));
        try
        {
            var origin = await Until(() => Task.FromResult(Url(stdout)), "the URL on stdout");
            Assert.StartsWith("http://127.0.0.1:", origin);
            using var http = new HttpClient { BaseAddress = new Uri(origin), Timeout = Patience };

            // The site root is '/', drafts are shown, and only served pages carry the reload hook, allowed by their CSP.
            var page = await Page(http, "/briefs/rupture/");
            Assert.Equal("Brief rupture", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(["/__briefinggen/live.js"], page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
            Assert.Contains($"script-src {origin}/__briefinggen/live.js", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/briefs/secret/index.html")).StatusCode);
            Assert.Null(page.QuerySelector("#briefinggen-overlay"));

            using var events = new StreamReader(await http.GetStreamAsync("/__briefinggen/events"));
            Assert.Equal(": connected", await NextLine(events));

            // An editor's save: a temporary file renamed over the brief.
            File.WriteAllText(brief + ".tmp", File.ReadAllText(brief).Replace("title: Brief rupture", "title: Peru breaks with Mexico"));
            File.Move(brief + ".tmp", brief, overwrite: true);
            // The edited brief's page is shown, and reloads, first; then the pages that list it.
            Assert.Equal("event: reload\ndata: [\"briefs/rupture/index.html\"]", await NextLine(events) + "\n" + await NextLine(events));
            Assert.Equal("Peru breaks with Mexico", (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim());
            // Each stage's time with its unit: "changed files 9" read as a count of files.
            const string Timed = @"rebuilt in \d+ ms \([^()]*? \d+ ms(, [^()]*? \d+ ms)*\)";
            await Until(() => Task.FromResult(System.Text.RegularExpressions.Regex.IsMatch(stdout + "\n" + stderr, Timed)), "the rebuild's timings");
            Assert.Equal("event: reload", await NextLine(events));
            var listing = System.Text.Json.JsonSerializer.Deserialize<string[]>((await NextLine(events))!["data: ".Length..])!;
            Assert.Contains("briefs/index.html", listing);
            Assert.Contains("actors/pedro-castillo/index.html", listing);
            Assert.DoesNotContain("briefs/rupture/index.html", listing);
            Assert.Contains(listing, p => p.StartsWith("briefs/rupture/", StringComparison.Ordinal));

            // A broken link: the last good page is still served, with the problem overlaid, exact place and hint included.
            File.WriteAllText(brief, File.ReadAllText(brief).Replace("[[pedro-castillo]]", "[[pedro-castilo]]"));
            var overlay = await Until(async () => (await Page(http, "/briefs/rupture/")).QuerySelector("#briefinggen-overlay"), "the overlay");
            Assert.EndsWith("content/briefs/rupture.md:7:10: error BG3003: [[pedro-castilo]] links to an unknown id; did you mean 'pedro-castillo'?",
                overlay.QuerySelector("li")!.TextContent);
            // Every page shows the overlay, so every page reloads.
            Assert.Equal("event: reload\ndata: null", await NextLine(events) + "\n" + await NextLine(events));
            Assert.Equal("Peru breaks with Mexico", (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim());
            await Until(() => Task.FromResult(stdout.ToString().Contains("error BG3003")), "the problem on the console");

            // Fixing it clears the overlay.
            File.WriteAllText(brief, File.ReadAllText(brief).Replace("[[pedro-castilo]]", "[[pedro-castillo]]"));
            await Until(async () => (await Page(http, "/briefs/rupture/")).QuerySelector("#briefinggen-overlay") is null, "the overlay to go");

            // A new file is found and a deleted one goes, though only the changed paths are looked at again.
            temp.Write("content/briefs/added.md", File.ReadAllText(brief).Replace("title: Peru breaks with Mexico", "title: Added later"));
            await Until(async () => (await http.GetAsync("/briefs/added/")).IsSuccessStatusCode, "the new brief");
            Assert.Equal("Added later", (await Page(http, "/briefs/added/")).QuerySelector("h1")!.TextContent.Trim());
            File.Delete(temp["content/briefs/added.md"]);
            await Until(async () => (await http.GetAsync("/briefs/added/")).StatusCode == System.Net.HttpStatusCode.NotFound, "the deleted brief to go");
        }
        finally
        {
            var clock = Stopwatch.StartNew();
            stop.Cancel();
            Assert.Equal(CliApp.Success, await serving.WaitAsync(Patience));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {clock.Elapsed}");
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Except(["content"]));
    }

    [Fact]
    public async Task Serve_watches_its_content_not_every_folder_under_where_it_was_started()
    {
        // The web host reloaded its config files on change, so it watched the working folder and every
        // folder under it (a repository's node_modules): the user's inotify watches ran out, and the
        // content watcher stopped seeing edits without a word.
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Site);
        for (var i = 0; i < 500; i++) Directory.CreateDirectory(temp[$"node_modules/p{i / 50}/d{i}"]);
        var cli = Path.Combine(AppContext.BaseDirectory, "BriefingGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "serve", "--port", "0"]) { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        try
        {
            // The build's report first, then the address.
            string? line;
            do line = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            while (line is not null && !line.StartsWith("Serving the site at http://127.0.0.1:", StringComparison.Ordinal));
            Assert.NotNull(line);
            // Each line "inotify wd:…" of an inotify descriptor's fdinfo is one watch.
            var watches = Directory.EnumerateFiles($"/proc/{process.Id}/fdinfo")
                .Sum(info => File.ReadLines(info).Count(line => line.StartsWith("inotify wd:", StringComparison.Ordinal)));
            // The content folder, its kinds' folders and its parent: not the 510 folders beside it.
            Assert.InRange(watches, 1, 20);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void A_watcher_that_stops_for_good_is_told_to_the_user_and_an_overflow_is_not()
    {
        // Out of inotify watches, the watcher fired once and never again: serve looked well and showed stale pages.
        var limit = new IOException("The configured user limit (8192) on the number of inotify watches has been reached, or the operating system failed to allocate a required resource.");
        Assert.Equal("serve can no longer see changes in 'content' (The configured user limit (8192) on the number of inotify watches has been reached, " +
            "or the operating system failed to allocate a required resource); edits are not shown until serve is restarted; raise the limit with: sudo sysctl fs.inotify.max_user_watches=524288",
            ChangeWatcher.CannotWatch("content", limit));
        Assert.Equal("serve can no longer see changes in 'content' (Access denied); edits are not shown until serve is restarted",
            ChangeWatcher.CannotWatch("content", new UnauthorizedAccessException("Access denied.")));
        // The limit on inotify instances is another sysctl: the one for watches would not help.
        Assert.DoesNotContain("sysctl", ChangeWatcher.CannotWatch("content", new IOException("The configured user limit (128) on the number of inotify instances has been reached.")));
        // An overflow loses which files changed, not the watch: everything is looked at again, and watching goes on.
        Assert.Null(ChangeWatcher.CannotWatch("content", new InternalBufferOverflowException()));
    }

    [Fact]
    public async Task Serve_keeps_serving_the_last_good_pages_when_its_templates_folder_is_deleted()
    {
        using var temp = new TempFolder().WriteSite(Site + "-- templates/_extra.html --\n{{~ func extra ~}}x{{~ end ~}}\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(temp["content"], temp["templates"], port: 0, new BuildOptions(),
            new DiagnosticPrinter("text", TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)), TextWriter.Synchronized(stdout), showTimings: false, stop.Token));
        try
        {
            var origin = await Until(() => Task.FromResult(Url(stdout)), "the URL on stdout");
            using var http = new HttpClient { BaseAddress = new Uri(origin), Timeout = Patience };
            Directory.Delete(temp["templates"], recursive: true);
            await Until(() => Task.FromResult(stderr.ToString().Contains("cannot rebuild: ")), "the problem on the console");
            Assert.Contains($"cannot rebuild: the folder '{temp["templates"]}' is gone; still serving the last good pages, and rebuilding when it is back", stderr.ToString());
            Assert.False(serving.IsCompleted, "serve stopped");
            Assert.Equal("Brief rupture", (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim());
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(CliApp.Success, await serving.WaitAsync(Patience));
        }
    }

    [Fact]
    public async Task A_first_build_with_errors_says_what_is_served_then_there_being_no_last_good_pages()
    {
        // It said "still serving the last good pages" when there had never been any.
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "See [[nobody]] [@bbc]."));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(temp["content"], null, port: 0, new BuildOptions(),
            new DiagnosticPrinter("text", TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)), TextWriter.Synchronized(stdout), showTimings: false, stop.Token));
        try
        {
            await Until(() => Task.FromResult(Url(stdout)), "the URL on stdout");
            var said = stdout + "\n" + stderr;
            Assert.Matches(@"built in \d+ ms \(.*\) with errors; serving a page of the problems until the site builds", said);
            Assert.DoesNotContain("last good pages", said);
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(CliApp.Success, await serving.WaitAsync(Patience));
        }
    }

    [Fact]
    public async Task Serve_follows_a_content_folder_deleted_and_made_again()
    {
        // The watch stayed on the deleted folder: serve showed the old pages until restarted.
        using var temp = new TempFolder().WriteSite(Site);
        var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(temp["content"], null, port: 0, new BuildOptions(),
            new DiagnosticPrinter("text", TextWriter.Synchronized(stdout), TextWriter.Synchronized(new StringWriter())), TextWriter.Synchronized(stdout), showTimings: false, stop.Token));
        try
        {
            var origin = await Until(() => Task.FromResult(Url(stdout)), "the URL on stdout");
            using var http = new HttpClient { BaseAddress = new Uri(origin), Timeout = Patience };
            var files = Directory.EnumerateFiles(temp["content"], "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(temp["content"], f), File.ReadAllText);
            Directory.Delete(temp["content"], recursive: true);
            foreach (var (path, text) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(temp["content/" + path])!);
                File.WriteAllText(temp["content/" + path], text.Replace("title: Brief rupture", "title: Made again"));
            }
            await Until(async () => (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim() == "Made again", "the page of the new folder");
            File.WriteAllText(temp["content/briefs/rupture.md"], File.ReadAllText(temp["content/briefs/rupture.md"]).Replace("title: Made again", "title: Edited after"));
            await Until(async () => (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim() == "Edited after", "an edit in the new folder");
            // Moved away, edited there and moved back, as a restore from a copy does.
            Directory.Move(temp["content"], temp["content.old"]);
            File.WriteAllText(temp["content.old/briefs/rupture.md"], File.ReadAllText(temp["content.old/briefs/rupture.md"]).Replace("title: Edited after", "title: Moved back"));
            Directory.Move(temp["content.old"], temp["content"]);
            await Until(async () => (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim() == "Moved back", "the folder moved back");
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(CliApp.Success, await serving.WaitAsync(Patience));
        }
    }

    /// <summary>A Pages site ("https://org.github.io/repo/") previewed at the root: the 404 page links from /repo/, and those links work.</summary>
    [Fact]
    public async Task Under_serve_the_404_page_of_a_site_published_under_a_sub_path_is_styled_and_its_links_work()
    {
        using var temp = new TempFolder().WriteSite(Site + "-- content/site.yml --\ntitle: T\nbase_url: https://org.github.io/repo/\n");
        var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(temp["content"], null, port: 0, new BuildOptions(),
            new DiagnosticPrinter("text", TextWriter.Null, TextWriter.Null), TextWriter.Synchronized(stdout), showTimings: false, stop.Token));
        try
        {
            var origin = await Until(() => Task.FromResult(Url(stdout)), "the URL on stdout");
            using var http = new HttpClient { BaseAddress = new Uri(origin), Timeout = Patience };
            var missing = await http.GetAsync("/no/such/page");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
            var notFound = new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync());
            var links = notFound.QuerySelectorAll("link[rel='stylesheet'], .site-nav a").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
            Assert.Contains("/repo/assets/style.css", links);
            foreach (var link in links) Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(link)).StatusCode);
            // The site's own pages are still where their relative links say, at the root.
            Assert.Equal("Brief rupture", (await Page(http, "/briefs/rupture/")).QuerySelector("h1")!.TextContent.Trim());
            // A page tells its reload hook the site's files it shows, under /repo/ as at the root: the hook compared its address, and never reloaded there.
            string? shown(AngleSharp.Dom.IDocument page) => page.QuerySelector("script[src='/__briefinggen/live.js']")?.GetAttribute("data-shown");
            Assert.Equal("[\"briefs/rupture/index.html\"]", shown(await Page(http, "/repo/briefs/rupture/index.html")));
            // A folder typed without its slash is sent to it under /repo/ as at the root (it was not found there).
            using var unredirected = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(origin), Timeout = Patience };
            // Typed with two slashes, it stays on this server ("//briefs/…" is another host), and a query goes along.
            foreach (var (typed, to) in new[] { ("/repo/briefs/rupture", "/repo/briefs/rupture/"), ("/repo", "/repo/"), ("//briefs/rupture", "/briefs/rupture/"), ("//repo/briefs/rupture", "/repo/briefs/rupture/"), ("/briefs/rupture?q=a%20b", "/briefs/rupture/?q=a%20b") })
            {
                var moved = await unredirected.GetAsync(new Uri(origin + typed));
                Assert.Equal((System.Net.HttpStatusCode.Redirect, to), (moved.StatusCode, moved.Headers.Location?.OriginalString));
            }
            var coming = new HtmlParser().ParseDocument(await (await http.GetAsync("/repo/briefs/new")).Content.ReadAsStringAsync());
            Assert.Equal("[\"404.html\",\"repo/briefs/new\",\"repo/briefs/new/index.html\",\"briefs/new\",\"briefs/new/index.html\"]", shown(coming));

            // Opened at localhost, the reload hook is allowed from there; under any other name (DNS rebinding) nothing is served.
            var port = new Uri(origin).Port;
            using var atLocalhost = new HttpRequestMessage(HttpMethod.Get, "/briefs/rupture/") { Headers = { Host = $"localhost:{port}" } };
            var page = new HtmlParser().ParseDocument(await (await http.SendAsync(atLocalhost)).Content.ReadAsStringAsync());
            Assert.Contains($"script-src http://localhost:{port}/__briefinggen/live.js", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
            // The page says when it was served, so that its script hears the news since then.
            Assert.Matches(@"^[0-9a-f]{8}\.[0-9]+$", page.QuerySelector("script[src='/__briefinggen/live.js']")!.GetAttribute("data-since"));
            using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/briefs/rupture/") { Headers = { Host = "evil.example" } };
            Assert.Equal(System.Net.HttpStatusCode.MisdirectedRequest, (await http.SendAsync(elsewhere)).StatusCode);
        }
        finally
        {
            stop.Cancel();
            await serving.WaitAsync(Patience);
        }
    }

    [Fact]
    public async Task News_names_the_changed_pages_or_every_page_when_they_are_too_many_to_name()
    {
        using var temp = new TempFolder().WriteSite(Source + string.Concat(Enumerable.Range(1, 400).Select(i => Brief($"b{i}"))));
        var site = new LiveSite(temp["content"], null, new BuildOptions());
        site.Rebuild(Changes.All);

        var news = site.NewsSince(null);
        temp.Write("content/briefs/b1.md", File.ReadAllText(temp["content/briefs/b1.md"]).Replace("title: Brief b1", "title: Renamed"));
        site.Rebuild(new Changes(false, ["briefs/b1.md"]));
        var (early, next) = await news;
        Assert.Equal(["briefs/b1/index.html"], early);
        var rest = (await next).Paths!;
        Assert.Contains("briefs/index.html", rest);
        Assert.DoesNotContain("briefs/b2/index.html", rest);
        // Every open page also listens for 404.html (it may be showing it): that changes only with the settings.
        Assert.DoesNotContain("404.html", rest);

        // An edit that changes no page as shown (a blank line more) is no news: every page it rendered again was as before.
        news = site.NewsSince(null);
        temp.Write("content/briefs/b1.md", File.ReadAllText(temp["content/briefs/b1.md"]) + "\n\n");
        site.Rebuild(new Changes(false, ["briefs/b1.md"]));
        Assert.Empty((await news).Paths!);

        // A batch of edits (a checkout) is told in one news, not one early page at a time.
        news = site.NewsSince(null);
        var batch = Enumerable.Range(2, 9).Select(i => $"briefs/b{i}.md").ToList();
        foreach (var path in batch) temp.Write("content/" + path, File.ReadAllText(temp["content/" + path]).Replace("title: Brief", "title: Batch"));
        site.Rebuild(new Changes(false, batch));
        Assert.Superset(batch.Select(p => p.Replace(".md", "/index.html")).ToHashSet(), (await news).Paths!.ToHashSet());

        // A new site title is on every page: over a thousand files, named as "every page".
        news = site.NewsSince(null);
        temp.Write("content/site.yml", "title: Other title\n");
        site.Rebuild(new Changes(false, ["site.yml"]));
        Assert.Null((await news).Paths);
    }

    [Fact]
    public async Task A_page_loading_while_its_rebuild_fails_still_hears_that_every_page_goes_back()
    {
        // The brief's own page renders, and is shown early; the list of briefs then fails.
        using var temp = new TempFolder().WriteSite(Source + Brief("a")
            + "-- templates/briefs.html --\n{{ for b in page.briefs }}{{ if b.title == \"Brief boom\" }}{{ nope }}{{ end }}{{ end }}\n");
        var site = new LiveSite(temp["content"], temp["templates"], new BuildOptions());
        // A page served before the first build (the "does not build yet" page) hears that build.
        var servedFirst = site.NewsMark;
        Assert.True(site.Rebuild(Changes.All).Result.Succeeded);
        Assert.Null((await site.NewsSince(servedFirst).WaitAsync(TimeSpan.FromSeconds(5))).Paths);
        var servedBefore = site.NewsMark;
        var (epoch, version) = (servedBefore[..servedBefore.IndexOf('.')], long.Parse(servedBefore[(servedBefore.IndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

        temp.Write("content/briefs/a.md", File.ReadAllText(temp["content/briefs/a.md"]).Replace("title: Brief a", "title: Brief boom"));
        Assert.False(site.Rebuild(new Changes(false, ["briefs/a.md"])).Result.Succeeded);

        // A page open before the edit hears the early page, then every page.
        var early = await site.NewsSince(servedBefore);
        Assert.Equal(["briefs/a/index.html"], early.Paths);
        Assert.Null((await early.Next).Paths);
        // The page that reload fetched was served after the early news and before the failure: it connects
        // once the rebuild is over, and still hears that every page went back.
        var reloaded = site.NewsSince($"{epoch}.{version + 1}");
        Assert.True(reloaded.IsCompleted);
        Assert.Null((await reloaded).Paths);
        // A page served now waits for news to come; one served by an earlier server, or a mark that is no mark, reloads at once.
        Assert.False(site.NewsSince(site.NewsMark).IsCompleted);
        Assert.Null((await site.NewsSince($"00000000.{version}")).Paths);
        Assert.Null((await site.NewsSince("nonsense")).Paths);
    }

    [Fact]
    public void A_page_shown_early_by_a_rebuild_that_then_fails_does_not_outlive_its_document()
    {
        // A template that fails on one brief's page only: the other new brief's page is written, and shown, first.
        using var temp = new TempFolder().WriteSite(Source + Brief("a")
            + "-- templates/brief.html --\n<h1>{{ title }}</h1>{{ if title == \"Brief boom\" }}{{ nope }}{{ end }}\n");
        var site = new LiveSite(temp["content"], temp["templates"], new BuildOptions());
        Assert.True(site.Rebuild(Changes.All).Result.Succeeded);

        temp.WriteSite(Brief("fine") + Brief("boom"));
        Assert.False(site.Rebuild(new Changes(false, ["briefs/fine.md", "briefs/boom.md"])).Result.Succeeded);
        File.Delete(temp["content/briefs/fine.md"]);
        File.Delete(temp["content/briefs/boom.md"]);
        Assert.True(site.Rebuild(new Changes(false, ["briefs/fine.md", "briefs/boom.md"])).Result.Succeeded);

        // As a full build of the same content: no page for a brief that is not there.
        Assert.Null(site.File("briefs/fine/index.html"));
        Assert.NotNull(site.File("briefs/a/index.html"));
    }

    [Fact]
    public void The_watcher_passes_over_editor_swap_files_and_backups()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var reports = new System.Collections.Concurrent.BlockingCollection<Changes>();
        using var watcher = new ChangeWatcher(temp["content"], null, reports.Add, message => Assert.Fail(message));
        temp.Write("content/briefs/.rupture.md.swp", "swap");
        temp.Write("content/briefs/rupture.md~", "backup");
        temp.Write("content/briefs/#rupture.md#", "autosave");
        // Well past the watcher's quiet time: had those been changes, they would have been reported by now.
        Thread.Sleep(500);
        temp.Write("content/briefs/rupture.md", "---\ntitle: Changed\n---\n");
        Assert.True(reports.TryTake(out var first, TimeSpan.FromSeconds(10)), "the edit was not reported");
        Assert.False(first!.Templates);
        Assert.Equal(["briefs/rupture.md"], first.ContentPaths!);
    }

    [Fact]
    public void The_watched_content_is_what_a_walk_of_the_folder_gives_after_each_reported_change()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var watched = new WatchedContentSource(temp["content"]);
        watched.Entries().ToList();
        (Action Change, string[] Paths)[] changes =
        [
            (() => temp.Write("content/briefs/rupture.md", "---\ntitle: Changed\n---\n"), ["briefs/rupture.md"]),
            (() => temp.Write("content/briefs/new.md", "---\ntitle: New\n---\n"), ["briefs/new.md"]),
            (() => File.Delete(temp["content/briefs/secret.md"]), ["briefs/secret.md"]),
            // Names that sort between a folder and its contents, and a folder arriving whole.
            (() => temp.Write("content/briefs-old/a.md", "x"), ["briefs-old"]),
            (() => temp.Write("content/briefs.md", "x"), ["briefs.md"]),
            (() => Directory.Move(temp["content/briefs-old"], temp["content/events"]), ["briefs-old", "events"]),
            (() => File.CreateSymbolicLink(temp["content/briefs/link.md"], temp["content/briefs/new.md"]), ["briefs/link.md"]),
            (() => Directory.Delete(temp["content/events"], recursive: true), ["events"]),
            // An editor's swap file and backup are never entries, whether or not the watcher passes them on.
            (() => temp.Write("content/briefs/.new.md.swp", "swap"), ["briefs/.new.md.swp"]),
            (() => temp.Write("content/briefs/new.md~", "backup"), ["briefs/new.md~"]),
            (() => temp.Write("content/briefs/new.md___jb_tmp___", "copy being saved"), ["briefs/new.md___jb_tmp___"]),
        ];
        foreach (var (change, paths) in changes)
        {
            change();
            watched.Changed(paths);
            var walked = new BriefingGen.Loading.DiskContentSource(temp["content"]).Entries().ToList();
            Assert.Equal(walked.Select(e => (e.Path, e.Type)), watched.Entries().Select(e => (e.Path, e.Type)));
            Assert.Equal(walked.Select(e => e.Bytes is null ? null : Convert.ToHexString(e.Bytes)), watched.Entries().Select(e => e.Bytes is null ? null : Convert.ToHexString(e.Bytes)));
        }
    }

    [Fact]
    public void The_overlay_lists_the_problems_as_the_console_does_with_the_errors_first()
    {
        // A flood of 300 warnings listed 100 of them before the one error that stops the build.
        var warnings = Enumerable.Range(1, 300).Select(i => new Diagnostic(new SourceLocation("content/briefs/b.md", 8, i), Severity.Warning, "BG4003", $"plain http {i}"));
        var error = new Diagnostic(new SourceLocation("content/briefs/b.md", 9, 9), Severity.Error, "BG3004", "unknown source 'nope'");
        var served = LiveReload.Inject("<html><body></body></html>", "http://127.0.0.1:8000", [.. warnings, error], "e.0", ["index.html"]);
        var items = new HtmlParser().ParseDocument(served).QuerySelectorAll("#briefinggen-overlay li").Select(li => li.TextContent).ToList();
        Assert.Equal(22, items.Count);
        Assert.Equal("content/briefs/b.md:9:9: error BG3004: unknown source 'nope'", items[0]);
        Assert.Equal("content/briefs/b.md:8:20: warning BG4003: plain http 20", items[20]);
        Assert.Equal("content/briefs/b.md: warning BG4003: 280 more like the above not shown; fix those and check again", items[21]);
    }

    [Fact]
    public void The_published_site_has_no_script_and_the_served_csp_allows_only_the_hook()
    {
        var html = TestSite.Build(Site).AssertClean().Output.Text("briefs/rupture/index.html");
        // The only script element a published page has is JSON-LD, data that browsers do not run.
        Assert.All(new HtmlParser().ParseDocument(html).QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        var served = LiveReload.Inject(html, "http://127.0.0.1:8000", [], "e.0", ["index.html"]);
        var csp = new HtmlParser().ParseDocument(served).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", csp);
        Assert.EndsWith("; script-src http://127.0.0.1:8000/__briefinggen/live.js; connect-src http://127.0.0.1:8000/__briefinggen/events", csp);
        Assert.DoesNotContain("unsafe", csp);
    }

    /// <summary>The next non-blank line of an event stream (events are separated by blank lines).</summary>
    private static async Task<string?> NextLine(StreamReader stream)
    {
        string? line;
        do line = await stream.ReadLineAsync().WaitAsync(Patience);
        while (line == "");
        return line;
    }

    [Fact]
    public void A_page_that_already_allows_script_gets_the_hook_added_to_its_own_directives()
    {
        var html = TestSite.Build(Site).AssertClean().Output.Text("search/index.html");
        var served = LiveReload.Inject(html, "http://127.0.0.1:8000", [], "e.0", ["index.html"]);
        var csp = new HtmlParser().ParseDocument(served).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        var directives = csp.Split("; ").ToList();
        Assert.Single(directives, d => d.StartsWith("script-src "));
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval' http://127.0.0.1:8000/__briefinggen/live.js", directives);
        Assert.Contains("connect-src 'self' http://127.0.0.1:8000/__briefinggen/events", directives);
    }

    private static string? Url(StringWriter stdout) =>
        stdout.ToString().Split(' ', '\n').FirstOrDefault(w => w.StartsWith("http://", StringComparison.Ordinal))?.TrimEnd('/');

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static async Task<T> Until<T>(Func<Task<T?>> probe, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            var value = await probe();
            if (value is not null and not false) return value;
            await Task.Delay(25);
        }
        throw new TimeoutException($"gave up waiting for {what} after {Patience.TotalSeconds} s");
    }
}
