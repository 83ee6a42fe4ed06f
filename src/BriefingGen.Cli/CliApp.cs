using System.CommandLine;
using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Incremental;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;
using BriefingGen.Search;
using BriefingGen.Validation;

namespace BriefingGen.Cli;

/// <summary>
/// The briefinggen command. Exit codes: 0 success, 1 content errors (or warnings under --strict),
/// 2 usage errors (bad arguments, a refused or locked output folder, a failing search indexer), 3 an internal error.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <param name="stderrIsTerminal">Progress is redrawn in place on a terminal, printed as plain lines otherwise.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false) =>
        Run(args, stdout, stderr, () => PagefindIndexer.Find(Directory.GetCurrentDirectory()), stderrIsTerminal);

    /// <summary>findIndexer gives the search indexer to run after a build, or null to build without a search index.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<PagefindIndexer?> findIndexer, bool stderrIsTerminal = false)
    {
        // Every path is shown from the working folder; deleted under the shell (a branch switched, a
        // temporary folder cleaned), it made each command fail with "Unable to find the specified file".
        if (!WorkingFolderExists())
        {
            stderr.WriteLine("briefinggen: the working folder no longer exists (it was deleted or moved after the shell entered it); cd into a folder that exists and run the command again");
            return UsageError;
        }
        return Guarded(() => Parse(args, stdout, stderr, findIndexer, stderrIsTerminal), stderr);
    }

    private static bool WorkingFolderExists()
    {
        try
        {
            return Directory.Exists(Directory.GetCurrentDirectory());
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>A contributor sees a message and an exit code, never a stack trace.</summary>
    public static int Guarded(Func<int> command, TextWriter stderr)
    {
        try
        {
            return command();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions is { Count: > 0 } inner)
        {
            // Work done on several threads fails with all their exceptions: a bug is reported before a file that could not be read.
            return Guarded(() => throw inner.FirstOrDefault(x => x is not (IOException or UnauthorizedAccessException)) ?? inner[0], stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"briefinggen: {e.Message}");
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"briefinggen: cannot read or write a file: {e.Message}");
            return UsageError;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"briefinggen: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("This is a bug in BriefingGen, not in your content. Please report it with the command you ran and the files involved.");
            return InternalError;
        }
    }

    private static int Parse(string[] args, TextWriter stdout, TextWriter stderr, Func<PagefindIndexer?> findIndexer, bool stderrIsTerminal)
    {
        var content = new Option<string>("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output") { Description = "The folder to build the site into", DefaultValueFactory = _ => "site" };
        var templates = new Option<string?>("--templates") { Description = "A folder of templates that replace built-in ones of the same name" };
        var drafts = new Option<bool>("--drafts") { Description = "Include briefs marked draft: true" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site is published at (overrides site.yml)" };
        var lint = new Option<string[]>("--lint") { Description = "Extra checks to run: citations (claims without a citation)", AllowMultipleArgumentsPerToken = true };
        lint.AcceptOnlyFromAmong("citations");
        var format = new Option<string>("--format") { Description = "How to print problems: text, or github (Actions annotations)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (wall time, CPU time, garbage-collector pauses) and the peak memory when it ended" };

        var build = new Command("build", "Build the site from the content folder") { content, output, templates, drafts, strict, baseUrl, lint, format, timings };
        var check = new Command("check", "Check the content (and render every page) without writing anything") { content, templates, drafts, strict, baseUrl, lint, format };
        var port = new Option<int>("--port") { Description = "The port to serve on (0 picks a free one)", DefaultValueFactory = _ => 8000 };
        // Kestrel throws on a port out of range, and reading a token that is not a number throws
        // here: either would be reported as an internal error.
        port.Validators.Add(result =>
        {
            if (result.Tokens is not [.., var token]) return;
            if (!int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 65535)
                result.AddError($"--port must be a number from 0 (any free port) to 65535, not '{token.Value}'");
        });
        var serveDrafts = new Option<bool>("--drafts") { Description = "Show briefs marked draft: true (the default; --drafts false hides them)", DefaultValueFactory = _ => true };
        var serve = new Command("serve", "Preview the site at http://127.0.0.1:PORT/, rebuilding and reloading as you edit") { content, templates, port, serveDrafts, timings };
        var kind = new Argument<string>("kind") { Description = "What to create: brief, actor, event or source" };
        kind.AcceptOnlyFromAmong("brief", "actor", "event", "source");
        var id = new Argument<string>("id") { Description = "The new file's id: lowercase letters, digits and single hyphens" };
        var title = new Option<string?>("--title") { Description = "The title (or an actor's name)" };
        var @new = new Command("new", "Create a content file from a scaffold, ready to fill in") { kind, id, title, content, templates };
        var siteTitle = new Option<string?>("--title") { Description = "The site's title" };
        var init = new Command("init", "Start a site: create the content folder and its site.yml") { content, siteTitle };
        var themeFiles = new Argument<string[]>("files") { Description = "Files of the built-in theme to copy (brief.html, assets/style.css, …); none lists them all", Arity = ArgumentArity.ZeroOrMore };
        var themeFolder = new Option<string?>("--templates") { Description = $"The theme folder to copy them into [default: {ThemeCommand.DefaultFolder}]" };
        var theme = new Command("theme", "List the built-in theme's files, or copy some into a theme folder to change them") { themeFiles, themeFolder };
        var root = new RootCommand("BriefingGen: a static site generator for policy and geopolitical briefings") { init, build, check, serve, @new, theme };

        BuildOptions Options(ParseResult p) => new()
        {
            IncludeDrafts = p.GetValue(drafts),
            Strict = p.GetValue(strict),
            LintCitations = p.GetValue(lint)?.Contains("citations") == true,
            BaseUrl = p.GetValue(baseUrl),
            Timestamp = SourceDateEpoch(),
        };

        build.SetAction(p => Build(p.GetValue(content)!, p.GetValue(output)!, p.GetValue(templates), Options(p),
            new DiagnosticPrinter(p.GetValue(format)!, stdout, stderr, stderrIsTerminal), p.GetValue(timings), findIndexer));
        check.SetAction(p => Check(p.GetValue(content)!, p.GetValue(templates), Options(p), new DiagnosticPrinter(p.GetValue(format)!, stdout, stderr, stderrIsTerminal)));

        serve.SetAction((p, stop) => Serve(p.GetValue(content)!, p.GetValue(templates), p.GetValue(port), p.GetValue(serveDrafts), p.GetValue(timings), stdout, stderr, stop));

        @new.SetAction(p =>
        {
            var printer = new DiagnosticPrinter("text", stdout, stderr);
            return UnusableFolders(p.GetValue(content)!, p.GetValue(templates), printer) ?? NewCommand.Run(p.GetValue(kind)!, p.GetValue(id)!, p.GetValue(title), p.GetValue(content)!, p.GetValue(templates),
                DateOnly.FromDateTime(DateTime.Now), stdout, printer);
        });

        theme.SetAction(p => ThemeCommand.Run(p.GetValue(themeFiles) ?? [], p.GetValue(themeFolder), stdout, new DiagnosticPrinter("text", stdout, stderr)));

        init.SetAction(p => InitCommand.Run(p.GetValue(content)!, p.GetValue(siteTitle), stdout, new DiagnosticPrinter("text", stdout, stderr)));

        // No response files: "@name" is a title or a handle ("--title @PeruGob"), not a file of arguments to read.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in UsageErrors(parsed)) stderr.WriteLine($"briefinggen: {message}");
            var command = parsed.CommandResult.Command == root ? "briefinggen" : $"briefinggen {parsed.CommandResult.Command.Name}";
            stderr.WriteLine($"Run '{command} --help' for usage.");
            return UsageError;
        }
        // Our own guard reports failures; System.CommandLine's would print a stack trace and exit 1.
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// The parser's errors as a newcomer needs them: an unknown word with the nearest command or
    /// option, and "no command" only when nothing else was wrong.
    /// </summary>
    private static IEnumerable<string> UsageErrors(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var unknown = parsed.UnmatchedTokens.ToList();
        foreach (var token in unknown)
        {
            var isOption = token.StartsWith('-');
            var known = isOption
                ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            var what = isOption ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            yield return $"unknown {what} '{token}'{Suggestions.Hint(token, known)}";
        }
        foreach (var error in parsed.Errors.Where(e => !unknown.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
        {
            if (command is RootCommand && unknown.Count > 0) continue;
            yield return command is RootCommand
                ? $"no command given; use one of {string.Join(", ", command.Subcommands.Select(c => c.Name))}"
                : error.Message;
        }
    }

    private static int Check(string contentFolder, string? templatesFolder, BuildOptions options, DiagnosticPrinter printer)
    {
        if (UnusableFolders(contentFolder, templatesFolder, printer) is { } code) return code;
        if (BaseUrlRefused(options, printer)) return UsageError;
        BuildResult result;
        using (var progress = printer.Progress())
            result = SiteBuilder.Build(new DiskContentSource(Shown(contentFolder)), TemplateSet.Load(templatesFolder), new DiscardingOutput(), options with { Progress = progress });
        printer.Report(result, showCoverage: true);
        return result.Succeeded ? Success : ContentErrors;
    }

    private static int Build(string contentFolder, string outputFolder, string? templatesFolder, BuildOptions options, DiagnosticPrinter printer, bool showTimings,
        Func<PagefindIndexer?> findIndexer)
    {
        if (UnusableFolders(contentFolder, templatesFolder, printer) is { } code) return code;
        if (BaseUrlRefused(options, printer)) return UsageError;
        if (OutputGuard.Check(outputFolder, contentFolder, templatesFolder) is { } refusal)
        {
            printer.Usage(refusal);
            return UsageError;
        }

        using var outputLock = OutputLock.TryTake(outputFolder);
        if (outputLock is null)
        {
            printer.Usage($"another build is writing to {outputFolder} (it holds the lock file {OutputLock.PathFor(outputFolder)}); wait for it to finish, then build again");
            return UsageError;
        }

        var templates = TemplateSet.Load(templatesFolder);
        // The search indexer reads the whole new site from the staging folder.
        var indexer = findIndexer();
        var staging = new StagedDirectoryOutput(outputFolder, stageEverything: indexer is not null, postBuildStep: indexer?.Identity ?? "");
        BuildResult result;
        try
        {
            using var progress = printer.Progress();
            result = SiteBuilder.Build(new DiskContentSource(Shown(contentFolder)), templates, staging, options with { Progress = progress });
        }
        catch
        {
            staging.Abandon();
            throw;
        }
        // Said on every build without search, an up-to-date one too: that site has no search either.
        if (result.Succeeded && indexer is null)
            printer.Info($"search: Pagefind is not installed, so the site has no search index; put a `pagefind` on PATH (npm install -g pagefind), or in the repository run `{PagefindIndexer.InstallHint}`");
        // Before indexing and publishing: should either fail, the content's report is still the contributor's to see.
        printer.Report(result, showCoverage: result.LintsCitations);
        if (result.Succeeded && !result.UpToDate)
        {
            if (IndexForSearch(staging, indexer, printer) is not { } searchTiming)
            {
                staging.Abandon();
                printer.Info(NothingWritten(outputFolder));
                return UsageError;
            }
            result = result with { Timings = [.. result.Timings, searchTiming] };
        }
        Exception? unpublished = null;
        var publish = StageTiming.Measure("publish", () =>
        {
            // A staging output records its inputs, so a successful build has them.
            if (!result.Succeeded || result.UpToDate) staging.Abandon();
            else
                try
                {
                    staging.Commit(result.Inputs!, RecordedReport.Write(result));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    unpublished = e;
                }
        });
        result = result with { Timings = [.. result.Timings, publish] };
        if (unpublished is not null)
        {
            printer.Usage($"cannot publish into {outputFolder}: {unpublished.Message.TrimEnd('.')}" + (staging.PublishingBegan
                ? "; publishing had begun, so the site holds new files beside old ones (no new page links to a removed one); fix that file and build again, which completes it"
                : "; nothing was published"));
            return UsageError;
        }

        if (result.UpToDate) printer.Info($"the site in {outputFolder} is up to date: nothing it is built from changed, and its files are as the last build left them");
        else if (result.Succeeded) printer.Info($"built {result.FilesWritten} files{(staging.AddedAfterBuild > 0 ? $" and {staging.AddedAfterBuild} search index files" : "")} into {outputFolder} ({staging.Changed} new or changed, {staging.Removed} removed)");
        else printer.Info(NothingWritten(outputFolder));
        if (showTimings) printer.Timings(result.Timings);
        return result.Succeeded ? Success : ContentErrors;
    }

    /// <summary>
    /// Indexes the staged site for search; the timing, or null when the indexer failed (reported).
    /// Without an indexer the site is still built, without search.
    /// </summary>
    private static StageTiming? IndexForSearch(StagedDirectoryOutput staging, PagefindIndexer? indexer, DiagnosticPrinter printer)
    {
        string? failure = null;
        var timing = StageTiming.Measure("search index", () => failure = indexer?.Index(staging.Folder));
        if (failure is null) return timing;
        printer.Usage($"search indexing failed: {failure}");
        return null;
    }

    private static async Task<int> Serve(string contentFolder, string? templatesFolder, int port, bool drafts, bool showTimings, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var printer = new DiagnosticPrinter("text", stdout, stderr);
        if (UnusableFolders(contentFolder, templatesFolder, printer) is { } code) return code;
        try
        {
            return await BriefingGen.Cli.Serve.ServeCommand.RunAsync(Shown(contentFolder), templatesFolder, port, new BuildOptions { IncludeDrafts = drafts, Timestamp = SourceDateEpoch() },
                printer, stdout, showTimings, stop);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // Kestrel's own message names an internal address; this is not a file that failed either.
            printer.Usage($"port {port} is already in use (another serve, or another server); choose another with --port, or --port 0 for any free one");
            return UsageError;
        }
    }

    /// <summary>A --base-url that cannot be the site's address is named; check takes it as build does, so it renders what build will.</summary>
    private static bool BaseUrlRefused(BuildOptions options, DiagnosticPrinter printer)
    {
        if (options.BaseUrl is not { } url || BaseUrlRule.Problem(url) is not { } problem) return false;
        printer.Usage($"--base-url must be the absolute http(s) address the site is published at; '{url}' is refused: {problem}");
        return true;
    }

    /// <summary>The usage error for a content or templates folder that cannot be used as one, or null when both can.</summary>
    private static int? UnusableFolders(string contentFolder, string? templatesFolder, DiagnosticPrinter printer) =>
        UnusableContentFolder(contentFolder, printer) ?? (templatesFolder is null ? null : UnusableTemplatesFolder(templatesFolder, printer));

    private static int? UnusableContentFolder(string folder, DiagnosticPrinter printer)
    {
        if (Directory.Exists(folder))
        {
            if (LooksLikeContent(folder)) return null;
            // A repository's root, or /usr: every file in it would be an error of its own (175,000 for /usr).
            var kinds = DocumentKinds.All.Select(k => k.Folder() + "/").ToList();
            printer.Usage($"the folder '{folder}' holds neither {ContentLayout.SiteConfigPath} nor any of the folders {string.Join(", ", kinds[..^1])} and {kinds[^1]}, " +
                "so it is not a content folder; name the folder that holds them with --content DIR");
            return UsageError;
        }
        printer.Usage(LeadsNowhere(folder) ? NowhereProblem("content", folder)
            : File.Exists(folder) ? $"the content folder '{folder}' is a file; name the folder that holds site.yml with --content DIR"
            : $"the content folder '{folder}' does not exist; run from the folder that holds it, name it with --content DIR, or start a site with 'briefinggen init'");
        return UsageError;
    }

    private static int? UnusableTemplatesFolder(string folder, DiagnosticPrinter printer)
    {
        if (Directory.Exists(folder)) return null;
        printer.Usage(LeadsNowhere(folder) ? NowhereProblem("templates", folder)
            : $"the templates folder '{folder}' {(File.Exists(folder) ? "is a file" : "does not exist")}; check the path given to --templates");
        return UsageError;
    }

    private static string NowhereProblem(string option, string folder) =>
        $"the {option} folder '{folder}' is a link that leads to no folder (its target is missing, or the links go round in a loop); check the path given to --{option}";

    /// <summary>A symbolic link whose target is missing, or a loop of them: File.Exists sees the link itself, and called it a file.</summary>
    private static bool LeadsNowhere(string path)
    {
        var link = new FileInfo(path);
        if (link.LinkTarget is null) return false;
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Empty (a site not yet begun, told what to create), or holding site.yml or a kind's folder, whatever it is.</summary>
    private static bool LooksLikeContent(string folder)
    {
        var names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        return names.Count == 0 || names.Any(name => name == ContentLayout.SiteConfigPath || ContentLayout.IsKindFolder(name!));
    }

    /// <summary>A failed build's last line: the site as it was, or no site at all when there was none before.</summary>
    private static string NothingWritten(string outputFolder) =>
        $"nothing was written; {outputFolder} {(Directory.Exists(outputFolder) ? "is unchanged" : "was not created")}";

    /// <summary>A path as messages name it: relative to the working folder, with '/'.</summary>
    internal static string Shown(string folder) => Path.GetRelativePath(Directory.GetCurrentDirectory(), folder).Replace('\\', '/');

    /// <summary>SOURCE_DATE_EPOCH as a time, or null when it is not set; anything but whole seconds from 1970 to 9999 is a usage error.</summary>
    private static DateTimeOffset? SourceDateEpoch()
    {
        var text = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(text)) return null;
        var latest = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= latest)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        throw new UsageException($"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (0 to {latest}), not '{text}'");
    }

    /// <summary>A problem with how the command was called, found after parsing; exits with <see cref="UsageError"/>.</summary>
    private sealed class UsageException(string message) : Exception(message);
}
