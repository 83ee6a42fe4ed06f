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
        Assert.Equal("", page.QuerySelector("article.brief .body")?.TextContent.Trim() ?? "");
    }

    [Fact]
    public void Different_line_separators_in_one_value_are_each_read_and_shown_as_a_space()
    {
        // A value is one line; what stood in for each separator while YAML read it never shows.
        var page = TestSite.Build(Source + Brief("a").Replace("summary: Summary of a.", "summary: \"a\u2028b\u2029c\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a b c", page.QuerySelector(".summary")!.TextContent);
    }

    /// <summary>Private-use characters (E000–F8FF) stand in for separators while YAML reads the text; those the text holds must never be taken.</summary>
    private static string PrivateUse(int from, int to) => new(Enumerable.Range(from, to - from + 1).Select(c => (char)c).ToArray());

    [Fact]
    public void With_every_private_use_character_taken_a_separator_ends_the_line_and_no_other_character_stands_in()
    {
        var page = TestSite.Build(Source + Brief("a", $"extra: {{x: \"{PrivateUse(0xE000, 0xF8FF)}\"}}")
            .Replace("summary: Summary of a.", "summary: a\uE000\uF8FF\uF900b\u2028")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a\uE000\uF8FF\uF900b", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void The_last_private_use_character_stands_in_when_it_is_the_only_one_free()
    {
        var page = TestSite.Build(Source + Brief("a", $"extra: {{x: \"{PrivateUse(0xE000, 0xF8FE)}\"}}")
            .Replace("summary: Summary of a.", "summary: \"a\u2028b\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a b", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void Two_separators_get_two_stand_ins_past_the_private_use_characters_the_text_holds()
    {
        var page = TestSite.Build(Source + Brief("a").Replace("summary: Summary of a.", "summary: \"\uE000 a\u2028b\u2029c\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("\uE000 a b c", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void The_highest_character_in_front_matter_is_named_not_a_crash()
    {
        var report = TestSite.Check(Source + Brief("a").Replace("summary: Summary of a.", "summary: \"a\uFFFFb\u2028c\"")).Diagnostics.Select(d => d.Format());
        Assert.Equal(["content/briefs/a.md:4:10: error BG2010: 'summary' contains the noncharacter U+FFFF; remove it"], report);
    }

    [Fact]
    public void A_separator_as_the_very_first_character_of_the_front_matter_stays_where_it_is()
    {
        // An editor shows the key right after it on the first line; it is part of the key, so the key is unknown there.
        var report = TestSite.Check(Source + "-- content/briefs/a.md --\n---\n\u2028title: A\ndate: 2025-11-10\nsummary: S\n---\nText [@bbc].\n").Diagnostics.Select(d => d.Format());
        Assert.Equal([
            "content/briefs/a.md:2:1: error BG2005: unknown key '\u2028title'; did you mean 'title'? (custom data goes under 'extra:')",
            "content/briefs/a.md:2:1: error BG2007: required key 'title' is missing; add the brief's title"], report);
    }

    [Fact]
    public void A_file_of_only_the_opening_line_is_front_matter_never_closed()
    {
        var content = new Dictionary<string, string> { ["site.yml"] = "title: T\n", ["briefs/a.md"] = "---" };
        var report = SiteBuilder.Check(new InMemoryContentSource(content), new BuildOptions()).Diagnostics.Select(d => d.Format());
        Assert.Equal(["content/briefs/a.md:1:1: error BG2001: the front matter opened on line 1 is never closed; add a line '---' after the last field"], report);
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
    public void Tabs_and_line_breaks_are_allowed_in_values_and_read_as_spaces()
    {
        var page = TestSite.Build(Source + Brief("a").Replace("summary: Summary of a.", "summary: \"a\\tb \\n c\\n\\nd\\u2028e\\u2029f\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("a b c d e f", page.QuerySelector(".summary")!.TextContent);
    }
}
