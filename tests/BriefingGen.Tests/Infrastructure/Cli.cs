using BriefingGen.Cli;
using BriefingGen.Search;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// Runs the briefinggen command in-process from a working folder. Builds get no search indexer
/// unless a test passes one, so the suite needs neither Node nor Pagefind.
/// </summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    // The working folder is process-wide, so CLI runs take turns.
    private static readonly Lock WorkingFolder = new();

    public static CliRun In(string folder, params string[] args) => In(folder, () => null, args);

    public static CliRun In(string folder, Func<PagefindIndexer?> findIndexer, params string[] args)
    {
        lock (WorkingFolder)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(folder);
            try
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var code = CliApp.Run(args, stdout, stderr, findIndexer);
                return new CliRun(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
