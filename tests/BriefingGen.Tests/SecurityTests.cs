using System.Diagnostics;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// Untrusted contributions: a catalogue of hostile and broken inputs, each either escaped (shown as
/// text, the build going on) or refused with a code at an exact place. Every page of every site
/// built here also passes <see cref="HtmlOracle"/>.
/// </summary>
public class SecurityTests
{
    private static string Body(string markdown) => Source + Brief("a", body: "[@bbc] " + markdown);

    private static string Meta(string frontMatter) => Source + Brief("a", frontMatter);

    private static string SourceWith(string frontMatter) => $"-- content/sources/s.md --\n---\ntitle: S\n{frontMatter}\n---\n" + Brief("a", body: "[@s]");

    /// <summary>
    /// name, content, every diagnostic expected as printed (one a line, "" for none), and the element of briefs/a
    /// where a reader must see the hostile text as text ("" to skip).
    /// </summary>
    public static TheoryData<string, string, string, string, string> Catalogue() => new()
    {
        // Raw HTML in bodies: shown as text, with a warning at its place.
        { "script element", Body("<script>alert(1)</script>"), "content/briefs/a.md:7:8: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead\ncontent/briefs/a.md:7:24: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body p", "<script>alert(1)</script>" },
        { "img onerror", Body("<img src=x onerror=alert(1)>"), "content/briefs/a.md:7:8: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body p", "<img src=x onerror=alert(1)>" },
        { "iframe block", Body("\n\n<iframe src=\"https://evil.example\"></iframe>"), "content/briefs/a.md:9:1: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body", "<iframe src=\"https://evil.example\"></iframe>" },
        { "svg onload", Body("<svg onload=alert(1)>"), "content/briefs/a.md:7:8: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body p", "<svg onload=alert(1)>" },
        { "html in link text", Body("[<b>x</b>](https://example.org)"), "content/briefs/a.md:7:9: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead\ncontent/briefs/a.md:7:13: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body a[href='https://example.org']", "<b>x</b>" },
        { "html in heading", Body("\n\n# <img src=x onerror=alert(1)>"), "content/briefs/a.md:9:3: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body h2", "<img src=x onerror=alert(1)>" },
        { "html in table cell", Body("\n\n| a |\n|---|\n| <script>x</script> |"), "content/briefs/a.md:11:3: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead\ncontent/briefs/a.md:11:12: warning BG4001: raw HTML is not allowed and is shown as text; use Markdown instead", "div.body td", "<script>x</script>" },
        { "html comment", Body("<!-- <script>alert(1)</script> -->"), "content/briefs/a.md:7:8: warning BG4001: an HTML comment is not hidden here: it is shown as text on the page; delete it before publishing (Markdown has no comments)", "div.body p", "<!-- <script>alert(1)</script> -->" },
        { "generic attributes stay text", Body("text{onclick=alert(1)}"), "", "div.body p", "text{onclick=alert(1)}" },
        { "style attribute syntax stays text", Body("{style=\"x\"} *y*{.c}"), "", "div.body p", "{style=\"x\"}" },

        // Link and image URLs: an allow-list, checked after decoding.
        { "javascript link", Body("[x](javascript:alert(1))"), "content/briefs/a.md:7:8: error BG4002: link address 'javascript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "upper-case scheme", Body("[x](JaVaScRiPt:alert(1))"), "content/briefs/a.md:7:8: error BG4002: link address 'JaVaScRiPt:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "entity-encoded scheme", Body("[x](&#106;avascript:alert(1))"), "content/briefs/a.md:7:8: error BG4002: link address 'javascript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "tab inside scheme", Body("[x](java&#x09;script:alert(1))"), "content/briefs/a.md:7:8: error BG4002: link address 'java\tscript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "leading space and control", Body("[x](<\u0001javascript:alert(1)>)"), "content/briefs/a.md:7:8: error BG4002: link address ' javascript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment\ncontent/briefs/a.md:7:13: warning BG4007: invisible control character U+0001 here; it is shown as a space: remove it", "", "" },
        { "angle autolink", Body("<javascript:alert(1)>"), "content/briefs/a.md:7:8: error BG4002: link address 'javascript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "reference definition", Body("[x][r]\n\n[r]: javascript:alert(1)"), "content/briefs/a.md:7:8: error BG4002: link address 'javascript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "data image", Body("![i](data:text/html;base64,PHNjcmlwdD4=)"), "content/briefs/a.md:7:8: error BG4002: image address 'data:text/html;base64,PHNjcmlwdD4=' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "vbscript", Body("[x](vbscript:msgbox(1))"), "content/briefs/a.md:7:8: error BG4002: link address 'vbscript:msgbox(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "file scheme", Body("[x](file:///etc/passwd)"), "content/briefs/a.md:7:8: error BG4002: link address 'file:///etc/passwd' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "protocol-relative", Body("[x](//evil.example/)"), "content/briefs/a.md:7:8: error BG4002: link address '//evil.example/' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "backslash host", Body("[x](/\\evil.example/)"), "content/briefs/a.md:7:8: error BG4002: link address '/\\evil.example/' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "javascript in footnote", Body("note[^1]\n\n[^1]: [x](javascript:alert(1))"), "content/briefs/a.md:9:7: error BG4002: link address 'javascript:alert(1)' is not allowed; use https://, mailto:, a relative path or #fragment", "", "" },
        { "plain http warns", Body("[x](http://example.org)"), "content/briefs/a.md:7:8: warning BG4003: link address 'http://example.org' uses plain http; use https:// if the site supports it", "div.body a[href='http://example.org']", "x" },
        { "quote in url stays in the attribute", Body("[x](<https://example.org/\"onmouseover=\"alert(1)>)"), "", "div.body a[href^='https://example.org/']", "x" },

        // Our own syntax with hostile insides.
        { "script in wiki link", Body("[[<script>]]"), "content/briefs/a.md:7:8: error BG4006: '[[<script>]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as 'script'", "", "" },
        { "attribute breakout in wiki link", Body("[[a\" onmouseover=\"x|text]]"), "content/briefs/a.md:7:8: error BG4006: '[[a\" onmouseover=\"x]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as 'a-onmouseover-x'", "", "" },
        { "script in citation", Body("[@<script>]"), "content/briefs/a.md:7:8: error BG4006: malformed citation '[@<script>]': '<script>' is not an id, which is lowercase letters, digits and '-' (the source's file name); write [@script]", "", "" },
        // Shown as written, never run; Hugo's and Jekyll's own are pointed out (BG4013).
        { "template syntax in body is text", Body("{{ site.title }} {{ date.now }} {% include 'x' %}"),
            "content/briefs/a.md:7:8: warning BG4013: '{{ site.title }}' is a Liquid (Jekyll) tag, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text\n" +
            "content/briefs/a.md:7:40: warning BG4013: '{% include 'x' %}' is a Liquid (Jekyll) tag, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text", "div.body p", "{{ site.title }} {{ date.now }} {% include 'x' %}" },

        // Pathological Markdown: an error with a position, never a hang or a crash. The refused body's
        // citations are dropped with it, so its source also reads as uncited (BG3005).
        { "quotes nested 200 deep", Body("\n\n" + new string('>', 200) + " x"), "content/briefs/a.md:9:25: error BG4004: quotes or lists nested more than 24 levels deep; flatten the structure", "", "" },
        // Lists indented by two columns pass the estimate from indentation; the parsed tree is held to the same 24 levels, at the 25th.
        { "lists nested 26 deep, two columns a level", Body("\n\n" + string.Concat(Enumerable.Range(0, 26).Select(i => new string(' ', i * 2) + "- x\n"))), "content/briefs/a.md:33:49: error BG4004: quotes or lists nested more than 24 levels deep; flatten the structure", "", "" },
        { "lists nested 100 deep", Body("\n\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- x\n"))), "content/briefs/a.md:33:49: error BG4004: quotes or lists nested more than 24 levels deep; flatten the structure", "", "" },
        { "quadratic link openers", Body(string.Concat(Enumerable.Repeat("[a](", 6000))), "content/briefs/a.md:7:20004: error BG4005: more than 5000 '[' in one body (in code too), too costly to parse; split the brief, or write a bracket meant as text as \\[, which is not counted", "", "" },
        { "bracket flood", Body(new string('[', 20000) + "x" + new string(']', 20000)), "content/briefs/a.md:7:5007: error BG4005: more than 5000 '[' in one body (in code too), too costly to parse; split the brief, or write a bracket meant as text as \\[, which is not counted", "", "" },
        // Written \[ a bracket opens nothing and costs nothing, as the message says.
        { "escaped brackets", Body(string.Concat(Enumerable.Repeat("x\\[i\\] ", 6000)) + "[@bbc]"), "", "", "" },
        // "\\[" is an escaped backslash and a bracket that opens: counted.
        { "escaped backslashes before brackets", Body(string.Concat(Enumerable.Repeat("\\\\[a](", 6000))), "content/briefs/a.md:7:30004: error BG4005: more than 5000 '[' in one body (in code too), too costly to parse; split the brief, or write a bracket meant as text as \\[, which is not counted", "", "" },
        { "emphasis flood", Body(string.Concat(Enumerable.Repeat("*a_", 20000))), "content/briefs/a.md:7:1: error BG4004: Markdown is nested too deeply from this line on (quotes, lists, links or emphasis inside each other), or its paragraph holds thousands of '*', '_' or '~'; flatten it or split the paragraph, and write a * or _ meant as text as \\* or \\_", "", "" },
        // Nothing nested and every mark closed, but thousands in one paragraph: Markdig gives up all the same.
        { "closed emphasis flood", Body(string.Concat(Enumerable.Repeat("*word* ", 6000))), "content/briefs/a.md:7:1: error BG4004: Markdown is nested too deeply from this line on (quotes, lists, links or emphasis inside each other), or its paragraph holds thousands of '*', '_' or '~'; flatten it or split the paragraph, and write a * or _ meant as text as \\* or \\_", "", "" },

        // Front matter: values are text, wherever they appear.
        { "script in title", Meta("") .Replace("title: Brief a", "title: \"<script>alert(1)</script>\""), "", "article.brief h1", "<script>alert(1)</script>" },
        { "attribute breakout in summary", Meta("").Replace("summary: Summary of a.", "summary: '\"><script>alert(1)</script>'"), "", "article.brief p.summary", "\"><script>alert(1)</script>" },
        { "template syntax in title", Meta("").Replace("title: Brief a", "title: \"{{ 7 * 7 }}\""), "", "article.brief h1", "{{ 7 * 7 }}" },
        { "script in author", Meta("authors: [\"<img src=x onerror=alert(1)>\"]"), "", "article.brief span.authors", "<img src=x onerror=alert(1)>" },
        { "alias bomb", Meta("extra:\n  a: &a [x, x, x]\n  b: [*a, *a, *a]"), "content/briefs/a.md:6:6: error BG2003: '&a' reads as a YAML anchor, which front matter does not use; remove it, or if it is text, put the whole value in quotes", "", "" },
        { "yaml tag", Meta("extra: !!python/object:os.system x"), "content/briefs/a.md:5:8: error BG2003: YAML tags (tag:yaml.org,2002:python/object:os.system) are not allowed", "", "" },
        { "duplicate key", Meta("summary: second"), "content/briefs/a.md:5:1: error BG2004: key 'summary' is given twice (first on line 4); keep one", "", "" },
        { "deep nesting", Meta("extra: " + new string('[', 50) + new string(']', 50)), "content/briefs/a.md:5:16: error BG2009: front matter is nested more than 8 levels deep", "", "" },
        { "traversal in tag", Meta("tags: [\"../../etc\"]"), "content/briefs/a.md:5:8: error BG2010: '../../etc' in 'tags' is not a valid id; ids are lowercase slugs such as 'etc'", "", "" },
        { "traversal in actor id", Meta("actors: [\"../x\"]"), "content/briefs/a.md:5:10: error BG2010: '../x' in 'actors' is not a valid id; ids are lowercase slugs such as 'x'", "", "" },
        { "time in a date", Source + Brief("a", date: "2025-11-10T00:00:00+05:00"), "content/briefs/a.md:3:7: error BG2008: 'date': '2025-11-10T00:00:00+05:00' is not a date; write YYYY-MM-DD (no time or zone), here '2025-11-10'", "", "" },
        { "impossible date", Source + Brief("a", date: "2025-02-29"), "content/briefs/a.md:3:7: error BG2008: 'date': '2025-02-29' does not exist: Feb 2025 has 28 days", "", "" },
        { "javascript source url", SourceWith("url: javascript:alert(1)"), "content/sources/s.md:3:6: error BG2012: 'url' must be an http:// or https:// address, not 'javascript:alert(1)'", "", "" },
        { "data source url", SourceWith("url: \"data:text/html,<script>alert(1)</script>\""), "content/sources/s.md:3:6: error BG2012: 'url' must be an http:// or https:// address, not 'data:text/html,<script>alert(1)</script>'", "", "" },
        { "javascript archive url", SourceWith("archive_url: javascript:alert(1)"), "content/sources/s.md:3:14: error BG2012: 'archive_url' must be an http:// or https:// address, not 'javascript:alert(1)'", "", "" },
        { "script in source title", SourceWith("publisher: \"<script>x</script>\""), "", "section#references li", "<script>x</script>" },
        { "script in location", Source + Brief("a", "events: [e]") + Event("e", "2020", "location: \"<script>x</script>\""), "", "section.brief-timeline span.location", "<script>x</script>" },
        { "confusable ids", Source + Brief("a") + Brief("castillo") + Brief("cast1llo"), "content/briefs/cast1llo.md:1:1: error BG1005: id 'cast1llo' is easily confused with 'castillo' ('content/briefs/castillo.md'); choose a clearly different id\ncontent/briefs/castillo.md:1:1: error BG1005: id 'castillo' is easily confused with 'cast1llo' ('content/briefs/cast1llo.md'); choose a clearly different id", "", "" },
        { "upper-case id", Source + Brief("a") + Brief("A-Brief"), "content/briefs/A-Brief.md:1:1: error BG1004: file name 'A-Brief' is not a valid id (lowercase ASCII letters, digits and single hyphens); rename it to 'a-brief.md'", "", "" },
        { "case-colliding ids", Source + Brief("a") + Brief("A"), "content/briefs/A.md:1:1: error BG1004: file name 'A' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/a.md'; rename it to a lowercase name no other file has ('a' is taken)", "", "" },
        { "nul byte in body", Body("a\0b"), "content/briefs/a.md:7:9: warning BG4007: invisible control character U+0000 here; it is shown as a space: remove it", "div.body p", "a b" },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Hostile_input_is_escaped_or_refused_at_its_place(string name, string files, string expected, string element, string visibleText)
    {
        var site = TestSite.Build(files);
        Assert.Equal(expected, string.Join("\n", site.Diagnostics));
        Assert.Equal(site.Diagnostics.All(d => d.Severity == Severity.Warning), site.Result.Succeeded);
        if (element.Length > 0)
        {
            var shown = site.Page("briefs/a/index.html").QuerySelector(element);
            Assert.True(shown is not null, $"{name}: no {element} on the page");
            // Prose gets typographic quotes (SmartyPants): "x" is shown as “x”, still as text.
            Assert.Contains(visibleText, StraightQuotes(shown.TextContent));
        }
    }

    [Fact]
    public void A_case_colliding_id_names_the_other_file()
    {
        var diagnostic = DiagnosticAssert.At(TestSite.Check(Source + Brief("a") + Brief("A")).Diagnostics, "BG1004", "content/briefs/A.md:1:1");
        Assert.Contains("collides with 'content/briefs/a.md'", diagnostic.Message);
    }

    [Fact]
    public void Index_pages_are_never_cut_short_by_template_limits()
    {
        // One page of a list longer than Scriban's default loop limit (1,000).
        var events = "-- content/site.yml --\ntitle: T\npaginate: 5000\n" + string.Concat(Enumerable.Range(0, 1100).Select(i => Event($"e{i:D4}", $"{1900 + i % 120}")));
        var site = TestSite.Build(events).AssertClean();
        Assert.Equal(1100, site.Page("timeline/index.html").QuerySelectorAll("li.timeline-entry").Length);
        Assert.Equal(1100, site.Page("events/index.html").QuerySelectorAll("main li").Length);
    }

    [Fact]
    public void Hostile_values_are_escaped_through_every_template()
    {
        // The quotes stand between spaces, where front matter's typographic quotes leave them straight for the escaping to meet.
        const string evil = "<script>alert(1)</script> \" ' &";
        var files = $$"""
            -- content/site.yml --
            title: "{{evil.Replace("\"", "\\\"")}}"
            description: "{{evil.Replace("\"", "\\\"")}}"
            author: "{{evil.Replace("\"", "\\\"")}}"
            -- content/sources/s.md --
            ---
            title: "{{evil.Replace("\"", "\\\"")}}"
            publisher: "{{evil.Replace("\"", "\\\"")}}"
            authors: ["{{evil.Replace("\"", "\\\"")}}"]
            kind: report
            ---
            -- content/actors/p.md --
            ---
            name: "{{evil.Replace("\"", "\\\"")}}"
            kind: person
            summary: "{{evil.Replace("\"", "\\\"")}}"
            aliases: ["{{evil.Replace("\"", "\\\"")}}"]
            roles:
              - {title: "{{evil.Replace("\"", "\\\"")}}"}
            ---
            -- content/events/e.md --
            ---
            title: "{{evil.Replace("\"", "\\\"")}}"
            date: 2020
            summary: "{{evil.Replace("\"", "\\\"")}}"
            location: "{{evil.Replace("\"", "\\\"")}}"
            actors: [p]
            sources: [s]
            tags: [t]
            ---
            -- content/briefs/b.md --
            ---
            title: "{{evil.Replace("\"", "\\\"")}}"
            date: 2025-01-01
            summary: "{{evil.Replace("\"", "\\\"")}}"
            authors: ["{{evil.Replace("\"", "\\\"")}}"]
            actors: [p]
            events: [e]
            tags: [t]
            ---
            [[p]] [[e]] [@s, {{evil.Replace("]", "")}}]
            """;
        var site = TestSite.Build(files);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var templatesUsed = new HashSet<string>();
        foreach (var path in site.HtmlPages)
        {
            templatesUsed.Add(path.Split('/')[0]);
            // The oracle already ran; the hostile text must also be visible as text where it appears.
            Assert.DoesNotContain("<script>alert(1)</script>", site.Output.Text(path));
        }
        Assert.Contains(evil, site.Page("briefs/b/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(evil, site.Page("index.html").QuerySelector("title")!.TextContent);
        Assert.Equal(evil, site.Page("briefs/b/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Superset(new HashSet<string> { "index.html", "briefs", "actors", "events", "sources", "tags", "timeline", "404.html" }, templatesUsed);
    }

    private static string StraightQuotes(string text) => text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'');

    [Fact]
    public void Oracle_catches_what_it_is_meant_to_catch()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<a href=\"javascript:x\" onclick=\"y\" id=\"d\" style=\"c\">a</a><p id=\"d\"></p><script></script><a href=\"https://x\">x</a>");
        var violations = HtmlOracle.Violations("p.html", page).ToList();
        Assert.Contains(violations, v => v.Contains("forbidden <script>"));
        Assert.Contains(violations, v => v.Contains("event handler onclick"));
        Assert.Contains(violations, v => v.Contains("inline style"));
        Assert.Contains(violations, v => v.Contains("refused URL"));
        Assert.Contains(violations, v => v.Contains("id 'd' used 2 times"));
        Assert.Contains(violations, v => v.Contains("Content-Security-Policy"));
        Assert.Contains(violations, v => v.Contains("rel=noopener"));
    }

    [Fact]
    public void Only_the_search_page_runs_script_and_only_its_own_module_under_its_exact_policy()
    {
        var site = TestSite.Build(Source + Brief("a"));
        var search = site.Page(HtmlOracle.SearchPage);
        Assert.Empty(HtmlOracle.Violations(HtmlOracle.SearchPage, search));
        Assert.Equal(HtmlOracle.SearchScript, search.QuerySelector("script[type=module]")!.GetAttribute("src"));
        var policies = site.HtmlPages.Where(p => p != HtmlOracle.SearchPage)
            .Select(p => site.Page(p).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!).ToList();
        Assert.True(policies.Count > 5);
        Assert.All(policies, csp => Assert.DoesNotContain("script-src", csp));

        // The exception is exact: a second script, an inline one, or a looser policy is caught there too ...
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var policy = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlOracle.SearchPolicy}\"><meta name=\"referrer\" content=\"no-referrer\">";
        string[] loose =
        [
            policy + $"<script type=\"module\" src=\"{HtmlOracle.SearchScript}\"></script><script>alert(1)</script>",
            policy + "<script type=\"module\">alert(1)</script>",
            policy + "<script type=\"module\" src=\"https://cdn.example/search.js\"></script>",
            policy.Replace("'wasm-unsafe-eval'", "'unsafe-eval'") + $"<script type=\"module\" src=\"{HtmlOracle.SearchScript}\"></script>",
        ];
        Assert.All(loose, html => Assert.NotEmpty(HtmlOracle.Violations(HtmlOracle.SearchPage, parser.ParseDocument(html))));
        Assert.Empty(HtmlOracle.Violations(HtmlOracle.SearchPage, parser.ParseDocument(policy + $"<script type=\"module\" src=\"{HtmlOracle.SearchScript}\"></script>")));
        // ... and the search page's script is forbidden on any other page.
        Assert.Contains(HtmlOracle.Violations("briefs/index.html", search), v => v.Contains("forbidden <script>"));
    }

    [Fact]
    public void Symbolic_links_in_content_are_errors_and_never_followed()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        temp.Write("secret.txt", "top secret");
        File.CreateSymbolicLink(temp["content/briefs/leak.md"], temp["secret.txt"]);
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/briefs/leak.md:1:1: error BG1002", run.Stdout);
        Assert.DoesNotContain("top secret", run.Stderr + run.Stdout);
    }

    [Fact]
    public void Content_is_never_modified_by_a_build()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        var before = TempFolder.Snapshot(temp["content"]);
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.Equal(before, TempFolder.Snapshot(temp["content"]));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_byte_identical_and_a_good_one_replaces_it()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var first = TempFolder.Snapshot(temp["site"]);

        temp.Write("content/briefs/b.md", "---\ntitle: B\ndate: 2025-13-01\nsummary: s\n---\n");
        Assert.Equal(1, CliRun.In(temp.Path, "build").ExitCode);
        Assert.Equal(first, TempFolder.Snapshot(temp["site"]));
        Assert.False(Directory.Exists(temp["site.building"]));

        File.Delete(temp["content/briefs/b.md"]);
        temp.Write("content/briefs/c.md", "---\ntitle: C\ndate: 2025-01-01\nsummary: s\n---\n[@bbc]\n");
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.True(File.Exists(temp["site/briefs/c/index.html"]));
        Assert.False(Directory.Exists(temp["site.previous"]));
    }

    [Fact]
    public void A_leftover_staging_folder_from_a_crashed_build_is_cleaned_up()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        temp.Write("site.building/" + Output.OutputGuard.MarkerFile, "");
        temp.Write("site.building/stale.html", "stale");
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.False(File.Exists(temp["site/stale.html"]));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [Fact]
    public void Writes_outside_the_output_folder_are_refused()
    {
        using var temp = new TempFolder();
        var staged = new Output.StagedDirectoryOutput(temp["site"]);
        Output.IOutputSink[] sinks = [staged, new Output.MemoryOutput(), new Output.DiscardingOutput()];
        string[] paths = ["../escape.html", "/etc/x", "a/../../x", "a\\b", "", "C:/x", "a:b", "a\0b", "./a", "a/./b", "a//b", "a/", ".."];
        foreach (var sink in sinks)
            foreach (var path in paths)
                Assert.Equal($"refusing to write outside the output folder: '{path}'",
                    Assert.Throws<InvalidOperationException>(() => sink.Write(path, [1])).Message);
        staged.Abandon();
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Two_pages_claiming_one_path_is_an_error_not_an_overwrite()
    {
        var output = new Output.MemoryOutput();
        output.Write("a/index.html", [1]);
        Assert.Equal("two outputs claim 'a/index.html'", Assert.Throws<InvalidOperationException>(() => output.Write("a/index.html", [2])).Message);
        Assert.Equal([1], output.Files["a/index.html"]);
    }

    [Fact]
    public void A_leftover_staging_folder_we_did_not_make_is_never_deleted()
    {
        const string leftover = "site.building";
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        temp.Write(leftover + "/keep.txt", "precious");
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"briefinggen: cannot read or write a file: '{temp[leftover]}' is in the way and was not made by BriefingGen; remove it by hand\n", run.Stderr);
        Assert.Equal("precious", File.ReadAllText(temp[leftover + "/keep.txt"]));
        Assert.True(File.Exists(temp["site/briefs/a/index.html"]));
    }

    [Fact]
    public void A_leftover_staging_folder_that_is_a_symbolic_link_is_never_followed()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        temp.Write("elsewhere/" + Output.OutputGuard.MarkerFile, "");
        Directory.CreateSymbolicLink(temp["site.building"], temp["elsewhere"]);
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is in the way and was not made by BriefingGen", run.Stderr);
        Assert.True(File.Exists(temp["elsewhere/" + Output.OutputGuard.MarkerFile]));
    }

    [Theory]
    [InlineData("file")]
    [InlineData("link to a file")]
    [InlineData("dangling link")]
    public void A_file_or_link_where_the_staging_folder_goes_is_named_as_in_the_way_and_left_alone(string what)
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        temp.Write("note.txt", "precious");
        switch (what)
        {
            case "file": temp.Write("site.building", "precious"); break;
            case "link to a file": File.CreateSymbolicLink(temp["site.building"], temp["note.txt"]); break;
            default: File.CreateSymbolicLink(temp["site.building"], temp["missing"]); break;
        }
        var run = CliRun.In(temp.Path, "build");
        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"briefinggen: cannot read or write a file: '{temp["site.building"]}' is in the way and was not made by BriefingGen; remove it by hand\n", run.Stderr);
        Assert.Equal("precious", File.ReadAllText(temp["note.txt"]));
        Assert.True(what == "file" ? File.Exists(temp["site.building"]) : new FileInfo(temp["site.building"]).LinkTarget is not null);
    }

    [Fact]
    public void The_marker_file_says_what_made_the_folder()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.Equal((byte)'G', File.ReadAllBytes(temp["site/" + Output.OutputGuard.MarkerFile])[0]);
        var marker = File.ReadAllLines(temp["site/" + Output.OutputGuard.MarkerFile]);
        Assert.Equal("Generated by BriefingGen; replaced on every build.", marker[0]);
        // What the next build compares with to know the site is up to date.
        Assert.Matches("^inputs [0-9a-f]{64}$", marker[1]);
        Assert.Matches("^files [0-9a-f]{64}$", marker[2]);
        // And what it reported, for the next build to report when nothing changed.
        Assert.StartsWith("report {\"diagnostics\":[],", marker[3]);
        // And a sum of all that, so a report edited by hand is not taken for the build's.
        Assert.Matches("^sum [0-9a-f]{64}$", marker[4]);
        Assert.Equal(5, marker.Length);
    }

    [Fact]
    public void An_internal_error_is_a_message_and_exit_three_never_a_stack_trace()
    {
        var stderr = new StringWriter();
        var code = CliApp.Guarded(() => throw new NullReferenceException("boom"), stderr);
        Assert.Equal(3, code);
        Assert.Contains("internal error", stderr.ToString());
        Assert.Contains("report", stderr.ToString());
        Assert.DoesNotContain(" at ", stderr.ToString());
    }

    [Fact]
    public void Failures_on_several_threads_are_one_message_a_bug_named_before_an_unreadable_file()
    {
        var unreadable = new StringWriter();
        var code = CliApp.Guarded(() => throw new AggregateException(new IOException("a.md: gone"), new AggregateException(new UnauthorizedAccessException("b.md: denied"))), unreadable);
        Assert.Equal(2, code);
        Assert.Equal("briefinggen: cannot read or write a file: a.md: gone\n", unreadable.ToString().ReplaceLineEndings("\n"));

        var bug = new StringWriter();
        code = CliApp.Guarded(() => throw new AggregateException(new IOException("a.md: gone"), new InvalidOperationException("boom")), bug);
        Assert.Equal(3, code);
        Assert.StartsWith("briefinggen: internal error: InvalidOperationException: boom", bug.ToString());
    }

    [Fact]
    public void An_aggregate_with_no_failure_inside_is_reported_as_itself_not_as_an_index_error()
    {
        // Flatten() of an aggregate with no inner exceptions is empty: there is no first to report,
        // and taking one anyway reported an ArgumentOutOfRangeException of Guarded's own making.
        var stderr = new StringWriter();
        var code = CliApp.Guarded(() => throw new AggregateException(new AggregateException()), stderr);
        Assert.Equal(3, code);
        Assert.StartsWith("briefinggen: internal error: AggregateException", stderr.ToString());
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output_in_any_time_zone_and_culture()
    {
        using var temp = new TempFolder().WithSampleContent();
        Build(temp, "one", ("TZ", "Pacific/Kiritimati"), ("LANG", "tr_TR.UTF-8"), ("LC_ALL", "tr_TR.UTF-8"));
        Build(temp, "two", ("TZ", "America/Los_Angeles"), ("LANG", "C"), ("LC_ALL", "C"));
        var one = TempFolder.Snapshot(temp["one"]);
        var two = TempFolder.Snapshot(temp["two"]);
        Assert.Equal(one.Keys, two.Keys);
        foreach (var (path, bytes) in one) Assert.True(bytes.AsSpan().SequenceEqual(two[path]), $"{path} differs between builds");
        Assert.All(one.Where(f => f.Key.EndsWith(".html")), f =>
        {
            Assert.False(f.Value.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), f.Key + " has a BOM");
            Assert.DoesNotContain((byte)'\r', f.Value);
        });
    }

    private static void Build(TempFolder temp, string output, params (string Name, string Value)[] environment)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "BriefingGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "build", "--output", output])
        {
            WorkingDirectory = temp.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "build timed out");
        Assert.True(process.ExitCode == 0, errors.Result);
    }
}
