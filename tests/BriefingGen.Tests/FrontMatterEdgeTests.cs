using BriefingGen.Loading;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Front matter written in ways the other tests never write it, and what the reader then sees.</summary>
public class FrontMatterEdgeTests
{
    [Fact]
    public void A_closing_line_at_the_very_end_of_the_file_leaves_an_empty_body()
    {
        // TestSite always ends files with a newline; an editor need not.
        var content = new Dictionary<string, string>
        {
            ["site.yml"] = "title: T\n",
            ["briefs/a.md"] = "---\ntitle: A\ndate: 2025-11-10\nsummary: S.\n---",
        };
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(new InMemoryContentSource(content), TemplateSet.Load(new Dictionary<string, string>()), output, new BuildOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(output.Text("briefs/a/index.html"));
        Assert.Equal("A", page.QuerySelector("article.brief h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("article.brief .body p"));
    }

    [Fact]
    public void Different_line_separators_in_one_value_are_each_kept()
    {
        var page = TestSite.Build(Source + Brief("a").Replace("summary: Summary of a.", "summary: \"a\u2028b\u2029c\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a\u2028b\u2029c", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void A_value_is_kept_as_written_even_when_the_front_matter_holds_every_private_use_character()
    {
        // No private-use character is left to stand in for the separator: it ends the line, as YAML reads it, and no other character is taken for one.
        var every = new string(Enumerable.Range(0xE000, 0xF900 - 0xE000).Select(c => (char)c).ToArray());
        var page = TestSite.Build(Source + Brief("a", $"extra: {{x: \"{every}\"}}").Replace("summary: Summary of a.", "summary: a\uF900b\u2028")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a\uF900b", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void A_brief_marked_draft_false_is_published()
    {
        var site = TestSite.Build(Source + Brief("a", "draft: false") + Brief("b", "draft: true")).AssertClean();
        Assert.True(site.Has("briefs/a/index.html"));
        Assert.False(site.Has("briefs/b/index.html"));
    }

    [Fact]
    public void Front_matter_of_exactly_64_KiB_is_read()
    {
        var start = "title: A\ndate: 2025-11-10\nsummary: S\nextra: {n: ";
        var yaml = start + new string('x', 64 * 1024 - start.Length - 2) + "}\n";
        Assert.Equal(64 * 1024, yaml.Length);
        TestSite.Build(Source + $"-- content/briefs/a.md --\n---\n{yaml}---\nText [@bbc].\n").AssertClean();
    }

    [Fact]
    public void Front_matter_of_exactly_5000_values_is_read()
    {
        // The mapping, three fields of two values each, 'extra', its map, 'l' and its list: 11 values, and 4989 items.
        TestSite.Build(Source + Brief("a", "extra: {l: [" + string.Join(",", Enumerable.Repeat("1", 4989)) + "]}")).AssertClean();
    }

    [Theory]
    [InlineData(8, "")]
    [InlineData(9, "BG2009 content/briefs/a.md:10:17")]
    public void Front_matter_may_nest_eight_levels_deep(int levels, string expected)
    {
        var file = "-- content/briefs/a.md --\n---\n" + string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', i * 2) + "k:\n")) + "---\n";
        Assert.Equal(expected, string.Join("; ", TestSite.Check(file).Diagnostics.Where(d => d.Code == "BG2009").Select(d => $"{d.Code} {d.Location}")));
    }

    [Fact]
    public void Tabs_and_line_breaks_are_allowed_in_values()
    {
        var page = TestSite.Build(Source + Brief("a").Replace("summary: Summary of a.", "summary: \"a\\tb\\nc\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a\tb\nc", page.QuerySelector(".summary")!.TextContent);
    }
}
