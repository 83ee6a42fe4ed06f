using System.Globalization;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// `briefinggen serve`: builds the site into memory, serves it on 127.0.0.1, and rebuilds what a
/// change affects while open pages reload. Problems go to the console and to an overlay on the pages.
/// </summary>
public static class ServeCommand
{
    /// <summary>Runs until Ctrl-C, SIGTERM or the stop token.</summary>
    public static async Task<int> RunAsync(string contentFolder, string? templatesFolder, int port, BuildOptions options,
        DiagnosticPrinter printer, TextWriter stdout, bool showTimings, CancellationToken stop)
    {
        var site = new LiveSite(contentFolder, templatesFolder, options);
        await using var server = await DevServer.StartAsync(site, port);
        // Watching starts before the first build, so an edit made while it runs is not missed.
        using var watcher = new ChangeWatcher(contentFolder, templatesFolder, changes => Rebuild(site, changes, contentFolder, templatesFolder, printer, showTimings), printer.Usage);
        Report(site.Rebuild(Changes.All), printer, "built", showTimings, site.HasPages);
        stdout.WriteLine($"Serving the site at {server.Origin}/ (drafts {(options.IncludeDrafts ? "shown" : "hidden")}); press Ctrl-C to stop.");
        stdout.Flush();
        // The host stops on Ctrl-C and SIGTERM by itself (its console lifetime).
        try
        {
            await server.WaitForShutdownAsync(stop);
        }
        catch (OperationCanceledException)
        {
        }
        printer.Info("stopped");
        return CliApp.Success;
    }

    /// <summary>
    /// A rebuild on the watcher's thread: nothing it throws may end the preview (a templates folder
    /// deleted by a branch switch, a file the editor holds locked); the last good pages stay served.
    /// </summary>
    private static void Rebuild(LiveSite site, Changes changes, string contentFolder, string? templatesFolder, DiagnosticPrinter printer, bool showTimings)
    {
        try
        {
            Report(site.Rebuild(changes), printer, "rebuilt", showTimings, site.HasPages);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder gone (a branch switch, a move) is named as such: the runtime's "Could not find a part of the path" was all it said.
            var gone = new[] { contentFolder, templatesFolder }.OfType<string>().FirstOrDefault(folder => !Directory.Exists(folder));
            // The runtime's message ends with its own full stop ("Could not find a part of the path '…'.").
            printer.Usage(gone is not null
                ? $"cannot rebuild: the folder '{gone}' is gone; {StillServing(site.HasPages)}, and rebuilding when it is back"
                : $"cannot rebuild: {e.Message.TrimEnd('.')}; {StillServing(site.HasPages)}");
        }
        catch (Exception e)
        {
            printer.Usage($"internal error while rebuilding: {e.GetType().Name}: {e.Message}; {StillServing(site.HasPages)}. This is a bug in BriefingGen; please report it with the change you made");
        }
    }

    /// <summary>What a failed build leaves served: the last good pages, or, before any build succeeded, a page of the problems.</summary>
    private static string StillServing(bool hasPages) => hasPages ? "still serving the last good pages" : "serving a page of the problems until the site builds";

    private static void Report((BuildResult Result, TimeSpan Elapsed) rebuild, DiagnosticPrinter printer, string verb, bool showTimings, bool hasPages)
    {
        var (result, elapsed) = rebuild;
        if (result.Diagnostics.Count > 0) printer.Report(result, showCoverage: false);
        var ms = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        // Where the time went, on every rebuild: what a contributor who finds it slow needs to say.
        // Each with its unit: "changed files 9" read as a count of files.
        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"));
        printer.Info(result.Succeeded
            ? $"{verb} in {ms} ms ({stages}): {result.FilesWritten} files rendered"
            : $"{verb} in {ms} ms ({stages}) with errors; {StillServing(hasPages)}");
        if (showTimings) printer.Timings(result.Timings);
    }
}
