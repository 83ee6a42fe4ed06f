using System.Diagnostics;

namespace BriefingGen.Search;

/// <summary>
/// The site's search index: Pagefind run over a built site folder, writing its bundle into
/// <see cref="BundleFolder"/> beside the pages. Run on the staging folder before the swap, so a
/// failed index never publishes. Pagefind is optional: where it is not installed the site is
/// built without an index and the search page offers the site's lists instead.
/// </summary>
public sealed class PagefindIndexer(string executable)
{
    /// <summary>Where the search page loads the index from, relative to the site root.</summary>
    public const string BundleFolder = "pagefind";

    /// <summary>The repository's own install of Pagefind (tools/search/package.json, pinned by its lock file).</summary>
    public const string LocalExecutable = "tools/search/node_modules/.bin/pagefind";

    public const string InstallHint = "npm ci --prefix tools/search";


    /// <summary>The repository's Pagefind under workingFolder, else one on PATH; null when neither is installed.</summary>
    public static PagefindIndexer? Find(string workingFolder)
    {
        var local = Path.Combine(workingFolder, LocalExecutable);
        if (File.Exists(local)) return new PagefindIndexer(Path.GetFullPath(local));
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "pagefind.exe" : "pagefind"))
            .FirstOrDefault(File.Exists);
        return onPath is null ? null : new PagefindIndexer(onPath);
    }

    /// <summary>Which Pagefind this is, kept with a built site's inputs: its program's path and when it was installed.</summary>
    public string Identity
    {
        get
        {
            var program = File.ResolveLinkTarget(executable, returnFinalTarget: true)?.FullName ?? executable;
            return $"pagefind {program} {File.GetLastWriteTimeUtc(program).Ticks}";
        }
    }

    /// <summary>Indexes the pages of siteFolder in place; returns null on success, else what Pagefind said.</summary>
    public string? Index(string siteFolder)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Links end in index.html so the site works from disk; results keep it too.
        foreach (var argument in new[] { "--site", siteFolder, "--output-subdir", BundleFolder, "--keep-index-url", "--quiet" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new IOException($"could not start {executable}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{executable} exited with {process.ExitCode}: {(errors.Result + output.Result).Trim()}";
    }
}
