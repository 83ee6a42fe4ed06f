using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BriefingGen.BrowserTests;

/// <summary>
/// Collects what a reader's browser complains about on a page: console errors (Chromium reports
/// every Content-Security-Policy violation there), uncaught script errors and failed requests.
/// </summary>
public sealed class PageWatch
{
    private readonly ConcurrentQueue<string> _problems = new();

    public IReadOnlyCollection<string> Problems => _problems;

    public void Watch(IPage page, string label) => Watch(page, () => label);

    /// <summary>Watches a tab that visits several pages; label names the page it is on.</summary>
    public void Watch(IPage page, Func<string> label)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _problems.Enqueue($"{label()}: console error: {message.Text}");
        };
        page.PageError += (_, error) => _problems.Enqueue($"{label()}: script error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) _problems.Enqueue($"{label()}: {response.Status} for {response.Url}");
        };
        // Leaving a page aborts what it was still fetching; a missing file shows as a status above.
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "net::ERR_ABORTED") _problems.Enqueue($"{label()}: request failed: {request.Url} ({request.Failure})");
        };
    }

    public void Add(string problem) => _problems.Enqueue(problem);

    public void AssertNone() => Assert.True(_problems.IsEmpty, $"{_problems.Count} problems:\n" + string.Join("\n", _problems.Take(40)));
}
