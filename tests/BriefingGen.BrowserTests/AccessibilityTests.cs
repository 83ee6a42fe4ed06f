using System.Diagnostics;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingGen.BrowserTests;

/// <summary>Every page of the sample site, as Chromium shows it, in the light and the dark scheme.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture site, ITestOutputHelper output)
{
    /// <summary>Pages checked at once in one browser: enough to keep two cores busy.</summary>
    private const int Tabs = 3;

    /// <summary>
    /// axe-core (the copy bundled with Deque.AxeCore) run on the page: every rule in the light
    /// scheme; in the dark scheme, which changes colours only, the colour rules again.
    /// </summary>
    private const string Axe = """
        async (colourOnly) => (await axe.run(document, colourOnly
            ? { runOnly: { type: "rule", values: ["color-contrast", "link-in-text-block"] }, resultTypes: ["violations"] }
            : { resultTypes: ["violations"] }))
          .violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)
        """;

    [BrowserFact]
    public async Task Every_page_has_no_axe_violation_and_no_console_error_in_light_and_dark()
    {
        var watch = new PageWatch();
        var clock = Stopwatch.StartNew();
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        // Loaded into every page by the browser, once per context: injecting axe's 500 kB per check
        // (as RunAxe does) cost more than the checks themselves. Init scripts are not subject to the CSP.
        await context.AddInitScriptAsync(new BundledAxeScriptProvider().GetScript());
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(site.Pages);
        // A few tabs, each visiting its share of the pages: a new tab per page costs more than the check itself.
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            var current = "";
            watch.Watch(page, () => current);
            while (queue.TryDequeue(out var path))
            {
                current = path;
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
                await page.GotoAsync(site.Url(path));
                foreach (var violation in await page.EvaluateAsync<string[]>(Axe, false)) watch.Add($"{path} (light): axe {violation}");
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
                foreach (var violation in await page.EvaluateAsync<string[]>(Axe, true)) watch.Add($"{path} (dark): axe {violation}");
            }
            await page.CloseAsync();
        }));
        output.WriteLine($"{site.Pages.Count} pages, light and dark: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(site.Pages.Count > 10, $"only {site.Pages.Count} pages built");
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task The_pages_of_a_long_list_and_their_pager_have_no_axe_violation_in_light_and_dark()
    {
        // The sample's lists fit on one page each; these are cut into pages of two.
        var content = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Paged\npaginate: 2\n",
            ["sources/s.md"] = "---\ntitle: A report\npublisher: Agency\nkind: report\n---\n",
            ["sources/t.md"] = "---\ntitle: Another report\npublisher: Bureau\nkind: report\n---\n",
            ["sources/u.md"] = "---\ntitle: A third report\npublisher: Bureau\nkind: report\n---\n",
        };
        for (var i = 1; i <= 9; i++)
        {
            content[$"actors/a{i}.md"] = $"---\nname: Actor {i}\nkind: {(i < 5 ? "person" : "state")}\n---\n";
            content[$"briefs/b{i}.md"] = $"---\ntitle: Brief {i}\ndate: 2025-01-0{i}\nsummary: Brief {i}.\nactors: [a{i}]\n---\nText [@s; @t; @u].\n";
        }
        await using var server = await BuiltSite.StartAsync(content);
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync(new BundledAxeScriptProvider().GetScript());
        var page = await context.NewPageAsync();
        var watch = new PageWatch();
        watch.Watch(page, () => page.Url);
        foreach (var path in new[] { "briefs/index.html", "briefs/page-3.html", "briefs/page-5.html", "actors/page-2.html", "sources/by-publisher/page-2.html" })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            await page.GotoAsync(server.BaseUrl + path);
            Assert.True(await page.Locator("nav.pager a[aria-current=page]").CountAsync() == 1, $"{path} has no pager marking its page");
            foreach (var violation in await page.EvaluateAsync<string[]>(Axe, false)) watch.Add($"{path} (light): axe {violation}");
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            foreach (var violation in await page.EvaluateAsync<string[]>(Axe, true)) watch.Add($"{path} (dark): axe {violation}");
        }
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task The_axe_check_reports_violations_where_there_are_some_in_either_scheme()
    {
        await using var context = await site.Browser.NewContextAsync(new() { ColorScheme = ColorScheme.Dark });
        await context.AddInitScriptAsync(new BundledAxeScriptProvider().GetScript());
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        // An image that holds a link (what the timeline picture was), and a heading as dark as the dark background.
        await page.EvaluateAsync("""
            () => {
              const picture = Object.assign(document.createElement("div"), { role: "img", ariaLabel: "picture" });
              picture.append(Object.assign(document.createElement("a"), { href: "#x", textContent: "x" }));
              document.querySelector("main").append(picture);
              document.querySelector("main h1").style.color = "#1a1d21";
            }
            """);
        Assert.Contains(await page.EvaluateAsync<string[]>(Axe, false), v => v.StartsWith("nested-interactive", StringComparison.Ordinal));
        Assert.Contains(await page.EvaluateAsync<string[]>(Axe, true), v => v.StartsWith("color-contrast", StringComparison.Ordinal));
    }
}
