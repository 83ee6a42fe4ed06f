using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Output;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

public class CliTests
{
    private static readonly string GoodSite = Source + Brief("a");

    [Fact]
    public void Build_writes_the_site_and_exits_zero()
    {
        using var temp = new TempFolder().WriteSite(GoodSite);
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains(CliRun.NoBaseUrlNote, run.Stdout);
        Assert.Matches("\n0 errors, 0 warnings\nbuilt ([1-9][0-9]*) files into site \\(\\1 new or changed, 0 removed\\)\n$", run.Stdout);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["site/briefs/a/index.html"]));
        Assert.Equal("Brief a", page.QuerySelector("article.brief h1")!.TextContent);
        Assert.Equal("Summary of a.", page.QuerySelector("article.brief p.summary")!.TextContent);
        Assert.True(File.Exists(temp["site/" + OutputGuard.MarkerFile]));
        Assert.Contains("Brief a", File.ReadAllText(temp["site/index.html"]));
    }

    [Fact]
    public void Strict_build_stops_on_a_warning_alone_and_writes_nothing()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "No citation here."));
        var run = CliRun.In(temp.Path, "build", "--strict");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "content/sources/bbc.md:1:1: error BG3005: source 'bbc' is not cited by any published page; cite it with [@bbc] or remove it\n" +
            "1 error, 0 warnings\nnothing was written; site was not created\n", run.Stdout);
        Assert.False(Directory.Exists(temp["site"]));
        Assert.False(Directory.Exists(temp["site.building"]));
        // Once there is a site, it is the one left as it was.
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var again = CliRun.In(temp.Path, "build", "--strict");
        Assert.EndsWith("1 error, 0 warnings\nnothing was written; site is unchanged\n", again.Stdout);
    }

    [Theory]
    [InlineData("1700000000", "20231114T221320Z")] // SOURCE_DATE_EPOCH wins
    [InlineData(null, "20251110T000000Z")]         // without it, the newest date in the content
    public void Source_date_epoch_sets_the_calendar_timestamp_and_a_bad_one_is_refused(string? epoch, string dtstamp)
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", "events: [e]") + Event("e", "2020-05"));
        var run = CliRun.In(temp.Path, [("SOURCE_DATE_EPOCH", epoch)], "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\r\nDTSTAMP:" + dtstamp + "\r\n", File.ReadAllText(temp["site/timeline.ics"]));
        var bad = CliRun.In(temp.Path, [("SOURCE_DATE_EPOCH", "-5")], "build");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("briefinggen: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (0 to 253402300799), not '-5'\n", bad.Stderr);
    }

    [Fact]
    public void Content_errors_print_path_line_col_and_exit_one_writing_nothing()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "[[pedro-castilo]] [@bbc]"));
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/briefs/a.md:7:1: error BG3003: [[pedro-castilo]] links to an unknown id", run.Stdout);
        Assert.False(Directory.Exists(temp["site"]));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [Fact]
    public void Check_reports_warnings_and_fails_only_under_strict()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "No citation here."));
        Assert.Equal(0, CliRun.In(temp.Path, "check").ExitCode);
        var strict = CliRun.In(temp.Path, "check", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("content/sources/bbc.md:1:1: error BG3005", strict.Stdout);
    }

    [Fact]
    public void Strict_reports_what_the_pages_show_as_plain_check_does_and_still_writes_nothing()
    {
        // The checks made on rendered pages (a link to no place) were skipped once a warning had
        // failed --strict: a contributor fixed one warning only to meet the next on the next push.
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "An uncited claim in six or more words.\n\nSee [below](#nowhere) [@bbc]."));
        var plain = CliRun.In(temp.Path, "check", "--lint", "citations");
        var strict = CliRun.In(temp.Path, "check", "--strict", "--lint", "citations");
        Assert.Equal((0, 1), (plain.ExitCode, strict.ExitCode));
        string[] codes(string stdout) => stdout.Split('\n').Where(l => l.StartsWith("content/", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToArray();
        Assert.Equal(["BG3006:", "BG4011:"], codes(plain.Stdout));
        Assert.Equal(codes(plain.Stdout), codes(strict.Stdout));
        var build = CliRun.In(temp.Path, "build", "--strict", "--lint", "citations");
        Assert.Equal(codes(plain.Stdout), codes(build.Stdout));
        Assert.EndsWith("nothing was written; site was not created\n", build.Stdout);
        // What a build without base_url leaves out is no news when it writes nothing, even when only a page's check failed it.
        Assert.DoesNotContain("base_url is not set", build.Stdout);
        using var onlyOnPage = new TempFolder().WriteSite(Source + Brief("a", body: "See [below](#nowhere) [@bbc]."));
        var failedOnPage = CliRun.In(onlyOnPage.Path, "build", "--strict");
        Assert.Contains("error BG4011", failedOnPage.Stdout);
        Assert.DoesNotContain("base_url is not set", failedOnPage.Stdout);
        Assert.False(Directory.Exists(temp["site"]));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [Fact]
    public void The_share_of_cited_claims_reads_100_only_when_all_cite_and_0_only_when_none_do()
    {
        // 199 of 200 was rounded to "100%": nothing left to cite, a reviewer would read.
        const string cited = "This paragraph states a fact about the rupture [@bbc].\n\n";
        const string uncited = "This paragraph states a fact without any source at all.\n\n";
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: string.Concat(Enumerable.Repeat(cited, 199)) + uncited)
            + Brief("b", body: cited + string.Concat(Enumerable.Repeat(uncited, 200))) + Brief("c", body: uncited + uncited));
        var run = CliRun.In(temp.Path, "check");
        Assert.Contains("content/briefs/a.md: 199/200 claims cited (99%)\n", run.Stdout);
        Assert.Contains("content/briefs/b.md: 1/201 claims cited (1%)\n", run.Stdout);
        Assert.Contains("content/briefs/c.md: 0/2 claims cited (0%)\n", run.Stdout);
        Assert.Contains("site: 200/403 claims cited (50%)\n", run.Stdout);
        // A half rounds up, as it did before the limits: 1 of 8 is 13%.
        using var eighth = new TempFolder().WriteSite(Source + Brief("a", body: cited + string.Concat(Enumerable.Repeat(uncited, 7))));
        Assert.Contains("content/briefs/a.md: 1/8 claims cited (13%)\n", CliRun.In(eighth.Path, "check").Stdout);
    }

    [Fact]
    public void Check_shows_the_share_of_cited_paragraphs_and_lints_uncited_ones_on_request()
    {
        var body = "This paragraph states facts about the rupture and cites its source properly here [@bbc].\n\n" +
                   "This second paragraph also states several facts about events but cites nothing at all.";
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: body));
        var plain = CliRun.In(temp.Path, "check");
        Assert.Contains("content/briefs/a.md: 1/2 claims cited (50%)", plain.Stdout);
        Assert.Contains("site: 1/2 claims cited (50%)", plain.Stdout);
        Assert.DoesNotContain("BG3006", plain.Stdout);
        var linted = CliRun.In(temp.Path, "check", "--lint", "citations");
        Assert.Contains("content/briefs/a.md:9:1: warning BG3006: this paragraph cites no source", linted.Stdout);
        var fromSiteOption = CliRun.In(temp.WriteSite("-- content/site.yml --\ntitle: T\nlint: citations\n").Path, "build", "--output", temp["site"]);
        Assert.Contains("content/briefs/a.md:9:1: warning BG3006", fromSiteOption.Stdout);
        Assert.Contains("site: 1/2 claims cited (50%)", fromSiteOption.Stdout);
    }

    [Theory]
    [InlineData("briefinggen: Argument 'xml' not recognized. Must be one of:\n\t'text'\n\t'github'\nRun 'briefinggen check --help' for usage.\n", "check", "--format", "xml")]
    [InlineData("briefinggen: the content folder 'missing-folder' does not exist; run from the folder that holds it, name it with --content DIR, or start a site with 'briefinggen init'\n", "check", "--content", "missing-folder")]
    [InlineData("briefinggen: the templates folder 'missing-folder' does not exist; check the path given to --templates\n", "build", "--templates", "missing-folder")]
    // A folder that holds no content at all, such as the repository's root: one line, not an error for every file in it.
    [InlineData("briefinggen: the folder '.' holds neither site.yml nor any of the folders briefs/, actors/, events/ and sources/, so it is not a content folder; name the folder that holds them with --content DIR\n", "check", "--content", ".")]
    [InlineData("briefinggen: the folder 'content/briefs' holds neither site.yml nor any of the folders briefs/, actors/, events/ and sources/, so it is not a content folder; name the folder that holds them with --content DIR\n", "build", "--content", "content/briefs")]
    // A file was said not to exist.
    [InlineData("briefinggen: the content folder 'content/site.yml' is a file; name the folder that holds site.yml with --content DIR\n", "check", "--content", "content/site.yml")]
    [InlineData("briefinggen: the templates folder 'content/site.yml' is a file; check the path given to --templates\n", "build", "--templates", "content/site.yml")]
    [InlineData("briefinggen: --base-url must be the absolute http(s) address the site is published at; 'ftp://example.org/' is refused: it is not an absolute http:// or https:// address with a host\n", "build", "--base-url", "ftp://example.org/")]
    public void Usage_errors_exit_two_with_a_message_saying_what_is_wrong(string message, params string[] args)
    {
        using var temp = new TempFolder().WriteSite(GoodSite);
        var run = CliRun.In(temp.Path, args);
        Assert.Equal(message, run.Stderr);
        Assert.Equal("", run.Stdout);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void A_folder_given_as_a_link_to_nothing_or_a_loop_of_links_is_named_so()
    {
        // File.Exists sees the link itself: both were "is a file".
        using var temp = new TempFolder().WriteSite(GoodSite);
        File.CreateSymbolicLink(temp["gone"], temp["nothing-here"]);
        File.CreateSymbolicLink(temp["loop-a"], temp["loop-b"]);
        File.CreateSymbolicLink(temp["loop-b"], temp["loop-a"]);
        foreach (var (option, folder) in new[] { ("--content", "gone"), ("--content", "loop-a"), ("--templates", "loop-b") })
        {
            var run = CliRun.In(temp.Path, "check", option, folder);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"briefinggen: the {(option == "--content" ? "content" : "templates")} folder '{folder}' is a link that leads to no folder " +
                $"(its target is missing, or the links go round in a loop); check the path given to {option}\n", run.Stderr);
        }
    }

    [Fact]
    public void Github_format_prints_escaped_annotations()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "[@bbc] [x](javascript:a,b)"));
        var run = CliRun.In(temp.Path, "check", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=content/briefs/a.md,line=7,col=8,title=BG4002::link address 'javascript:a,b' is not allowed", run.Stdout);
    }

    [Fact]
    public void Annotations_escape_percent_newlines_and_property_separators()
    {
        var error = new Diagnostic(new SourceLocation("content/briefs/a,b:c.md", 3, 4), Severity.Error, "BG4002", "100% sure\r\nnext line \u001b[31mred");
        Assert.Equal("::error file=content/briefs/a%2Cb%3Ac.md,line=3,col=4,title=BG4002::100%25 sure%0D%0Anext line \\u001B[31mred",
            DiagnosticPrinter.Annotation(error));
        // A file name is content too: "x\e[2Jy.md" cleared the screen of a local --format github run.
        Assert.StartsWith("::error file=content/briefs/x\\u001B[2Jy.md,", DiagnosticPrinter.Annotation(error with { Location = new SourceLocation("content/briefs/x\u001b[2Jy.md", 1, 1) }));
        var warning = error with { Severity = Severity.Warning, Message = "a: b, c" };
        Assert.Equal("::warning file=content/briefs/a%2Cb%3Ac.md,line=3,col=4,title=BG4002::a: b, c", DiagnosticPrinter.Annotation(warning));
    }

    [Fact]
    public void Github_format_writes_a_step_summary_with_inert_table_cells()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "This paragraph states facts about the rupture and cites its source [@bbc] [x](http://a|b_c*d`e[f&lt;g)\n\n" +
            "This second paragraph also states several facts about events but cites nothing at all."));
        var summary = temp["summary.md"];
        var run = CliRun.In(temp.Path, [("GITHUB_STEP_SUMMARY", summary)], "check", "--format", "github");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(
            "::warning file=content/briefs/a.md,line=7,col=75,title=BG4003::link address 'http://a|b_c*d`e[f<g' uses plain http; use https:// if the site supports it\n" +
            CliRun.NoBaseUrlNote + "0 errors, 1 warning\n  content/briefs/a.md: 1/2 claims cited (50%)\n  site: 1/2 claims cited (50%)\n", run.Stdout);
        Assert.Equal(
            "### BriefingGen check\n\n0 errors, 1 warning\n\n" +
            "| Where | Code | Problem |\n|---|---|---|\n" +
            "| content/briefs/a.md:7:75 | BG4003 | link address &#39;http://a\\|b\\_c\\*d\\`e\\[f&lt;g&#39; uses plain http; use https:// if the site supports it |\n\n" +
            "| Page | Claims cited |\n|---|---|\n| content/briefs/a.md | 1/2 (50%) |\n| site | 1/2 (50%) |\n", File.ReadAllText(summary));
    }

    [Fact]
    public void Many_problems_of_one_code_in_one_file_are_printed_up_to_a_limit_and_counted_after_it()
    {
        // 25 stray tags in a.md (one line each), 2 in b.md: a.md's first 20 are printed, then a count of the other 5.
        var tags = string.Concat(Enumerable.Range(0, 25).Select(_ => "<b>\n\n"));
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "[@bbc]\n\n" + tags) + Brief("b", body: "[@bbc]\n\n<b>\n\n<b>"));
        var summary = temp["summary.md"];
        var text = CliRun.In(temp.Path, "check");
        var lines = text.Stdout.Split('\n');
        Assert.Equal(DiagnosticPrinter.ShownPerFileAndCode, lines.Count(l => l.StartsWith("content/briefs/a.md:") && l.Contains(": warning BG4001: raw HTML")));
        Assert.Equal("content/briefs/a.md:47:1: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", lines[DiagnosticPrinter.ShownPerFileAndCode - 1]);
        Assert.Equal("content/briefs/a.md: warning BG4001: 5 more like the above not shown; fix those and check again", lines[DiagnosticPrinter.ShownPerFileAndCode]);
        Assert.Equal(2, lines.Count(l => l.StartsWith("content/briefs/b.md:9:1: warning BG4001") || l.StartsWith("content/briefs/b.md:11:1: warning BG4001")));
        Assert.Contains("0 errors, 27 warnings\n", text.Stdout);

        var github = CliRun.In(temp.Path, [("GITHUB_STEP_SUMMARY", summary)], "check", "--format", "github");
        Assert.Contains("::warning file=content/briefs/a.md,title=BG4001::5 more like the above not shown; fix those and check again\n", github.Stdout);
        Assert.Equal(DiagnosticPrinter.ShownPerFileAndCode + 2 + 1, github.Stdout.Split('\n').Count(l => l.StartsWith("::warning")));
        Assert.Contains("| content/briefs/a.md | BG4001 | 5 more like the above not shown; fix those and check again |\n", File.ReadAllText(summary));
    }

    [Fact]
    public void A_flood_of_one_problem_is_counted_in_full_but_kept_only_so_far()
    {
        // 160,000 stray tags per file took 1.4 GB to build and recorded 224 MB beside the site.
        var tags = string.Concat(Enumerable.Repeat("<b>", 3000));
        var check = TestSite.Check(Source + Brief("a", body: "[@bbc] " + tags));
        var kept = check.Diagnostics.Where(d => d.Code == "BG4001").ToList();
        Assert.Equal(DiagnosticBag.KeptPerFileAndCode, kept.Count);
        Assert.Equal(3000, kept.Sum(d => 1 + d.Repeats));
        Assert.Equal(3000, check.WarningCount);

        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "[@bbc] " + tags));
        var built = CliRun.In(temp.Path, "build");
        Assert.Contains("content/briefs/a.md: warning BG4001: 2980 more like the above not shown; fix those and check again\n", built.Stdout);
        Assert.Contains("0 errors, 3000 warnings\n", built.Stdout);
        Assert.InRange(new FileInfo(temp["site/.briefinggen-output"]).Length, 1, 64 * 1024);
        // Built again with nothing changed, the recorded report says the same.
        var again = CliRun.In(temp.Path, "build");
        Assert.Contains("is up to date", again.Stdout);
        Assert.Contains("content/briefs/a.md: warning BG4001: 2980 more like the above not shown; fix those and check again\n", again.Stdout);
        Assert.Contains("0 errors, 3000 warnings\n", again.Stdout);
    }

    [Fact]
    public void Github_format_annotates_errors_before_warnings_and_says_when_GitHub_will_drop_some()
    {
        // GitHub annotates the first 10 errors of a step: an unknown source after a dozen stray tags was never shown on its line.
        var tags = string.Concat(Enumerable.Repeat("<b>\n\n", 12));
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "[@bbc]\n\n" + tags + "Last [@nope]."));
        var run = CliRun.In(temp.Path, "check", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("::notice title=BriefingGen::1 error annotation and 12 warning annotations; GitHub shows the first 10 of each kind on the changed lines, the content's own errors first. " +
            "The step's log lists more (up to 20 of a code in a file), and the job summary as many as fit; run the same check locally to see them in file order", lines[0]);
        Assert.StartsWith("::error file=content/briefs/a.md,line=33,col=7,title=BG3004::unknown source 'nope'", lines[1]);
        Assert.All(lines[2..14], l => Assert.StartsWith("::warning file=content/briefs/a.md,line=", l));
        // Under --strict, as pull requests are checked, every problem is an error: the content's own still come first.
        var strict = CliRun.In(temp.Path, "check", "--strict", "--format", "github").Stdout.Split('\n');
        Assert.StartsWith("::notice title=BriefingGen::13 error annotations and 0 warning annotations;", strict[0]);
        Assert.StartsWith("::error file=content/briefs/a.md,line=33,col=7,title=BG3004::unknown source 'nope'", strict[1]);
        Assert.All(strict[2..14], l => Assert.StartsWith("::error file=content/briefs/a.md,line=", l));

        // Within GitHub's limits, no notice, and the console keeps file order.
        using var few = new TempFolder().WriteSite(Source + Brief("a", body: "[@bbc]\n\n<b>\n\nLast [@nope]."));
        Assert.StartsWith("::warning file=content/briefs/a.md,line=9,", CliRun.In(few.Path, "check", "--format", "github").Stdout.Split('\n')[1]);
        Assert.StartsWith("::error file=content/briefs/a.md,line=11,", CliRun.In(few.Path, "check", "--format", "github").Stdout);
        Assert.StartsWith("content/briefs/a.md:9:1: warning BG4001", CliRun.In(few.Path, "check").Stdout);
    }

    [Fact]
    public void A_step_summary_stays_within_GitHubs_limit_and_says_what_it_leaves_out()
    {
        // GitHub refuses a summary over 1 MiB whole; 10,000 pages of coverage alone made 785 KB, and a lint of them 18 MB.
        var problems = Enumerable.Range(1, 200).Select(i => (new Diagnostic(new SourceLocation("content/briefs/a.md", i, 1), Severity.Warning, "BG3006", "this paragraph cites nothing"), 0)).ToList();
        var coverage = Enumerable.Range(1, 500).Select(i => new Graph.CitationCoverage($"content/briefs/b{i}.md", 1, 2)).ToList();
        var summary = DiagnosticPrinter.StepSummary(problems, coverage, "0 errors, 200 warnings", budget: 8000);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(summary), 6000, 8000);
        var lines = summary.Split('\n');
        var problemRows = lines.Count(l => l.Contains("| BG3006 |"));
        Assert.InRange(problemRows, 50, 199);
        Assert.Contains($"| | | {200 - problemRows} more rows not shown here: the step's log has them |", lines);
        var pageRows = lines.Count(l => l.StartsWith("| content/briefs/b"));
        Assert.Contains($"| {500 - pageRows} more pages not shown here | |", lines);
        Assert.Equal("| site | 500/1000 (50%) |", lines[^2]);

        Assert.DoesNotContain("not shown here", DiagnosticPrinter.StepSummary(problems, coverage, "0 errors, 200 warnings"));
    }

    [Fact]
    public void A_clean_check_writes_a_step_summary_with_no_empty_tables()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "Short [@bbc]."));
        var summary = temp["summary.md"];
        var run = CliRun.In(temp.Path, [("GITHUB_STEP_SUMMARY", summary)], "check", "--format", "github");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("### BriefingGen check\n\n0 errors, 0 warnings\n\n", File.ReadAllText(summary));
    }

    [Theory]
    [InlineData("missing-folder/summary.md", "Could not find a part of the path")] // a folder that does not exist
    [InlineData("content", "Access to the path")]                                     // a folder, not a file
    public void A_step_summary_that_cannot_be_written_is_a_warning_and_leaves_the_exit_code_alone(string summary, string reason)
    {
        // A pull request's check must not fail a valid brief because the runner's summary file is unusable.
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "Short [@bbc]."));
        var run = CliRun.In(temp.Path, [("GITHUB_STEP_SUMMARY", temp[summary])], "check", "--format", "github");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"briefinggen: warning: could not write the step summary to {temp[summary]}: {reason}", run.Stderr);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("0 errors, 0 warnings\n  site: 0/0 claims cited (n/a)\n", run.Stdout);

        using var broken = new TempFolder().WriteSite(Source + Brief("a", body: "[[nobody]] [@bbc]"));
        Assert.Equal(1, CliRun.In(broken.Path, [("GITHUB_STEP_SUMMARY", broken[summary])], "check", "--format", "github").ExitCode);
    }

    [Fact]
    public void A_problem_of_the_whole_folder_is_annotated_without_a_file_position()
    {
        var missing = new Diagnostic(new SourceLocation("content", 0, 0), Severity.Error, "BG1007", "no site.yml");
        Assert.Equal("::error title=BG1007::no site.yml", DiagnosticPrinter.Annotation(missing));
    }

    [Fact]
    public void Without_a_usable_site_yml_check_reports_no_citation_coverage()
    {
        // Coverage is of a site; with site.yml unreadable there is none to speak of, only the problem.
        using var temp = new TempFolder().WriteSite("-- content/site.yml --\ndescription: D\n" + Source + Brief("a", body: "Short [@bbc]."));
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("content/site.yml:1:1: error BG2007: required key 'title' is missing; add the site's title\n1 error, 0 warnings\n", run.Stdout);
    }

    [Fact]
    public void Text_output_shows_control_characters_from_content_as_escapes()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a", "\"ti\\e[31mtle\": x"));
        var run = CliRun.In(temp.Path, "check");
        Assert.StartsWith("content/briefs/a.md:5:1: error BG2005: unknown key 'ti\\u001B[31mtle'", run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    [Fact]
    public void Check_rounds_the_share_of_cited_claims_and_says_n_a_when_there_are_none()
    {
        const string claim = "This paragraph states facts about the rupture and the reasons given for it ";
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: $"{claim}[@bbc].\n\n{claim}[@bbc].\n\n{claim}without a source."));
        Assert.Equal(CliRun.NoBaseUrlNote + "0 errors, 0 warnings\n  content/briefs/a.md: 2/3 claims cited (67%)\n  site: 2/3 claims cited (67%)\n",
            CliRun.In(temp.Path, "check").Stdout);
        using var noClaims = new TempFolder().WriteSite(Source + Brief("a", body: "Short [@bbc]."));
        Assert.Equal(CliRun.NoBaseUrlNote + "0 errors, 0 warnings\n  site: 0/0 claims cited (n/a)\n", CliRun.In(noClaims.Path, "check").Stdout);
    }

    [Fact]
    public void Templates_option_overrides_a_built_in_template()
    {
        using var temp = new TempFolder().WriteSite(GoodSite + "-- templates/brief.html --\n<p class=\"custom\">{{ page.brief.title }}</p>\n");
        var run = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.Equal(0, run.ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["site/briefs/a/index.html"]));
        Assert.Equal("Brief a", page.QuerySelector("main p.custom")!.TextContent);
        Assert.Null(page.QuerySelector("article.brief"));
    }

    [Fact]
    public void A_template_error_is_reported_at_the_template_line_and_column()
    {
        using var temp = new TempFolder().WriteSite(GoodSite + "-- templates/brief.html --\n<p>\n{{ page.brief.titel }}</p>\n");
        var run = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/brief.html:2:15: error BG5001: 'titel' is not a member of BriefItem", run.Stdout);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void Check_renders_every_page_so_a_render_failure_fails_the_check()
    {
        using var temp = new TempFolder().WriteSite(GoodSite + "-- templates/brief.html --\n{{ page.brief.titel }}\n");
        var run = CliRun.In(temp.Path, "check", "--templates", "templates");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/brief.html:1:15: error BG5001", run.Stdout);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void A_build_into_a_folder_another_build_is_writing_stops_at_once_and_leaves_that_build_alone()
    {
        using var temp = new TempFolder().WriteSite(GoodSite);
        // The other build: its lock taken, a page staged, nothing published yet.
        var other = OutputLock.TryTake(temp["site"]);
        Assert.NotNull(other);
        var staging = new StagedDirectoryOutput(temp["site"]);
        staging.Write("index.html", "the other build's page"u8);

        // However the folder is written, it is one folder with one lock.
        foreach (var output in new[] { "site", "site/.", "./site//" })
        {
            var run = CliRun.In(temp.Path, "build", "--output", output);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"briefinggen: another build is writing to {output} (it holds the lock file site.building.lock); wait for it to finish, then build again\n", run.Stderr);
            Assert.Equal("", run.Stdout);
            Assert.Equal("the other build's page", File.ReadAllText(temp["site.building/index.html"]));
        }
        // From inside the site, "." is the same folder; its lock is beside it, not in it.
        Directory.CreateDirectory(temp["site"]);
        var fromInside = CliRun.In(temp["site"], "build", "--content", "../content", "--output", ".");
        Assert.Equal(2, fromInside.ExitCode);
        Assert.Equal($"briefinggen: another build is writing to . (it holds the lock file {temp["site.building.lock"]}); wait for it to finish, then build again\n", fromInside.Stderr);
        Directory.Delete(temp["site"]);

        staging.Commit("inputs", "");
        other.Dispose();
        Assert.False(File.Exists(temp["site.building.lock"]));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--output", "site/").ExitCode);
        Assert.Contains("Brief a", File.ReadAllText(temp["site/index.html"]));
        Assert.False(File.Exists(temp["site.building.lock"]));
    }

    [Fact]
    public void A_folder_where_the_lock_file_goes_is_named_with_what_to_do()
    {
        // "Access to the path '…/site.building.lock' is denied" told nobody what was wrong.
        using var temp = new TempFolder().WriteSite(GoodSite);
        Directory.CreateDirectory(temp["site.building.lock"]);
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("briefinggen: cannot read or write a file: 'site.building.lock' is a folder, where the build keeps its lock file; remove it (a build never makes it)\n", run.Stderr);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void Drafts_flag_includes_draft_briefs()
    {
        using var temp = new TempFolder().WriteSite(GoodSite + Brief("wip", "draft: true"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.False(File.Exists(temp["site/briefs/wip/index.html"]));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--drafts").ExitCode);
        Assert.True(File.Exists(temp["site/briefs/wip/index.html"]));
    }
}
