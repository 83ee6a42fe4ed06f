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
        Assert.True(File.Exists(temp["site/briefs/a/index.html"]));
        Assert.True(File.Exists(temp["site/" + OutputGuard.MarkerFile]));
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
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--content", "missing-folder")]
    public void Usage_errors_exit_two(params string[] args)
    {
        using var temp = new TempFolder().WriteSite(GoodSite);
        var run = CliRun.In(temp.Path, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("briefinggen:", run.Stderr);
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
    public void Drafts_flag_includes_draft_briefs()
    {
        using var temp = new TempFolder().WriteSite(GoodSite + Brief("wip", "draft: true"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.False(File.Exists(temp["site/briefs/wip/index.html"]));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--drafts").ExitCode);
        Assert.True(File.Exists(temp["site/briefs/wip/index.html"]));
    }
}
