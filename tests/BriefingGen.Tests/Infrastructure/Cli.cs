using BriefingGen.Cli;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>Runs the briefinggen command in-process from a working folder.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    // The working folder is process-wide, so CLI runs take turns.
    private static readonly Lock WorkingFolder = new();

    public static CliRun In(string folder, params string[] args)
    {
        lock (WorkingFolder)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(folder);
            try
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var code = CliApp.Run(args, stdout, stderr);
                return new CliRun(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
