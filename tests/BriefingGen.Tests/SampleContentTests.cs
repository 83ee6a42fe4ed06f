using AngleSharp.Html.Parser;
using BriefingGen.Loading;
using BriefingGen.Tests.Infrastructure;

namespace BriefingGen.Tests;

/// <summary>The real content/ folder: the site the README's build command publishes.</summary>
public class SampleContentTests
{
    [Fact]
    public void Sample_content_checks_with_zero_diagnostics_under_strict_with_the_citation_lint()
    {
        var result = SiteBuilder.Check(new DiskContentSource(Path.Combine(Repository.Root, "content")),
            new BuildOptions { Strict = true, LintCitations = true });
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Every_internal_link_of_the_sample_site_resolves_to_a_file()
    {
        using var temp = new TempFolder();
        var run = CliRun.In(Repository.Root, "build", "--strict", "--output", temp["site"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var parser = new HtmlParser();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(temp["site"], "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(temp["site"], file).Replace('\\', '/');
            if (page == "404.html") continue;
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var href in SiteTests.LinkTargets(document))
            {
                var target = SiteTests.Resolve(page, href);
                Assert.True(File.Exists(Path.Combine(temp["site"], target)), $"{page}: '{href}' leads to missing '{target}'");
                var fragment = href.Contains('#') ? href[(href.IndexOf('#') + 1)..] : null;
                if (fragment is not null && target.EndsWith(".html"))
                    Assert.True(parser.ParseDocument(File.ReadAllText(Path.Combine(temp["site"], target))).GetElementById(fragment) is not null,
                        $"{page}: '{href}' names a missing anchor");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }
}
