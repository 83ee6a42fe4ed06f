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
    private const int Parallel = 4;

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
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var clock = Stopwatch.StartNew();
            await using var context = await site.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = 1280, Height = 900 } });
            await System.Threading.Tasks.Parallel.ForEachAsync(site.Pages, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (path, _) =>
            {
                var label = $"{path} ({scheme})";
                var page = await context.NewPageAsync();
                watch.Watch(page, label);
                await page.GotoAsync(site.Url(path));
                var result = scheme == ColorScheme.Dark ? await page.RunAxe(ColourRules) : await page.RunAxe(AllRules);
                foreach (var violation in result.Violations)
                    watch.Add($"{label}: axe {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target))}");
                await page.CloseAsync();
            });
            output.WriteLine($"{site.Pages.Count} pages in {scheme}: {clock.Elapsed.TotalSeconds:0.0} s");
        }
        Assert.True(site.Pages.Count > 10, $"only {site.Pages.Count} pages built");
        watch.AssertNone();
    }
}
