using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Cli.Serve;

namespace BriefingGen.BrowserTests;

/// <summary>What a contributor sees in the browser while `serve` runs on a copy of the sample content.</summary>
[Collection(BrowserCollection.Name)]
public partial class ContributorTests(BrowserFixture site)
{
    [GeneratedRegex(@"Serving the site at (http://[\d.]+:\d+)/")]
    private static partial Regex ServingAt();

    [BrowserFact]
    public Task An_edit_reloads_the_open_page_it_changes_and_leaves_other_open_pages_alone() => Serving(async (origin, content) =>
    {
        var briefs = Directory.GetFiles(Path.Combine(content, "briefs"), "*.md").Order(StringComparer.Ordinal).Take(2).ToList();
        await using var context = await site.Browser.NewContextAsync();
        var edited = await context.NewPageAsync();
        var other = await context.NewPageAsync();
        // The same page as the 404 page's links reach it, under base_url's path: it never reloaded.
        // (Four event streams in all: a browser opens at most six connections to one host.)
        var underBase = await context.NewPageAsync();
        await edited.GotoAsync($"{origin}/briefs/{Path.GetFileNameWithoutExtension(briefs[0])}/");
        await other.GotoAsync($"{origin}/briefs/{Path.GetFileNameWithoutExtension(briefs[1])}/");
        await underBase.GotoAsync($"{origin}/zq-repo/briefs/{Path.GetFileNameWithoutExtension(briefs[0])}/index.html");
        // A reload would forget this; a second listener counts what the page's own hook hears.
        await other.EvaluateAsync("""
            () => { window.stayed = true; window.news = 0;
                    const events = new EventSource("/__briefinggen/events");
                    events.onopen = () => window.listening = true;
                    events.addEventListener("reload", () => window.news++); }
            """);
        await other.WaitForFunctionAsync("() => window.listening === true");

        // A paragraph added to the first brief: only its own page shows prose.
        const string marker = "Zq paragraph added while serving";
        File.AppendAllText(briefs[0], $"\n{marker}.\n");

        await edited.GetByText(marker).WaitForAsync(new() { Timeout = 60_000 });
        await underBase.GetByText(marker).WaitForAsync(new() { Timeout = 60_000 });
        // Both news of the rebuild (the page shown early, then the rest) reached the other page: it stayed.
        await other.WaitForFunctionAsync("() => window.news >= 2", null, new() { Timeout = 60_000 });
        Assert.True(await other.EvaluateAsync<bool>("() => window.stayed === true"), "a page the edit did not change was reloaded");
    }, content => SetBaseUrl(content, "https://example.org/zq-repo/"));

    private static void SetBaseUrl(string content, string baseUrl)
    {
        var siteYml = Path.Combine(content, "site.yml");
        File.WriteAllText(siteYml, Regex.Replace(File.ReadAllText(siteYml), "(?m)^base_url: .*\n", "") + $"base_url: \"{baseUrl}\"\n");
    }

    [BrowserFact]
    public Task Tabs_out_of_sight_let_their_streams_go_so_more_tabs_load_and_one_back_in_sight_still_reloads() => Serving(async (origin, content) =>
    {
        // A browser opens six connections to a host: with six tabs each holding a stream, a seventh never loaded.
        var briefs = Directory.GetFiles(Path.Combine(content, "briefs"), "*.md").Order(StringComparer.Ordinal).ToList();
        var address = $"{origin}/briefs/{Path.GetFileNameWithoutExtension(briefs[0])}/";
        await using var context = await site.Browser.NewContextAsync();
        const string Hide = "() => { Object.defineProperty(document, 'hidden', { value: true, configurable: true }); document.dispatchEvent(new Event('visibilitychange')); }";
        const string Show = "() => { Object.defineProperty(document, 'hidden', { value: false, configurable: true }); document.dispatchEvent(new Event('visibilitychange')); }";
        var hidden = new List<Microsoft.Playwright.IPage>();
        for (var i = 0; i < 8; i++)
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(address, new() { Timeout = 20_000 });
            await tab.EvaluateAsync(Hide);
            hidden.Add(tab);
        }
        // Back in sight, a tab hears the news it missed and that comes: an edit of its brief reloads it.
        await hidden[0].EvaluateAsync(Show);
        const string marker = "Zq paragraph added while out of sight";
        File.AppendAllText(briefs[0], $"\n{marker}.\n");
        await hidden[0].GetByText(marker).WaitForAsync(new() { Timeout = 60_000 });
    });

    [BrowserFact]
    public Task A_not_found_page_reloads_when_its_address_comes_to_exist_or_the_not_found_page_changes() => Serving(async (origin, content) =>
    {
        await using var context = await site.Browser.NewContextAsync();
        // An address typed without its trailing slash, for a brief about to be written.
        var coming = await context.NewPageAsync();
        var nowhere = await context.NewPageAsync();
        await coming.GotoAsync($"{origin}/briefs/zq-new");
        await nowhere.GotoAsync($"{origin}/nowhere/");
        // Connected after each page's own hook: once this listens, so does the hook.
        foreach (var page in new[] { coming, nowhere })
        {
            await page.EvaluateAsync("""() => { const events = new EventSource("/__briefinggen/events"); events.onopen = () => window.listening = true; }""");
            await page.WaitForFunctionAsync("() => window.listening === true");
        }

        var brief = Directory.GetFiles(Path.Combine(content, "briefs"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.Combine(content, "briefs", "zq-new.md"),
            Regex.Replace(File.ReadAllText(brief), "(?m)^title: .*$", "title: Zq brief written while open"));
        await coming.GetByText("Zq brief written while open").First.WaitForAsync(new() { Timeout = 60_000 });

        // A new site title is on the not-found page too.
        var siteYml = Path.Combine(content, "site.yml");
        File.WriteAllText(siteYml, Regex.Replace(File.ReadAllText(siteYml), "(?m)^title: .*$", "title: Zq retitled site"));
        await nowhere.WaitForFunctionAsync("() => document.body.textContent.includes('Zq retitled site')", null, new() { Timeout = 60_000 });
    });

    [BrowserFact]
    public Task A_page_reloaded_by_an_edit_whose_rebuild_then_fails_shows_the_last_good_page_and_the_problem() => Serving(async (origin, content) =>
    {
        var brief = Directory.GetFiles(Path.Combine(content, "briefs"), "*.md").Order(StringComparer.Ordinal).First();
        var url = $"{origin}/briefs/{Path.GetFileNameWithoutExtension(brief)}/";
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        var title = (await page.Locator("h1").First.TextContentAsync())!.Trim();

        // The brief's own page renders, and is shown at once; the list of briefs then fails on it. The
        // page reloads on the first news and, still loading, used to miss the second: it kept the
        // rejected title with no sign of the failure.
        File.WriteAllText(brief, Regex.Replace(File.ReadAllText(brief), "(?m)^title: .*$", "title: Zq boom"));
        await page.Locator("#briefinggen-overlay").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("BG5001", await page.Locator("#briefinggen-overlay").TextContentAsync());
        Assert.Equal(title, (await page.Locator("h1").First.TextContentAsync())!.Trim());
    }, templates: files => File.AppendAllText(Path.Combine(files, "briefs.html"),
        "{{ for b in page.briefs }}{{ if b.title == \"Zq boom\" }}{{ b.nope.deeper }}{{ end }}{{ end }}\n"));

    /// <summary>
    /// Runs serve on a copy of the sample content (and of the built-in theme, changed by templates,
    /// when given), hands the test its address and content folder, then stops it.
    /// </summary>
    /// <param name="setUp">Changes the copied content before serve starts.</param>
    private static async Task Serving(Func<string, string, Task> test, Action<string>? setUp = null, Action<string>? templates = null)
    {
        var folder = Directory.CreateTempSubdirectory("briefinggen-serve-").FullName;
        using var stop = new CancellationTokenSource();
        try
        {
            var content = Path.Combine(folder, "content");
            CopyFolder(Path.Combine(BrowserFixture.RepositoryRoot(), "content"), content);
            setUp?.Invoke(content);
            string? theme = null;
            if (templates is not null)
            {
                theme = Path.Combine(folder, "templates");
                CopyFolder(Path.Combine(BrowserFixture.RepositoryRoot(), "templates"), theme);
                templates(theme);
            }
            var stdout = new StringWriter();
            var output = TextWriter.Synchronized(stdout);
            var serving = Task.Run(() => ServeCommand.RunAsync(content, theme, port: 0, new BuildOptions(),
                new DiagnosticPrinter("text", output, output), output, showTimings: false, stop.Token));
            await test(await Until(() => ServingAt().Match(stdout.ToString()) is { Success: true } m ? m.Groups[1].Value : null), content);
            stop.Cancel();
            Assert.Equal(CliApp.Success, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            stop.Cancel();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> Until(Func<string?> probe)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("serve did not start within a minute");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
