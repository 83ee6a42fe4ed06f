using BriefingGen.Cli;
using BriefingGen.Search;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// Runs the briefinggen command in-process from a working folder. Builds get no search indexer
/// unless a test passes one, so the suite needs neither Node nor Pagefind.
/// </summary>
public sealed partial record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>What every run on a site without base_url says first.</summary>
    public const string NoBaseUrlNote = "note: base_url is not set, so there are no feeds, sitemap.xml or robots.txt, and pages carry no canonical or og:url; set base_url in content/site.yml or pass --base-url\n";

    // The working folder is process-wide, so CLI runs take turns.
    private static readonly Lock WorkingFolder = new();

    public static CliRun In(string folder, params string[] args) => Run(folder, () => null, [], args);

    public static CliRun In(string folder, Func<PagefindIndexer?> findIndexer, params string[] args) => Run(folder, findIndexer, [], args);

    /// <summary>Runs with environment variables set for this run only (null removes one); they are process-wide, so they share the lock.</summary>
    public static CliRun In(string folder, (string Name, string? Value)[] environment, params string[] args) => Run(folder, () => null, environment, args);

    /// <summary>
    /// Progress lines ("[1.2 s] markdown") appear only when a run takes over a second, which depends
    /// on how busy the machine is; ProgressLineTests covers them, the other tests see stderr without them.
    /// </summary>
    private static string WithoutProgress(string stderr) => ProgressLines().Replace(stderr, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[[0-9]+\.[0-9] s\] [^\n]*\n", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ProgressLines();

    private static CliRun Run(string folder, Func<PagefindIndexer?> findIndexer, (string Name, string? Value)[] environment, string[] args)
    {
        lock (WorkingFolder)
        {
            var previous = Directory.GetCurrentDirectory();
            var saved = environment.Select(e => (e.Name, Value: Environment.GetEnvironmentVariable(e.Name))).ToList();
            Directory.SetCurrentDirectory(folder);
            foreach (var (name, value) in environment) Environment.SetEnvironmentVariable(name, value);
            try
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var code = CliApp.Run(args, stdout, stderr, findIndexer);
                return new CliRun(code, stdout.ToString(), WithoutProgress(stderr.ToString()));
            }
            finally
            {
                foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
