using System.Diagnostics;
using System.Globalization;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;
using BriefingGen.Markdown;
using BriefingGen.Rendering.Pages;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// Classes of input from an independent attack run (issue 12) that crashed, hung, blew up the
/// output or misreported a position; each test runs the reproducer and variants of it.
/// </summary>
public class HardeningTests
{
    private static string Body(string markdown) => Source + Brief("a", body: "[@bbc] " + markdown);

    private static string FrontMatter(string yaml) => $"-- content/briefs/a.md --\n---\n{yaml}\n---\nText.\n";

    /// <summary>Another broken file, so a test can see that the run went on past the first.</summary>
    private const string OtherBrokenFile = "-- content/briefs/b.md --\n---\ntitel: B\n---\n";

    // ---- Every failure of the YAML library is a BG2002, and the run goes on. ----

    [Theory]
    [InlineData(": {\nk", "content/briefs/a.md:3:1")]
    [InlineData("... >", "content/briefs/a.md:3:1")]
    [InlineData("extra: !!]", "content/briefs/a.md:2:11")]
    [InlineData("title: x\n... >\nk: [", "content/briefs/a.md:3:1")]
    [InlineData("extra: !<>", "content/briefs/a.md:2:11")]
    [InlineData("extra: !!]\n  a: b", "content/briefs/a.md:2:11")]
    [InlineData("? : {\n- k", "content/briefs/a.md:3:1")]
    public void Any_failure_of_the_yaml_library_is_a_syntax_error_and_the_run_goes_on(string yaml, string at)
    {
        var diagnostics = TestSite.Check(FrontMatter(yaml) + OtherBrokenFile).Diagnostics;
        DiagnosticAssert.At(diagnostics, "BG2002", at);
        DiagnosticAssert.At(diagnostics, "BG2005", "content/briefs/b.md:2:1");
    }

    [Theory]
    [InlineData(": {\nk")]
    [InlineData("... >")]
    [InlineData("title: T\nextra: !!]")]
    public void Site_yml_that_the_yaml_library_fails_on_is_a_syntax_error_and_the_run_goes_on(string yaml)
    {
        var diagnostics = TestSite.Check("-- content/site.yml --\n" + yaml + "\n" + OtherBrokenFile).Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == "BG2002" && d.Location.File == "content/site.yml");
        DiagnosticAssert.At(diagnostics, "BG2005", "content/briefs/b.md:2:1");
    }

    // ---- Positions: tabs, Unicode line separators, invisible characters. ----

    [Theory]
    [InlineData("extra:\n  a:\n\t  b: 1", "content/briefs/a.md:7:1")]
    [InlineData("extra:\n  - a\n\t- b", "content/briefs/a.md:7:1")]
    [InlineData("extra:\n  a: 1\n  b:\n    c: x\n    d: y\n\t  e: 1", "content/briefs/a.md:10:1")]
    [InlineData("extra:\n  a:\n  \t b: 1", "content/briefs/a.md:7:3")]
    public void A_tab_used_as_indentation_is_reported_at_the_tab(string frontMatter, string at)
    {
        var diagnostic = DiagnosticAssert.At(TestSite.Check(Source + Brief("a", frontMatter)).Diagnostics, "BG2002", at);
        Assert.Contains("tab", diagnostic.Message);
    }

    [Fact]
    public void The_fast_control_character_search_finds_what_the_whole_set_finds()
    {
        // Each character, alone, before an ASCII control and before a C1 control: the first of the set wins.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var text in new[] { $"plain text {(char)c}", $"ab{(char)c}\u0001\u0085", $"ab{(char)c}\u0090cd\u0007" })
                Assert.Equal(text.AsSpan().IndexOfAny(TextFile.InvisibleControls), TextFile.IndexOfInvisibleControl(text));
        }
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void Unicode_line_separators_do_not_shift_positions(char separator)
    {
        // In a comment, in a quoted value and in a block of text: none of them ends a line in an editor.
        var files = Source + Brief("a", $"# note {separator} more\nextra:\n  quote: \"a{separator}b\"\n  text: |\n    one{separator}two\ntitel: x");
        DiagnosticAssert.At(TestSite.Check(files).Diagnostics, "BG2005", "content/briefs/a.md:10:1");
    }

    [Fact]
    public void A_line_separator_inside_a_value_is_read_through_and_shown_as_a_space()
    {
        var page = TestSite.Build(Source + Brief("a", "extra: {x: 1}").Replace("summary: Summary of a.", "summary: \"One\u2028two\"")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("One two", page.QuerySelector(".summary")!.TextContent);
    }

    [Theory]
    [InlineData("title: x\n\uFEFFdate: 2020-01-01", "content/briefs/a.md:3:1")]
    [InlineData("title: x\nsummary: a\uFEFFb", "content/briefs/a.md:3:11")]
    [InlineData("title: x # \uFEFF", "content/briefs/a.md:2:12")]
    public void A_bom_past_the_start_of_the_file_is_named(string yaml, string at)
    {
        var diagnostics = TestSite.Check(FrontMatter(yaml)).Diagnostics;
        Assert.Contains("invisible BOM character", DiagnosticAssert.At(diagnostics, "BG2002", at).Message);
        DiagnosticAssert.None(diagnostics, "BG2005");
    }

    [Fact]
    public void A_bom_before_the_closing_line_is_named_there()
    {
        var diagnostics = TestSite.Check("-- content/briefs/a.md --\n---\ntitle: x\n\uFEFF---\nText.\n").Diagnostics;
        Assert.Contains("invisible BOM character", DiagnosticAssert.At(diagnostics, "BG2002", "content/briefs/a.md:3:1").Message);
        DiagnosticAssert.None(diagnostics, "BG2001");
    }

    [Theory]
    [InlineData("title: \"a\0b\"", "content/briefs/a.md:2:10")]
    [InlineData("title: a\0b", "content/briefs/a.md:2:9")]
    [InlineData("title: 'x'\n# \0", "content/briefs/a.md:3:3")]
    public void A_nul_character_is_named(string yaml, string at)
    {
        Assert.Contains("NUL character", DiagnosticAssert.At(TestSite.Check(FrontMatter(yaml)).Diagnostics, "BG2002", at).Message);
    }

    [Theory]
    [InlineData("-\t", "content/briefs/a.md:9:")]
    [InlineData("*\t", "content/briefs/a.md:9:")]
    [InlineData("+\t", "content/briefs/a.md:9:")]
    [InlineData("1.\t", "content/briefs/a.md:9:")]
    [InlineData("1)\t", "content/briefs/a.md:9:")]
    public void Lists_nested_with_tabs_are_reported_on_their_own_line(string marker, string at)
    {
        var markdown = "\n\n" + string.Concat(Enumerable.Repeat(marker, 200)) + "x\n\nSee [@bbc] and *this* [text](https://example.org) _x_ (y) [z]. More.\n";
        var diagnostic = TestSite.Check(Body(markdown)).Diagnostics.Single(d => d.Code == "BG4004");
        Assert.StartsWith(at, diagnostic.Location.ToString());
        Assert.Contains("lists", diagnostic.Message);
    }

    [Fact]
    public void When_markdig_gives_up_the_line_it_gave_up_on_is_found()
    {
        // The densest line of '*', '_' and '[' comes later; the flood that makes Markdig give up is on line 9.
        var markdown = "\n\nline\n" + string.Concat(Enumerable.Repeat("*a_", 20000)) + "\n\n" + string.Concat(Enumerable.Repeat("_ * [", 900)) + "\n";
        DiagnosticAssert.At(TestSite.Check(Body(markdown)).Diagnostics, "BG4004", "content/briefs/a.md:10:1");
    }

    [Fact]
    public void Deep_lists_with_emphasis_inside_are_described_as_lists()
    {
        var lists = string.Join("\n", Enumerable.Range(0, 23).Select(i => new string(' ', 2 * i) + "- x"));
        var emphasis = new string(' ', 46) + "- " + string.Concat(Enumerable.Repeat("*a _", 8)) + "x" + string.Concat(Enumerable.Repeat("_ b*", 8));
        var diagnostic = TestSite.Check(Body("\n\n" + lists + "\n" + emphasis)).Diagnostics.Single(d => d.Code == "BG4004");
        Assert.Contains("(lists inside each other)", diagnostic.Message);
    }

    // ---- Costs that grew faster than the input. ----

    [Fact]
    public void Repeated_heading_ids_take_one_step_each()
    {
        var ids = new HeadingIds();
        // Headings that already look numbered, then many plain ones: each number is tried at most once.
        for (var i = 1; i <= 1000; i++) ids.Claim($"x-{i}");
        for (var i = 0; i < 20_000; i++) ids.Claim("x");
        Assert.Equal("x-21000", ids.Claim("x"));
        Assert.True(ids.Collisions <= 1000, $"{ids.Collisions} collisions");
    }

    [Fact]
    public void Links_to_sections_a_page_lacks_get_the_first_few_hints_only()
    {
        // Each hint is compared with every heading: 9,600 such links to a page of 20,000 headings took 50 s.
        var headings = string.Concat(Enumerable.Range(0, 300).Select(i => $"## h{i}\n\n"));
        var links = string.Concat(Enumerable.Range(0, 60).Select(i => $"[[b#h{i}x]] "));
        var check = TestSite.Check(Source + Brief("b", body: "[@bbc]\n\n" + headings) + Brief("a", body: "[@bbc] " + links));
        var missing = check.Diagnostics.Where(d => d.Code == "BG3011").Sum(d => 1 + d.Repeats);
        Assert.Equal(60, missing);
        Assert.InRange(check.Diagnostics.Count(d => d.Code == "BG3011" && d.Message.Contains("did you mean")), 1, Suggestions.MaxHintsPerFile);
    }

    [Fact]
    public void Links_to_sections_a_page_lacks_from_many_files_get_the_first_few_hints_of_the_site()
    {
        // Twenty hints a file, from a thousand files to a page of 50,000 headings, passed two minutes
        // (880 KB of content): the site's budget of hints holds for sections too, written either way.
        var headings = string.Concat(Enumerable.Range(0, 300).Select(i => $"## h{i}\n\n"));
        var files = string.Concat(Enumerable.Range(0, 12).Select(f => Brief($"a{f}", body: "[@bbc] " + string.Concat(Enumerable.Range(0, 20).Select(i => $"[[b#h{i}x]] [x](../b/index.html#h{i}y) ")))));
        var check = TestSite.Check(Source + Brief("b", body: "[@bbc]\n\n" + headings) + files);
        foreach (var code in new[] { "BG3011", "BG4011" })
        {
            Assert.Equal(240, check.Diagnostics.Where(d => d.Code == code).Sum(d => 1 + d.Repeats));
            Assert.Equal(Suggestions.MaxHintsPerSite, check.Diagnostics.Count(d => d.Code == code && d.Message.Contains("did you mean")));
        }
    }

    [Fact]
    public void Thousands_of_empty_headings_get_numbered_ids()
    {
        var site = TestSite.Build(Body("\n\n" + string.Concat(Enumerable.Repeat("#\n", 3000))));
        Assert.Equal(["BG4012"], site.Diagnostics.Select(d => d.Code).Distinct());
        var page = site.Page("briefs/a/index.html");
        var headings = page.QuerySelectorAll(".body h2").Select(h => h.Id).ToList();
        Assert.Equal(3000, headings.Distinct().Count());
        Assert.Equal(["section", "section-1"], headings.Take(2));
        Assert.Equal("section-2999", headings[^1]);
    }

    [Theory]
    [InlineData("www.a.com")]
    [InlineData("https://a.example/x")]
    [InlineData("mailto:a@b.example")]
    public void Bare_addresses_are_linked_up_to_a_limit_per_paragraph(string address)
    {
        var crowded = string.Join("\n", Enumerable.Repeat(address, BoundedAutoLinkParser.MaxPerParagraph + 50));
        var diagnostic = DiagnosticAssert.At(TestSite.Check(Body("\n\n" + crowded)).Diagnostics, "BG4005", "content/briefs/a.md:9:1");
        Assert.Contains("bare web addresses", diagnostic.Message);

        // As many in paragraphs of their own are fine, and all linked.
        var separate = string.Join("\n\n", Enumerable.Repeat(address, BoundedAutoLinkParser.MaxPerParagraph + 50));
        var page = TestSite.Build(Body("\n\n" + separate)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(BoundedAutoLinkParser.MaxPerParagraph + 50, page.QuerySelectorAll(".body a[href^='https:'], .body a[href^='mailto:']").Length);
    }

    [Theory]
    [InlineData("<?")]
    [InlineData("<!X")]
    [InlineData("<!--")]
    public void Html_opened_again_and_again_and_never_closed_is_refused_before_a_quadratic_parse(string opener)
    {
        // 500 KB of "<?" took Markdig three minutes, and then passed: each '<' tried again, scanning on to the paragraph's end.
        var refused = DiagnosticAssert.At(TestSite.Check(Body("x" + string.Concat(Enumerable.Repeat(opener, 20_000)))).Diagnostics, "BG4005", "content/briefs/a.md:7:9");
        Assert.Equal($"'{opener[..2]}' opens HTML that is never closed in its paragraph, and so do many after it, too costly to parse; write a '<' meant as text as &lt;", refused.Message);

        // As many, each closed or each in a paragraph of its own, are parsed once each.
        var closer = opener switch { "<?" => "?>", "<!--" => "-->", _ => ">" };
        Assert.DoesNotContain(TestSite.Check(Body("x" + string.Concat(Enumerable.Repeat(opener + " y " + closer, 20_000)))).Diagnostics, d => d.Code == "BG4005");
        Assert.DoesNotContain(TestSite.Check(Body("x" + string.Concat(Enumerable.Repeat(opener + "\n\n", 20_000)))).Diagnostics, d => d.Code == "BG4005");
    }

    [Fact]
    public void Headings_underlined_by_the_thousand_are_refused_before_a_quadratic_parse()
    {
        // Markdig searches a setext heading's container from its first block: 128,000 of them in one body took 11 s.
        var many = string.Concat(Enumerable.Repeat("a\n-\n", BodyLimits.MaxUnderlinedHeadings + 1));
        var refused = DiagnosticAssert.At(TestSite.Check(Body("x\n\n" + many)).Diagnostics, "BG4005", $"content/briefs/a.md:{9 + 2 * BodyLimits.MaxUnderlinedHeadings + 1}:1");
        Assert.Equal($"more than {BodyLimits.MaxUnderlinedHeadings} headings underlined with '=' or '-' in one body, too costly to parse; write each as '## Heading'", refused.Message);
        // As many with '=', up to three spaces before it and spaces after, count alike; the limit itself is fine.
        DiagnosticAssert.At(TestSite.Check(Body(string.Concat(Enumerable.Repeat("a\n   ===  \n", BodyLimits.MaxUnderlinedHeadings + 1)))).Diagnostics, "BG4005", $"content/briefs/a.md:{8 + 2 * BodyLimits.MaxUnderlinedHeadings}:1");
        Assert.DoesNotContain(TestSite.Check(Body(string.Concat(Enumerable.Repeat("a\n-\n", BodyLimits.MaxUnderlinedHeadings)))).Diagnostics, d => d.Code == "BG4005");
        // Rules after a blank line, lines in fenced code and lists are no underline.
        var notHeadings = string.Concat(Enumerable.Repeat("a\n\n---\n\n- b\n", 1500)) + "```\n" + string.Concat(Enumerable.Repeat("a\n-\n", 3000)) + "```\n";
        Assert.DoesNotContain(TestSite.Check(Body(notHeadings)).Diagnostics, d => d.Code == "BG4005");
    }

    [Fact]
    public void Cdata_ends_only_at_its_own_end_however_many_gt_signs_it_holds()
    {
        // Taken as closed by any '>', 2,400 of them before 100 KB passed the guard and took Markdig seconds.
        DiagnosticAssert.At(TestSite.Check(Body("x" + string.Concat(Enumerable.Repeat("<![CDATA[>", 2400)) + new string('y', 100_000))).Diagnostics, "BG4005", "content/briefs/a.md:7:9");
    }

    [Fact]
    public void Link_addresses_that_run_on_without_end_are_refused_before_a_quadratic_parse()
    {
        // Each "](" scanned its address on to the end of the paragraph: 5,000 of them before 490 KB without a space took 8 s a brief.
        var refused = DiagnosticAssert.At(TestSite.Check(Body("a" + string.Concat(Enumerable.Repeat("[x](", 3000)) + new string('y', 100_000))).Diagnostics, "BG4005", "content/briefs/a.md:7:11");
        Assert.Equal("links whose addresses run on without a space or ')' to end them, many in one paragraph, too costly to parse; close each address with ')'", refused.Message);
        // Blamed on the links, not on a lone unclosed '<!' before them.
        DiagnosticAssert.At(TestSite.Check(Body("Intro <!x a\n\na" + string.Concat(Enumerable.Repeat("[x](", 3000)) + new string('y', 100_000))).Diagnostics, "BG4005", "content/briefs/a.md:9:4");
        // Addresses closed with ')' end there, with no space between the links.
        Assert.DoesNotContain(TestSite.Check(Body("x" + string.Concat(Enumerable.Repeat("[a](https://e.org/p1)", 4900)))).Diagnostics, d => d.Code == "BG4005");
        // Links with addresses of the longest length allowed are prose, not a flood.
        var longest = "https://a.example/" + new string('x', BodyLimits.MaxUrlLength - 18);
        Assert.DoesNotContain(TestSite.Check(Body(string.Concat(Enumerable.Range(0, 120).Select(i => $"[l{i}]({longest}) ")))).Diagnostics, d => d.Code == "BG4005");
    }

    [Fact]
    public void A_long_link_reference_used_thousands_of_times_is_refused_not_copied_into_a_huge_page()
    {
        // 24 KB of Markdown made a 10 MB page: one 2,000-character address, defined once, used 4,900 times.
        var reference = "[r]: https://a.example/" + new string('x', 2000) + "\n\n";
        var site = TestSite.Check(Body("See " + string.Concat(Enumerable.Repeat("[r] ", 4900)) + "\n\n" + reference));
        // At the use that passes the limit: the 260th, after "[@bbc] See " and 259 × "[r] ".
        var refused = DiagnosticAssert.At(site.Diagnostics, "BG4005", "content/briefs/a.md:7:1048");
        Assert.Equal($"link and image addresses and titles in this body add up to more than {BodyLimits.MaxUrlCharacters} characters (one used many times counts each time); link long addresses fewer times, and keep titles short", refused.Message);
        // A long title copied into every use: 420 KB of Markdown took 8 GB to make a page of 2 GB.
        var titled = "[r]: https://a.example \"" + new string('t', 100_000) + "\"\n\n";
        DiagnosticAssert.At(TestSite.Check(Body("See " + string.Concat(Enumerable.Repeat("[r] ", 10)) + "\n\n" + titled)).Diagnostics, "BG4005", "content/briefs/a.md:7:32");

        // Well under the limit: the same address used a hundred times, and many short links.
        TestSite.Build(Body("See " + string.Concat(Enumerable.Repeat("[r] ", 100)) + "\n\n" + reference)).AssertClean();
        TestSite.Build(Body(string.Concat(Enumerable.Range(0, 4000).Select(i => $"[l{i}](https://a.example/{i}) ")))).AssertClean();
    }

    [Fact]
    public void Hints_are_capped_per_file_and_still_found_for_long_ids()
    {
        var sources = string.Concat(Enumerable.Range(0, 30).Select(i => $"-- content/sources/{new string('s', 90)}-{i:D3}.md --\n---\ntitle: S{i}\n---\n"));
        // Each unknown id is one edit from a known one, so each would get a hint without the cap.
        var unknown = string.Join("; ", Enumerable.Range(0, 2000).Select(i => $"@{new string('s', 90)}-0x{i % 10}"));
        var typo = $"[@{new string('s', 90)}-0x7]";
        var diagnostics = TestSite.Check(sources + Brief("a", body: typo + "\n\n[" + unknown + "]")).Diagnostics;
        var hinted = diagnostics.Where(d => d.Code == "BG3004" && d.Message.Contains("did you mean")).ToList();
        Assert.Equal(Suggestions.MaxHintsPerFile, hinted.Count);
        Assert.Contains($"did you mean '{new string('s', 90)}-007'?", hinted[0].Message);
        Assert.Equal(2001, diagnostics.Where(d => d.Code == "BG3004").Sum(d => 1 + d.Repeats));
    }

    [Fact]
    public void Hints_for_note_markers_with_no_note_are_capped_per_file()
    {
        // Each marker is one letter from a note that no marker names: 2,450 of each in one body took 17 s.
        var label = new string('n', 60);
        var markers = string.Concat(Enumerable.Range(0, 300).Select(i => $"x[^{label}{i:D3}a] "));
        var notes = string.Concat(Enumerable.Range(0, 300).Select(i => $"\n[^{label}{i:D3}b]: Note.\n"));
        var diagnostics = TestSite.Check(Source + Brief("a", body: "Claim [@bbc]. " + markers + "\n" + notes)).Diagnostics;
        var unmarked = diagnostics.Where(d => d.Code == "BG4008" && d.Message.Contains("has no note")).ToList();
        // The first 20 of the file's 600 BG4008 are kept, which are markers; all are counted.
        Assert.Equal(DiagnosticBag.KeptPerFileAndCode, unmarked.Count);
        Assert.Equal(600, diagnostics.Where(d => d.Code == "BG4008").Sum(d => 1 + d.Repeats));
        Assert.Equal(Suggestions.MaxHintsPerFile, unmarked.Count(d => d.Message.Contains("did you mean")));
        Assert.EndsWith($"did you mean '[^{label}000b]'?", unmarked[0].Message);
    }

    [Fact]
    public void Hints_are_capped_per_site_so_many_files_of_distinct_unknown_ids_stay_linear()
    {
        // Each brief links to an id of its own that is one edit from a brief's: a hint each compared
        // it with every id of the site, so 16,000 such briefs took two minutes.
        var briefs = string.Concat(Enumerable.Range(0, Suggestions.MaxHintsPerSite + 50).Select(i => Brief($"b{i:D4}", body: $"[[b{i:D4}x]]")));
        var diagnostics = TestSite.Check(briefs).Diagnostics.Where(d => d.Code == "BG3003").ToList();
        Assert.Equal(Suggestions.MaxHintsPerSite + 50, diagnostics.Count);
        var hinted = diagnostics.Where(d => d.Message.Contains("did you mean")).ToList();
        Assert.Equal(Suggestions.MaxHintsPerSite, hinted.Count);
        Assert.Contains("did you mean 'b0000'?", DiagnosticAssert.At(diagnostics, "BG3003", "content/briefs/b0000.md:7:1").Message);
    }

    [Fact]
    public void An_id_over_100_characters_is_told_so_and_offered_one_that_fits()
    {
        // Such a name was refused with "rename it to" the very same name, and no word of the limit.
        var id = string.Join("-", Enumerable.Repeat("word", 25)); // 124 characters
        var fits = string.Join("-", Enumerable.Repeat("word", 20)); // 99
        var diagnostics = TestSite.Check(Source + Brief(id) + Brief("b", $"tags: [{id}]", $"[@bbc] See [[{id}]].")).Diagnostics;
        Assert.Equal($"file name '{id}' is 124 characters long, more than the 100 an id may have; rename it to '{fits}.md'",
            DiagnosticAssert.At(diagnostics, "BG1004", $"content/briefs/{id}.md:1:1").Message);
        Assert.Equal($"'{id}' in 'tags' is not a valid id; ids are lowercase slugs of at most 100 characters such as '{fits}'",
            DiagnosticAssert.At(diagnostics, "BG2010", "content/briefs/b.md:5:8").Message);
        Assert.Equal($"'[[{id}]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id of at most 100 characters such as '{fits}'",
            DiagnosticAssert.At(diagnostics, "BG4006", "content/briefs/b.md:7:12").Message);
    }

    [Fact]
    public void A_name_with_nothing_to_make_an_id_of_gets_no_empty_suggestion()
    {
        // ".md", a tag "¿?" and [[]] were told to use '' (and ".md" to rename itself to '.md').
        var diagnostics = TestSite.Check(Source + "-- content/briefs/.md --\n---\ntitle: T\n---\n" + Brief("b", "tags: ['¿?']", "[@bbc] See [[]].")).Diagnostics;
        Assert.Equal("file name '' is not a valid id (lowercase ASCII letters, digits and single hyphens); rename it",
            DiagnosticAssert.At(diagnostics, "BG1004", "content/briefs/.md:1:1").Message);
        Assert.Equal("'¿?' in 'tags' is not a valid id; ids are lowercase slugs such as 'peru-mexico'",
            DiagnosticAssert.At(diagnostics, "BG2010", "content/briefs/b.md:5:8").Message);
        Assert.Equal("'[[]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as 'peru-mexico'",
            DiagnosticAssert.At(diagnostics, "BG4006", "content/briefs/b.md:7:12").Message);
    }

    [Theory]
    [InlineData("castillo", new[] { "cast1llo", "peru" }, "cast1llo")]
    [InlineData("peru", new[] { "pero", "peri" }, "peri")]
    [InlineData("abcdefghijklmnop", new[] { "abcdefghijklmnopqrs", "abcdefghijklmnopqrst" }, "abcdefghijklmnopqrs")]
    [InlineData("abcdefghijklmnop", new[] { "abcdefghijklmnopqrst" }, null)]
    [InlineData("xy", new[] { "ab" }, null)]
    // Two letters swapped are one slip: "titel" was two edits from "title", too many for a word of five.
    [InlineData("titel", new[] { "title", "date", "tags" }, "title")]
    [InlineData("sumamry", new[] { "summary", "updated" }, "summary")]
    [InlineData("pedro-castilol", new[] { "pedro-castillo", "peru" }, "pedro-castillo")]
    [InlineData("xy", new[] { "yx" }, "yx")]
    [InlineData("abcd", new[] { "badc" }, null)]
    public void Hints_are_the_closest_name_within_a_few_edits(string unknown, string[] known, string? expected)
    {
        Assert.Equal(expected, Suggestions.Closest(unknown, known));
    }

    // ---- Output that grew faster than the content. ----

    /// <summary>Every brief names every event, actor and tag: the shape that gave 647 MB from 471 KB.</summary>
    private static string Dense(int scale)
    {
        var site = new StringBuilder(Source);
        string List(string prefix) => "[" + string.Join(", ", Enumerable.Range(0, scale).Select(i => $"{prefix}-{i}")) + "]";
        for (var i = 0; i < scale; i++)
        {
            site.Append($"-- content/actors/actor-{i}.md --\n---\nname: Actor {i}\nkind: person\n---\n");
            site.Append($"-- content/events/event-{i}.md --\n---\ntitle: Event {i}\ndate: {2000 + i}\nactors: {List("actor")}\ntags: {List("tag")}\n---\n");
        }
        for (var i = 0; i < scale * 5; i++)
            site.Append(Brief($"brief-{i}", $"actors: {List("actor")}\nevents: {List("event")}\ntags: {List("tag")}"));
        return site.ToString();
    }

    [Fact]
    public void Output_grows_linearly_with_dense_content()
    {
        var templates = TemplateSet.Load();
        double Ratio(int scale)
        {
            var content = TestSite.Split(Dense(scale)).Content;
            var output = new MemoryOutput();
            Assert.True(SiteBuilder.Build(new InMemoryContentSource(content), templates, output, new BuildOptions()).Succeeded);
            return (double)output.Files.Values.Sum(f => f.Length) / content.Values.Sum(Encoding.UTF8.GetByteCount);
        }
        var small = Ratio(5);
        var large = Ratio(15);
        // Uncapped, three times the scale gave about three times the ratio (briefs x events x actors).
        Assert.True(large < small * 1.3, $"output/content {small:0.0} at scale 5, {large:0.0} at scale 15");
    }

    [Fact]
    public void Lists_inside_list_items_show_a_few_and_link_to_the_rest()
    {
        var site = TestSite.Build(Dense(8)).AssertClean();
        var entry = site.Page("timeline/index.html").QuerySelectorAll("li").First(li => li.QuerySelector("a[href$='events/event-0/index.html']") is not null);
        Assert.Equal(ViewFactory.MaxListedPerItem, entry.QuerySelectorAll(".entry-briefs > a").Length);
        var more = entry.QuerySelector(".entry-briefs .and-more a")!;
        Assert.Equal($"{40 - ViewFactory.MaxListedPerItem} more", more.TextContent);
        Assert.Equal("../events/event-0/index.html", more.GetAttribute("href"));
        Assert.Equal("3 more", entry.QuerySelector(".actors .and-more a")!.TextContent);

        // The event's own page lists them all.
        var eventPage = site.Page("events/event-0/index.html");
        Assert.Equal(40, eventPage.QuerySelectorAll(".event-briefs li").Length);
        Assert.Equal(8, eventPage.QuerySelectorAll(".facts .actors a").Length);

        // A brief on a tag page shows five tags and links to its page for the rest, which shows all.
        var brief = site.Page("tags/tag-0/index.html").QuerySelectorAll(".brief-item").First();
        Assert.Equal(ViewFactory.MaxListedPerItem, brief.QuerySelectorAll(".tag").Length);
        Assert.Equal("and 3 more tags", brief.QuerySelector(".more a")!.TextContent);
        Assert.Equal(8, site.Page("briefs/brief-0/index.html").QuerySelectorAll(".page-header .tag").Length);
    }

    [Fact]
    public void A_list_one_over_the_cap_shows_every_item_instead_of_and_1_more()
    {
        var tags = string.Join(", ", Enumerable.Range(0, ViewFactory.MaxListedPerItem + 1).Select(i => $"t{i}"));
        var site = TestSite.Build(Source + Brief("a", $"tags: [{tags}]"));
        var brief = site.Page("briefs/index.html").QuerySelectorAll(".brief-item").Single();
        Assert.Equal(ViewFactory.MaxListedPerItem + 1, brief.QuerySelectorAll(".tag").Length);
        Assert.Null(brief.QuerySelector(".more"));
    }

    // ---- Values that reached the output unchecked. ----

    [Theory]
    [InlineData("https://a.example//evil.example/x")]
    [InlineData("https://a.example/\\\\evil.example")]
    [InlineData("https://a.example/x/../y")]
    [InlineData("https://a.example/./y")]
    [InlineData("https://a.example/%2f%2fevil")]
    // Percent-encoded dots: a browser resolves these segments exactly as '..' and goes up a folder.
    [InlineData("https://a.example/%2e%2e/")]
    [InlineData("https://a.example/x/.%2E/y")]
    [InlineData("https://a.example/x/%2E./y")]
    [InlineData("https://a.example/x/%2e%2E")]
    [InlineData("https://a.example/x?y=1")]
    [InlineData("https://a.example/x#top")]
    [InlineData("https://user@a.example/")]
    [InlineData("https://a.example/a b")]
    [InlineData("https://a.example/\\nBEGIN:VEVENT")]
    [InlineData("//evil.example/")]
    [InlineData("ftp://a.example/")]
    [InlineData("https:///x")]
    public void A_base_url_that_is_not_a_plain_address_is_refused(string url)
    {
        var files = $"-- content/site.yml --\ntitle: T\nbase_url: \"{url}\"\n" + Source + Brief("a");
        DiagnosticAssert.At(TestSite.Check(files).Diagnostics, "BG2012", "content/site.yml:2:11");
    }

    [Theory]
    [InlineData("https://a.example")]
    [InlineData("https://a.example/")]
    [InlineData("http://a.example/docs/briefings/")]
    [InlineData("https://a.example:8443/x")]
    [InlineData("https://a.example/v%2e2/...x/%2e%2e%2e/")]
    public void A_plain_base_url_is_accepted(string url)
    {
        TestSite.Build($"-- content/site.yml --\ntitle: T\nbase_url: \"{url}\"\n" + Source + Brief("a")).AssertClean();
    }

    [Theory]
    [InlineData("https://x.example//evil.example")]
    [InlineData("https://x.example/?a")]
    [InlineData("javascript:alert(1)")]
    public void A_base_url_option_that_is_not_a_plain_address_is_a_usage_error(string url)
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var run = CliRun.In(temp.Path, "build", "--base-url", url);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"briefinggen: --base-url must be the absolute http(s) address the site is published at; '{url}' is refused: ", run.Stderr);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void Every_calendar_value_is_escaped_and_every_line_folded_and_ended_with_crlf()
    {
        var title = "Talks; \" Lima, Peru \" \\ part 2 — 会談 😀🇵🇪 " + string.Concat(Enumerable.Repeat("ñ😀会", 30));
        var files = "-- content/site.yml --\ntitle: \"Site; with, commas\"\nbase_url: https://example.org/b/\n" + Source +
                    Event("e", "2020", $"sources: [bbc]\nsummary: \"line one\\nBEGIN:VEVENT\\nline three\"\nlocation: \"A; B, C\"").Replace("title: Event e", $"title: \"{title.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"");
        var bytes = TestSite.Build(files).AssertClean().Output.Files["timeline.ics"];
        // Strict decoding fails if a fold split a UTF-8 sequence.
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.EndsWith("\r\n", text);
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}");
        });
        var unfolded = text.Replace("\r\n ", "");
        Assert.Single(unfolded.Split("\r\n"), l => l == "BEGIN:VEVENT");
        Assert.Contains("X-WR-CALNAME:Site\\; with\\, commas\r\n", unfolded);
        // A line break written into a value is a space; the description's own are escaped.
        Assert.Contains("DESCRIPTION:Dated 2020: known to the year.\\n\\nline one BEGIN:VEVENT line three\r\n", unfolded);
        Assert.Contains("LOCATION:A\\; B\\, C\r\n", unfolded);
        Assert.Contains("SUMMARY:" + title.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,") + "\r\n", unfolded);
    }

    [Fact]
    public void Brackets_that_open_no_link_are_text_however_many_a_paragraph_holds()
    {
        // Pasted from an encyclopedia: Markdig nests each "[1]" that is no link around the rest of the
        // paragraph, and 55 of them were refused as Markdown nested too deeply (BG4004).
        var pasted = string.Join(" ", Enumerable.Range(1, 200).Select(i => $"Sentence {i}.[{i}][{i + 1}]"));
        var page = TestSite.Build(Source + Brief("a", body: pasted + " [@bbc]")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(pasted + "\u00A0[1]", page.QuerySelector(".body p")!.TextContent);

        // Sixty citations never closed: each is named where it opens, none taken for nesting.
        var unclosed = TestSite.Check(Source + Brief("a", body: "Claim [@bbc] and " + string.Concat(Enumerable.Repeat("see [@bbc ", 60)) + "end."));
        Assert.Equal(60, unclosed.Diagnostics.Where(d => d.Code == "BG4006").Sum(d => 1 + d.Repeats));
        Assert.Equal("content/briefs/a.md:7:22", unclosed.Diagnostics.First(d => d.Code == "BG4006").Location.ToString());
        DiagnosticAssert.None(unclosed.Diagnostics, "BG4004");
    }

    [Fact]
    public void A_run_of_thousands_of_quotes_without_a_space_is_read_once()
    {
        // Each quote read its whole run to see whether it was an address: 100,000 of them took 15 s,
        // 400,000 over two minutes; one in an address still stays straight.
        var run = string.Concat(Enumerable.Repeat("a'b\"", 50_000));
        var page = TestSite.Build(Source + Brief("a", body: run + " [@bbc] mail o'neil@example.org\n\nTitle " + run)).Page("briefs/a/index.html");
        var paragraphs = page.QuerySelectorAll(".body p").Select(p => p.TextContent).ToList();
        Assert.DoesNotContain('\'', paragraphs[0].Split(" mail ")[0]);
        Assert.EndsWith("mail o'neil@example.org", paragraphs[0]);
        Assert.Equal(100_000, paragraphs[1].Count(c => c is '’' or '”' or '“' or '‘'));
        // Front matter's text is curled by the same rule.
        Assert.Equal(run.Length, Apostrophes.InPlainText(run).Count(c => c is not ('\'' or '"')));
    }

    [Fact]
    public void Lane_labels_are_cut_between_graphemes()
    {
        // An emoji or a flag is drawn about two letters wide.
        var name = new string('a', 14) + "👍🏽" + "🇵🇪" + "bbbb";
        var files = Source + $"-- content/actors/p.md --\n---\nname: \"{name}\"\nkind: person\n---\n" + Event("e", "2020", "actors: [p]\nsources: [bbc]");
        var text = TestSite.Build(files).AssertClean().Page("timeline/index.html").QuerySelector(".lane-label")!;
        var label = string.Concat(text.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent));
        Assert.Equal(new string('a', 14) + "👍🏽" + "🇵🇪" + "…", label);
        Assert.DoesNotContain('\uFFFD', label);
        // The name cut short is whole in the label's tooltip.
        Assert.Equal(name, text.QuerySelector("title")?.TextContent);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void Windows_device_names_are_refused_as_ids_and_tags(string name)
    {
        DiagnosticAssert.At(TestSite.Check(Source + Brief("a") + Brief(name)).Diagnostics, "BG1004", $"content/briefs/{name}.md:1:1");
        DiagnosticAssert.At(TestSite.Check(Source + Brief("a") + Brief(name.ToUpperInvariant())).Diagnostics, "BG1004", $"content/briefs/{name.ToUpperInvariant()}.md:1:1");
        DiagnosticAssert.At(TestSite.Check(Source + Brief("a", $"tags: [x, {name}]")).Diagnostics, "BG2010", "content/briefs/a.md:5:11");
    }

    [Theory]
    [InlineData("com0")]
    [InlineData("console")]
    [InlineData("com10")]
    public void Names_that_only_start_like_device_names_are_fine(string name)
    {
        TestSite.Build(Source + Brief(name)).AssertClean();
    }

    // ---- Files that are not plain files. ----

    [Fact]
    public async Task Fifos_and_sockets_in_content_and_templates_are_refused_without_being_opened()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Directory.CreateDirectory(temp["templates"]);
        MakeFifo(temp["content/briefs/b.md"]);
        MakeFifo(temp["content/events/notes.txt"]);
        MakeFifo(temp["templates/brief.html"]);
        var run = Task.Run(() => CliRun.In(temp.Path, "check", "--templates", "templates"));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "check blocked on a FIFO");
        var result = await run;
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/briefs/b.md:1:1: error BG1003: 'content/briefs/b.md' is not a regular file", result.Stdout);
        Assert.Contains("content/events/notes.txt:1:1: error BG1003", result.Stdout);
        Assert.Contains("templates/brief.html:1:1: error BG5001: 'templates/brief.html' is not a regular file", result.Stdout);
    }

    [Fact]
    public void Templates_are_read_without_following_links()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Directory.CreateDirectory(temp["elsewhere"]);
        File.WriteAllText(temp["elsewhere/secret.txt"], "secret");
        Directory.CreateDirectory(temp["templates"]);
        Directory.CreateSymbolicLink(temp["templates/assets"], temp["elsewhere"]);
        File.CreateSymbolicLink(temp["templates/brief.html"], temp["elsewhere/secret.txt"]);
        var run = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/assets:1:1: error BG5001: 'templates/assets' is a symbolic link", run.Stdout);
        Assert.Contains("templates/brief.html:1:1: error BG5001", run.Stdout);
        Assert.False(Directory.Exists(temp["site"]));
    }

    [Fact]
    public void A_theme_file_refused_after_a_build_fails_the_next_one_though_nothing_else_changed()
    {
        // Refused files are no part of the inputs' digest: the build replayed the last report, "up to date", exit 0.
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Directory.CreateDirectory(temp["templates"]);
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "templates").ExitCode);
        File.WriteAllText(temp["layout.html"], "<p>linked</p>{{ content }}");
        File.CreateSymbolicLink(temp["templates/layout.html"], temp["layout.html"]);
        var run = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/layout.html:1:1: error BG5001: 'templates/layout.html' is a symbolic link", run.Stdout);
    }

    [Fact]
    public void Names_that_are_not_utf8_are_reported_and_never_opened()
    {
        // A name's bytes that are not UTF-8 reach .NET as U+FFFD, and the name it gives back does not
        // exist: reading such a file or listing such a folder failed the whole run with exit code 2.
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Directory.CreateDirectory(temp["templates"]);
        // .NET strings always encode to valid UTF-8, so the shell makes the names.
        using (var shell = Process.Start(new ProcessStartInfo("/bin/sh", ["-c",
            @"printf x > ""content/briefs/b$(printf '\377').md"" && mkdir ""content/briefs/$(printf '\376')"" && printf x > ""content/briefs/$(printf '\376')/c.md"" && printf x > ""templates/t$(printf '\377').html"" && mkdir ""templates/$(printf '\376')""" ])
            { WorkingDirectory = temp.Path })!)
        {
            shell.WaitForExit();
            Assert.Equal(0, shell.ExitCode);
        }
        var run = CliRun.In(temp.Path, "check", "--templates", "templates");
        Assert.True(run.ExitCode == 1, run.Stderr + run.Stdout);
        Assert.Contains("content/briefs/b\uFFFD.md:1:1: error BG1001: the name of 'content/briefs/b\uFFFD.md' is not valid UTF-8", run.Stdout);
        Assert.Contains("content/briefs/\uFFFD:1:1: error BG1001: the name of 'content/briefs/\uFFFD' is not valid UTF-8", run.Stdout);
        Assert.Contains("templates/t\uFFFD.html:1:1: error BG5001: the name of 'templates/t\uFFFD.html' is not valid UTF-8", run.Stdout);
        Assert.Contains("templates/\uFFFD:1:1: error BG5001: the name of 'templates/\uFFFD' is not valid UTF-8", run.Stdout);
        Assert.Contains("4 errors", run.Stdout);
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    // ---- SOURCE_DATE_EPOCH. ----

    [Fact]
    public void A_source_date_epoch_out_of_range_or_not_a_number_is_a_usage_error()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        foreach (var value in new[] { "99999999999999", "253402300800", "abc", "-1", "1e9" })
        {
            var (code, errors) = RunCheck(temp, value);
            Assert.True(code == 2, $"SOURCE_DATE_EPOCH={value}: exit {code}\n{errors}");
            Assert.Contains("SOURCE_DATE_EPOCH", errors);
        }
        Assert.Equal(0, RunCheck(temp, "253402300799").Code);
    }

    private static (int Code, string Errors) RunCheck(TempFolder temp, string epoch)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "BriefingGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "check"]) { WorkingDirectory = temp.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["SOURCE_DATE_EPOCH"] = epoch;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "check timed out");
        return (process.ExitCode, errors.Result);
    }
}
