using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefingGen.BrowserTests;

/// <summary>Every page of the sample site, as Chromium shows it, in the light and the dark scheme.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture site, ITestOutputHelper output)
{
    /// <summary>Pages checked at once in one browser: enough to keep two cores busy.</summary>
    private const int Tabs = 3;

    /// <summary>The dark scheme changes colours only, so there the rules about colour run (all the others ran in light).</summary>
    private static readonly AxeRunOptions ColourRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Every rule; details are gathered for violations only, which is most of axe's time on a clean page.</summary>
    private static readonly AxeRunOptions AllRules = new() { ResultTypes = [ResultType.Violations] };

    [BrowserFact]
    public async Task Every_page_has_no_axe_violation_and_no_console_error_in_light_and_dark()
    {
        var watch = new PageWatch();
        var clock = Stopwatch.StartNew();
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        // A few tabs, each visiting its share of the pages: a new tab per page costs more than the check itself.
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(site.Pages);
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
                Report(watch, $"{path} (light)", await page.RunAxe(AllRules));
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
                Report(watch, $"{path} (dark)", await page.RunAxe(ColourRules));
            }
            await page.CloseAsync();
        }));
        output.WriteLine($"{site.Pages.Count} pages, light and dark: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(site.Pages.Count > 10, $"only {site.Pages.Count} pages built");
        watch.AssertNone();
    }

    private static void Report(PageWatch watch, string label, AxeResult result)
    {
        foreach (var violation in result.Violations)
            watch.Add($"{label}: axe {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target))}");
    }
}
