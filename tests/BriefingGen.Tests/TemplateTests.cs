using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Writing a theme: what a template may read, write and call, and how its mistakes are reported.</summary>
public class TemplateTests
{
    private static readonly string Site = Source + Brief("a");

    private static string Template(string name, string text) => $"-- templates/{name} --\n{text}\n";

    private static Diagnostic OnlyTemplateError(TestSite site)
    {
        var error = Assert.Single(site.Diagnostics);
        Assert.Equal("BG5001", error.Code);
        Assert.False(site.Result.Succeeded);
        return error;
    }

    [Fact]
    public void A_misspelled_variable_is_an_error_at_the_templates_line_and_column()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", "<p>\n  {{ titel }}</p>")));
        Assert.Equal("templates/brief.html:2:6", error.Location.ToString());
        Assert.Equal("The variable or function `titel` was not found", error.Message);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_the_templates_line_and_column()
    {
        var site = TestSite.Build(Site + Template("brief.html", "<p>\n\n  {{ if }}</p>"));
        Assert.Equal([
            "templates/brief.html:3:9: error BG5001: Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if",
            "templates/brief.html:3:11: error BG5001: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if",
        ], site.Diagnostics.Select(d => d.ToString()));
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void A_key_missing_from_an_extra_map_renders_empty_but_a_misspelled_member_of_a_page_is_an_error()
    {
        var files = "-- content/site.yml --\ntitle: T\nextra: {word: s}\n" + Source + Brief("a", "extra: {word: w}");
        var page = TestSite.Build(files + Template("brief.html", """<p class="x">[{{ page.extra.missing }}|{{ site.extra.missing }}|{{ page.extra.word }}]</p>""")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("[||w]", page.QuerySelector("p.x")!.TextContent);

        var error = OnlyTemplateError(TestSite.Build(files + Template("brief.html", "{{ page.brief.extra }}")));
        Assert.Equal("templates/brief.html:1:15", error.Location.ToString());
        Assert.Equal("'extra' is not a member of BriefItem", error.Message);
    }

    [Theory]
    [InlineData("{{ date.now.year }}", "templates/brief.html:1:13", "Cannot get the member date.now.year for a null object.")]
    [InlineData("{{ math.random 1 1000000 }}", "templates/brief.html:1:4", "The function `math.random` was not found")]
    public void The_clock_and_the_random_generator_are_not_there_so_two_builds_are_the_same(string text, string location, string message)
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", text)));
        Assert.Equal(location, error.Location.ToString());
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_page_template_can_set_the_title_the_layout_shows()
    {
        var page = TestSite.Build(Site + Template("brief.html", "{{ title = \"Set by the page\" }}<p>body</p>")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("Set by the page · Test Briefings", page.Title);
    }

    [Fact]
    public void No_template_can_replace_the_pages_content()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("layout.html", "<main>\n{{ content = \"replaced\" }}{{ content }}</main>")));
        Assert.Equal("templates/layout.html:2:4", error.Location.ToString());
        Assert.Equal("Cannot set the readonly variable `content`", error.Message);
    }

    [Fact]
    public void A_value_the_layout_returns_is_printed_escaped()
    {
        var site = TestSite.Build(Site + Template("brief.html", "body") + Template("layout.html", "<main>{{ content }}</main>{{ ret \"<b>returned</b>\" }}after")).AssertClean();
        Assert.Equal("<main>body\n</main>&lt;b&gt;returned&lt;/b&gt;", site.Output.Text("briefs/a/index.html"));
    }
}
