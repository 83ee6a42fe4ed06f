using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// What `serve` adds to the pages it serves, and only to those (the published site has no script):
/// a small live-reload script, the overlay listing the problems of a failed rebuild, and a
/// Content-Security-Policy that allows exactly that script and its event stream.
/// </summary>
public static partial class LiveReload
{
    public const string Prefix = "/__briefinggen/";
    public const string ScriptPath = Prefix + "live.js";
    public const string StylePath = Prefix + "overlay.css";
    public const string EventsPath = Prefix + "events";

    /// <summary>
    /// Reloads the page when the server says that a file it shows changed (data-shown, the site's
    /// paths as the server found them: the page, or for an address not found the files it may yet
    /// be and 404.html), or that every page did; reconnects by itself when the server restarts. It
    /// asks for the news since the page was served (data-since), not only those after it connects,
    /// which a page still loading would miss. The server names the files, not the address: a page
    /// under base_url's path ("/repo/briefs/b/index.html") is the site's "briefs/b/index.html".
    /// 404.html changes only with the settings, when every page does, so no other page reloads more.
    /// A browser opens at most six connections to one host over HTTP/1.1, and a stream holds one for
    /// good: with six preview tabs open the seventh never loaded. A tab out of sight lets its stream
    /// go, and back in sight asks again for the news since its page was served.
    /// </summary>
    public const string Script = $$"""
        var tag = document.currentScript, since = tag && tag.getAttribute("data-since"), shown = JSON.parse(tag && tag.getAttribute("data-shown") || "[]"), stream = null;
        function listen() {
          if (stream || document.hidden) return;
          stream = new EventSource("{{EventsPath}}" + (since ? "?since=" + encodeURIComponent(since) : ""));
          stream.addEventListener("reload", function (event) {
            var changed = JSON.parse(event.data);
            if (changed === null || shown.some(function (path) { return changed.indexOf(path) >= 0; })) location.reload();
          });
        }
        document.addEventListener("visibilitychange", function () {
          if (document.hidden && stream) { stream.close(); stream = null; } else listen();
        });
        listen();

        """;

    public const string Style = """
        #briefinggen-overlay { position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647;
          margin: 0; padding: 1rem 1.5rem; background: #2b0b0b; color: #fff; font: 14px/1.5 ui-monospace, monospace;
          border-top: 4px solid #e5484d; box-shadow: 0 -4px 24px rgba(0,0,0,.4); }
        #briefinggen-overlay h2 { margin: 0 0 .5rem; font-size: 1rem; color: #ffb4b4; }
        #briefinggen-overlay ol { margin: 0; padding-left: 1.5rem; }
        #briefinggen-overlay li { margin: .25rem 0; white-space: pre-wrap; }
        #briefinggen-overlay .warning { color: #ffe08a; }

        """;

    [GeneratedRegex("""(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")""", RegexOptions.IgnoreCase)]
    private static partial Regex CspMeta();

    /// <summary>The page as served: its CSP opened for our script only, the overlay (when there are problems) and the script added.</summary>
    /// <param name="since">Where the site's news stood when the page was read (<see cref="LiveSite.NewsMark"/>).</param>
    /// <param name="shown">The site's files whose change changes what the page shows.</param>
    /// <param name="lastGood">Whether the page is from the last good build (else there is none yet).</param>
    public static string Inject(string html, string origin, IReadOnlyList<Diagnostic> problems, string since, IReadOnlyList<string> shown, bool lastGood = true)
    {
        html = CspMeta().Replace(html, m => m.Groups[1].Value + Allow(Allow(m.Groups[2].Value, "script-src", origin + ScriptPath), "connect-src", origin + EventsPath) + m.Groups[3].Value, 1);
        var hook = new StringBuilder();
        if (problems.Count > 0) hook.Append($"<link rel=\"stylesheet\" href=\"{StylePath}\">").Append(Overlay(problems, lastGood));
        hook.Append($"<script src=\"{ScriptPath}\" data-since=\"{Html.Escape(since)}\" data-shown=\"{Html.Escape(System.Text.Json.JsonSerializer.Serialize(shown, ServeJson.Default.IReadOnlyCollectionString))}\"></script>\n");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + hook : html.Insert(end, hook.ToString());
    }

    /// <summary>
    /// The policy with one more source for a directive: added to the directive when the page has it
    /// (the search page allows its own script), else as a directive of its own. A second directive
    /// of the same name would be ignored by the browser.
    /// </summary>
    private static string Allow(string policy, string directive, string source)
    {
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = directives.FindIndex(d => d == directive || d.StartsWith(directive + " ", StringComparison.Ordinal));
        if (at >= 0) directives[at] += " " + source;
        else directives.Add(directive + " " + source);
        return string.Join("; ", directives);
    }

    /// <summary>A page for when there is no good build yet to show: only the problems, reloading when they are fixed.</summary>
    public static string ProblemsPage(string origin, IReadOnlyList<Diagnostic> problems, string since) => Inject($"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">
        <title>BriefingGen: the site does not build</title>
        </head>
        <body>
        <p>The site does not build yet; fix the problems below and this page reloads.</p>
        </body>
        </html>
        """, origin, problems, since, [], lastGood: false);

    private static string Overlay(IReadOnlyList<Diagnostic> problems, bool lastGood)
    {
        var html = new StringBuilder("<aside id=\"briefinggen-overlay\" role=\"alert\">");
        var errors = problems.Where(p => p.Severity == Severity.Error).Sum(p => 1 + p.Repeats);
        var count = $"{errors} error{(errors == 1 ? "" : "s")}";
        html.Append(lastGood ? $"<h2>The last change does not build ({count}); these are the last good pages</h2><ol>" : $"<h2>The site does not build ({count})</h2><ol>");
        // As the console lists them (20 of a code in a file, then how many more), errors first: the
        // error that stops the build was listed under a hundred warnings of one flood.
        foreach (var (problem, more) in DiagnosticPrinter.Shown(DiagnosticPrinter.ErrorsFirst(problems)))
            html.Append($"<li class=\"{(problem.Severity == Severity.Error ? "error" : "warning")}\">{Html.Escape(more == 0 ? problem.Format() : DiagnosticPrinter.More(problem, more))}</li>");
        return html.Append("</ol></aside>\n").ToString();
    }
}
