using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>The command line as a new user meets it: where output goes, and what a mistake says.</summary>
public class CliUsageTests
{
    [Fact]
    public void The_report_goes_to_stdout_so_redirecting_it_keeps_it()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "See [[nowhere]] [@bbc]."));
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var report = run.Stdout.ReplaceLineEndings("\n");
        Assert.StartsWith("content/briefs/a.md:7:5: error BG3003: [[nowhere]] links to an unknown id\n", report);
        Assert.Contains("\n1 error, 0 warnings\n", report);
    }

    [Fact]
    public void A_missing_site_config_names_the_folder()
    {
        using var temp = new TempFolder();
        temp.Write("content/briefs/a.md", "---\ntitle: A\ndate: 2025-01-01\nsummary: S.\n---\n");
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content: error BG1007: the content folder 'content' has no site.yml; create content/site.yml with at least 'title: Your site'", run.Stdout);
        Assert.DoesNotContain("site.yml:1:1", run.Stdout);
    }

    [Theory]
    [InlineData("large", "content/site.yml:1:1: error BG1006: 'content/site.yml' is larger than 512 KiB; keep it to the site's settings")]
    [InlineData("latin1", "content/site.yml:1:11: error BG1001: 'content/site.yml' is not valid UTF-8 (byte 0xE9); save it as UTF-8")]
    [InlineData("link", "content/site.yml:1:1: error BG1002: 'content/site.yml' is a symbolic link; content must be plain files inside the content folder")]
    public void A_site_config_that_cannot_be_used_is_reported_once_not_also_as_missing(string what, string expected)
    {
        // Each of these also said "the content folder 'content' has no site.yml" about a folder that has one.
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var config = temp["content/site.yml"];
        File.Delete(config);
        switch (what)
        {
            case "large": File.WriteAllText(config, "title: T\n" + new string('#', 512 * 1024)); break;
            case "latin1": File.WriteAllBytes(config, [.. "title: "u8, 0x43, 0x61, 0x66, 0xE9, (byte)'\n']); break;
            case "link": File.WriteAllText(temp["elsewhere.yml"], "title: T\n"); File.CreateSymbolicLink(config, temp["elsewhere.yml"]); break;
        }
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        var report = run.Stdout.ReplaceLineEndings("\n");
        Assert.StartsWith(expected + "\n1 error, 0 warnings\n", report);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("new", "brief", "a")]
    public void A_missing_content_folder_names_the_content_option(params string[] args)
    {
        using var temp = new TempFolder();
        var run = CliRun.In(temp.Path, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("briefinggen: the content folder 'content' does not exist; run from the folder that holds it, name it with --content DIR, or start a site with 'briefinggen init'\n",
            run.Stderr.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("briefinggen: unknown command 'chek'; did you mean 'check'?\nRun 'briefinggen --help' for usage.\n", "chek")]
    [InlineData("briefinggen: unknown option '--stict'; did you mean '--strict'?\nRun 'briefinggen build --help' for usage.\n", "build", "--stict")]
    [InlineData("briefinggen: unknown option '--drafs'; did you mean '--drafts'?\nRun 'briefinggen serve --help' for usage.\n", "serve", "--drafs")]
    [InlineData("briefinggen: no command given; use one of init, build, check, serve, new, theme\nRun 'briefinggen --help' for usage.\n")]
    public void Unknown_words_get_the_nearest_command_or_option_and_one_line_each(string expected, params string[] args)
    {
        var run = CliRun.In(Repository.Root, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Stderr.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    [InlineData("70000")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public void A_port_out_of_range_or_not_a_number_is_a_usage_error_not_an_internal_one(string port)
    {
        // Kestrel threw ArgumentOutOfRangeException on a port out of range, and reading a port that
        // is not a number threw in the validator: both were "internal error" with exit code 3.
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var run = CliRun.In(temp.Path, "serve", "--port", port);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"briefinggen: --port must be a number from 0 (any free port) to 65535, not '{port}'\nRun 'briefinggen serve --help' for usage.\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_port_already_in_use_is_named_with_what_to_do_not_as_a_file_that_failed()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
            var run = CliRun.In(temp.Path, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"briefinggen: port {port} is already in use (another serve, or another server); choose another with --port, or --port 0 for any free one\n", run.Stderr.ReplaceLineEndings("\n"));
        }
        finally
        {
            taken.Stop();
        }
    }

    /// <summary>CI checks and then builds with --base-url: check renders the same pages, so a theme that fails only with an address fails the check too.</summary>
    [Fact]
    public void Check_takes_the_base_url_build_takes_and_refuses_the_same_ones()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + "-- templates/layout.html --\n{{ if canonical }}<a href=\"{{ canonical.href }}\">x</a>{{ end }}{{ content }}\n");
        Assert.Equal(0, CliRun.In(temp.Path, "check", "--templates", "templates").ExitCode);
        var withAddress = CliRun.In(temp.Path, "check", "--templates", "templates", "--base-url", "https://example.org/");
        Assert.Equal(1, withAddress.ExitCode);
        Assert.Contains("layout.html:1:41: error BG5001: 'href' is not a member of String", withAddress.Stdout);
        // Copied into every address of every page: a long one made the site grow with it times every page.
        var tooLong = CliRun.In(temp.Path, "check", "--base-url", "https://example.org/" + new string('a', 481));
        Assert.Equal(2, tooLong.ExitCode);
        Assert.Contains("is refused: it is 501 characters long, more than the 500 allowed", tooLong.Stderr);
        var refused = CliRun.In(temp.Path, "check", "--base-url", "ftp://example.org/");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("briefinggen: --base-url must be the absolute http(s) address the site is published at; 'ftp://example.org/' is refused", refused.Stderr);
    }

    [Fact]
    public async Task A_working_folder_deleted_under_the_shell_is_named_as_the_problem()
    {
        // Every path is shown from the working folder: each command failed with "Unable to find the specified file".
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var cli = Path.Combine(AppContext.BaseDirectory, "BriefingGen.Cli.dll");
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", "mkdir gone && cd gone && rmdir ../gone && exec dotnet exec \"$0\" check --content \"$1\"", cli, temp["content"]])
        {
            WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("briefinggen: the working folder no longer exists (it was deleted or moved after the shell entered it); cd into a folder that exists and run the command again\n", await stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_output_folder_name_is_a_usage_error_not_an_internal_one(string output)
    {
        // --output "" reached Path.GetFullPath(""), which threw: "internal error", exit code 3; " " built into a folder named " ".
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var run = CliRun.In(temp.Path, "build", "--output", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"briefinggen: refusing to build into '{output}': no folder was named; give one with --output DIR\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Timings_are_aligned_columns_on_stderr()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var run = CliRun.In(temp.Path, "build", "--timings");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var lines = run.Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.EndsWith(" MiB peak")).ToList();
        Assert.Contains(lines, l => l.TrimStart().StartsWith("render and write") && l.Contains(" ms cpu ") && l.Contains(" ms gc "));
        Assert.Single(lines.Select(l => l.Length).Distinct());
        Assert.Contains("built ", run.Stdout);
    }
}

public class ProgressLineTests
{
    [Theory]
    [InlineData(false, "] render and write\n")]
    [InlineData(true, "\r\u001b[Krender and write  1,234 files  ")]
    public async Task A_build_running_past_a_second_shows_its_stage_redrawn_on_a_terminal_and_as_plain_lines_otherwise(bool terminal, string expected)
    {
        var stderr = new StringWriter();
        var synchronized = TextWriter.Synchronized(stderr);
        using (var progress = new BriefingGen.Cli.ProgressLine(synchronized, terminal))
        {
            progress.Report(new BuildProgress("render and write", 1234));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!stderr.ToString().Contains(expected) && clock.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50);
        }
        Assert.Contains(expected, stderr.ToString().Replace("\r\n", "\n"));
        if (terminal) Assert.EndsWith("\r\u001b[K", stderr.ToString());
    }
}
