using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Rendering.Templates;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Writing a theme: what a template may read, write and call, and how its mistakes are reported.</summary>
public class TemplateTests
{
    private static readonly string Site = Source + Brief("a");

    private static string Template(string name, string text) => $"-- templates/{name} --\n{text}\n";

    /// <summary>The one error, its message without the pages it failed on (<see cref="A_template_error_names_the_first_page_it_failed_on_and_how_many_more"/>).</summary>
    private static Diagnostic OnlyTemplateError(TestSite site)
    {
        var error = Assert.Single(site.Diagnostics);
        Assert.Equal("BG5001", error.Code);
        Assert.False(site.Result.Succeeded);
        return error with { Message = Regex.Replace(error.Message, @" \(rendering [^()]*\)$", "") };
    }

    [Fact]
    public void A_template_error_names_the_first_page_it_failed_on_and_how_many_more()
    {
        // Only the briefs without a summary fail; a theme author had the template's line and no page to look at.
        var site = TestSite.Build(Source + Brief("b") + Brief("c") + Brief("d") + Brief("e")
            + Template("brief.html", "{{ if page.brief.id != \"e\" && page.brief.id != \"b\" }}{{ page.brief.titel }}{{ end }}"));
        var error = Assert.Single(site.Diagnostics);
        Assert.Equal("templates/brief.html:1:68: error BG5001: 'titel' is not a member of BriefItem; did you mean 'title'? (rendering briefs/c/index.html and 1 other page)", error.ToString());
        Assert.Equal(["briefs/b/index.html", "briefs/e/index.html"], site.Output.Files.Keys.Where(k => k.StartsWith("briefs/") && k.EndsWith(".html") && k != "briefs/index.html").Order());
    }

    [Fact]
    public void A_misspelled_variable_is_an_error_at_the_templates_line_and_column()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", "<p>\n  {{ titel }}</p>")));
        Assert.Equal("templates/brief.html:2:6", error.Location.ToString());
        Assert.Equal("The variable or function `titel` was not found", error.Message);
    }

    [Fact]
    public void An_include_is_an_error_at_its_line_that_says_what_to_write_instead()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("_card.html", "<b>card</b>") + Template("brief.html", "<p>\n  {{ include '_card.html' }}</p>")));
        Assert.Equal("templates/brief.html:2:6", error.Location.ToString());
        Assert.Equal("include '_card.html' is not supported: its output would be shown as escaped text; " +
            "define the markup as a function in a partial (a template whose name starts with '_', such as _macros.html) and call it", error.Message);
    }

    /// <summary>The definition runs once per rendering thread, before any page: it failed outside the guard, as an internal error (and a crashed serve).</summary>
    [Fact]
    public void A_partial_defining_a_function_named_like_a_builtin_is_an_error_at_its_line()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("_helpers.html", "{{~ func date(d) ~}}{{ d.display }}{{~ end ~}}")));
        Assert.Equal("templates/_helpers.html:1:10", error.Location.ToString());
        Assert.Equal("Cannot set the builtin readonly variable `date`", error.Message);
    }

    [Fact]
    public void Hidden_files_and_editor_backups_in_a_templates_folder_are_not_part_of_the_theme()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Site + "-- templates/assets/extra.css --\np { color: red }\n");
        temp.Write("templates/assets/.DS_Store", "finder");
        temp.Write("templates/assets/extra.css~", "backup");
        temp.Write("templates/.brief.html.swp", "swap");
        temp.Write("templates/.git/brief.html", "{{ if }}");
        File.CreateSymbolicLink(temp["templates/.#brief.html"], "user@host.1234:1");
        var run = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal(["extra.css", "icon.svg", "search.js", "style.css"], Directory.EnumerateFiles(temp["site/assets"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a:b.css")]
    [InlineData("a\\b.css")]
    public void A_theme_asset_whose_name_no_site_can_hold_is_a_template_error_not_a_crash(string name)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write($"templates/assets/{name}", "p { color: red }");
        foreach (var command in new[] { "build", "check" })
        {
            var run = CliRun.In(temp.Path, command, "--templates", "templates");
            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"templates/assets/{name}:1:1: error BG5001: 'assets/{name}' cannot be part of a site", run.Stdout);
        }
    }

    /// <summary>Themes written for other engines escape by hand; every printed value is escaped already, so that must not escape twice.</summary>
    [Fact]
    public void Html_escape_in_a_theme_escapes_once()
    {
        var site = TestSite.Build(Source + Brief("a", "extra: {name: \"Tom & Jerry's <b>\"}") + Template("brief.html", "<p class=\"x\">{{ page.extra.name | html.escape }}|{{ page.extra.name }}</p>")).AssertClean();
        var shown = site.Page("briefs/a/index.html").QuerySelector("p.x")!;
        Assert.Equal("Tom & Jerry's <b>|Tom & Jerry's <b>", shown.TextContent);
        Assert.Empty(shown.Children);
    }

    /// <summary>A layout that never prints the page made every page of the site empty, with no error.</summary>
    [Theory]
    [InlineData("<!doctype html>\n<title>{{ title }}</title>")]
    // Naming content is not printing it.
    [InlineData("<title>{{ title }}</title>{{ # content }}")]
    [InlineData("<title>{{ title }}</title>{{## content ##}}")]
    [InlineData("<title>{{ title }}</title>{{ x = content }}")]
    [InlineData("<title>{{ title }}</title><p>content</p>")]
    // A member named content is not the page (the built-in layout's meta loop, left when {{ content }} was deleted).
    [InlineData("<title>{{ title }}</title>{{ for m in meta }}<meta content=\"{{ m.content }}\">{{ end }}")]
    public void A_layout_that_never_writes_the_pages_content_is_an_error(string layout)
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("layout.html", layout)));
        Assert.Equal("templates/layout.html:1:1", error.Location.ToString());
        Assert.Equal("the layout never writes {{ content }}, the page's own template, so every page would be empty; write it where the page belongs", error.Message);
    }

    [Theory]
    [InlineData("<main>{{ content }}</main>", "main > article")]
    [InlineData("{{ if title }}<main>{{ content }}</main>{{ end }}", "main > article")]
    [InlineData("{{ x = 1 }}{{ (content) }}", "body > article")]
    // Markup shared through a function of the theme, as section 1 of docs/theming.md suggests.
    [InlineData("{{ func shell(b) }}<main>{{ b }}</main>{{ end }}{{ shell content }}", "main > article")]
    [InlineData("{{ func shell(b) }}<main>{{ b }}</main>{{ end }}{{ content | shell }}", "main > article")]
    public void A_layout_that_writes_the_pages_content_however_it_says_it_is_taken(string layout, string article)
    {
        var site = TestSite.Build(Site + Template("layout.html", "<!doctype html><title>{{ title }}</title>" + layout)).AssertClean();
        Assert.Equal("Brief a", site.Page("briefs/a/index.html").QuerySelector(article)!.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("breif.html")]
    [InlineData("Brief.html")]
    public void A_template_that_replaces_no_template_of_the_theme_is_an_error_naming_them(string name)
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template(name, "<p>{{ page.brief.title }}</p>")));
        Assert.Equal($"templates/{name}:1:1", error.Location.ToString());
        Assert.StartsWith($"'{name}' is not one of the theme's templates, so it would never be used; the templates are 404.html, actor.html, actors.html, brief.html,", error.Message);
        Assert.EndsWith("; a partial's name starts with '_'", error.Message);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_the_templates_line_and_column()
    {
        var site = TestSite.Build(Site + Template("brief.html", "<p>\n\n  {{ if }}</p>"));
        Assert.Equal([
            "templates/brief.html:3:6: error BG5001: this 'if' is never closed: add {{ end }} where its block ends (every if, for, while, case, capture, with, wrap, tablerow, func and do needs one; the file ended first)",
            "templates/brief.html:3:9: error BG5001: Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if",
        ], site.Diagnostics.Select(d => d.ToString()));
        Assert.False(site.Result.Succeeded);
    }

    [Theory]
    [InlineData("{{ page.brief.tags[0] = \"x\" }}", "1:20")]
    [InlineData("{{ page.brief.title = \"x\" }}", "1:15")]
    [InlineData("{{ a = page.brief.tags; a[0] = \"x\" }}", "1:27")]
    public void A_template_cannot_change_the_sites_data_which_every_page_shares(string statement, string at)
    {
        // Pages render in parallel from one model: an assignment into it changed the pages rendered beside it, or crashed them.
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", statement + "<h1>{{ page.brief.title }}</h1>")));
        Assert.Equal($"templates/brief.html:{at}", error.Location.ToString());
        Assert.StartsWith("a template cannot change the site's data", error.Message);
    }

    [Fact]
    public void A_templates_own_arrays_and_objects_stay_writable()
    {
        var site = TestSite.Build(Site + Template("brief.html",
            "{{ list = [1, 2]; list[0] = 5; o = {}; o.name = page.brief.title; copy = page.brief.tags | array.add \"more\" }}<p>{{ list[0] }} {{ o.name }} {{ copy.size }}</p>")).AssertClean();
        Assert.Matches(@"^5 \S.* \d+$", site.Page("briefs/a/index.html").QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public void A_theme_with_any_one_line_of_a_built_in_template_cut_is_reported_never_a_crash()
    {
        // Every broken shape a theme author makes by cutting a line: parse errors, unclosed and surplus ends, half statements.
        var folder = Path.Combine(Repository.Root, "templates");
        var cuts = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.html"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var text = string.Join('\n', lines.Where((_, j) => j != i));
                var set = TemplateSet.Load(new Dictionary<string, string> { [Path.GetFileName(file)] = text });
                Assert.All(set.Problems, d => Assert.Equal("BG5001", d.Code));
                Assert.All(set.Problems, d => Assert.InRange(d.Location.Line, 1, lines.Length));
                cuts++;
            }
        }
        Assert.True(cuts > 500, $"only {cuts} cuts");
    }

    [Theory]
    [InlineData("{{ x = {", "1:9")]
    [InlineData("<p>\n{{{", "2:4")]
    public void A_template_that_ends_inside_a_statement_is_reported_where_it_ends(string template, string at)
    {
        var errors = TestSite.Build(Site + "-- templates/brief.html --\n" + template).Diagnostics;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal($"templates/brief.html:{at}", e.Location.ToString()));
    }

    [Theory]
    [InlineData("<h1>{{ page.brief.title }}</h1>\n{{~ if page.brief.summary ~}}\n<p>x</p>\n", "2:5", "if")]
    // Matched as Scriban nests them: the for's end closes the unclosed if, so the for is the block left open.
    [InlineData("{{ for a in page.brief.authors }}\n  {{ if a }}{{ a }}\n{{ end }}\n", "1:4", "for")]
    [InlineData("{{ if page.brief.summary }}a{{ else if page.brief.title }}b{{ end }}\n{{ for x in [1]; x\n", "2:4", "for")]
    [InlineData("{{ f = do; ret 1; end }}\n{{ case 1 }}{{ when 1 }}x\n", "2:4", "case")]
    [InlineData("{{ capture c }}\n{{ x = do\n  ret 1\nend }}", "1:4", "capture")]
    [InlineData("{{ for x in [1] }}\n{{ ## why ## if x }}\n{{ end }}", "1:4", "for")]
    [InlineData("{{ with page }}{{ ## c ## if true }}{{ for x in [1] }}{{ end }}", "1:27", "if")]
    public void A_block_without_its_end_is_reported_where_it_opens_not_where_the_file_ends(string template, string at, string keyword)
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", template)));
        Assert.Equal($"templates/brief.html:{at}", error.Location.ToString());
        Assert.StartsWith($"this '{keyword}' is never closed", error.Message);
    }

    [Fact]
    public void A_loop_that_never_ends_is_an_error_at_its_line_instead_of_a_build_that_never_ends()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", "<p>\n{{ while true }}{{ end }}</p>")));
        Assert.Equal("templates/brief.html:2:4", error.Location.ToString());
        Assert.Equal("Exceeding number of iteration limit `1000000` for loop statement.", error.Message);
    }

    [Fact]
    public void A_page_that_takes_over_a_second_to_fail_stops_the_rendering_instead_of_every_page_taking_as_long()
    {
        // A backtracking regex ran to Scriban's 10 s limit on each of a site's pages: minutes for a build that fails anyway.
        var briefs = string.Concat(Enumerable.Range(1, 40).Select(i => Brief($"b{i:00}")));
        var site = TestSite.Build(Source + briefs + Template("brief.html", "<p>\n{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}</p>"));
        var error = Assert.Single(site.Diagnostics);
        Assert.Equal("templates/brief.html:2:", error.Location.ToString()[..23]);
        Assert.Contains("timed out", error.Message);
        Assert.EndsWith("to fail, so no more pages were rendered)", error.Message);
        var others = Regex.Match(error.Message, @"and (\d+) other page") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
        // Pages already rendering on other threads still finish; none starts after the stop.
        Assert.InRange(others, 0, 38);
    }

    [Fact]
    public void A_key_missing_from_an_extra_map_renders_empty_but_a_misspelled_member_of_a_page_is_an_error()
    {
        var files = "-- content/site.yml --\ntitle: T\nextra: {word: s}\n" + Source + Brief("a", "extra: {word: w}");
        var page = TestSite.Build(files + Template("brief.html", """<p class="x">[{{ page.extra.missing }}|{{ site.extra.missing }}|{{ page.extra.word }}]</p>""")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("[||w]", page.QuerySelector("p.x")!.TextContent);

        var error = OnlyTemplateError(TestSite.Build(files + Template("brief.html", "{{ page.brief.extra }}")));
        Assert.Equal("templates/brief.html:1:15", error.Location.ToString());
        // Nothing close to it: the members there are, to choose from.
        Assert.Equal("'extra' is not a member of BriefItem; its members are date, draft, id, more_tags, summary, summary_direction, tags, title, title_direction, url", error.Message);
    }

    [Theory]
    [InlineData("{{ date.now }}", "templates/brief.html:1:4", "date.now is not available: a build must come out the same whenever it runs; use a date from the content")]
    [InlineData("{{ date.now.year }}", "templates/brief.html:1:4", "date.now is not available: a build must come out the same whenever it runs; use a date from the content")]
    [InlineData("{{ math.random 1 1000000 }}", "templates/brief.html:1:4", "The function `math.random` was not found")]
    // A new id each run, and a parse that read today's date into "10:00" and the machine's time zone into every date.
    [InlineData("{{ math.uuid }}", "templates/brief.html:1:4", "math.uuid is not available: a build must come out the same every time it runs; make an id from the page's path or a document's id")]
    [InlineData("{{ \"10:00\" | date.parse }}", "templates/brief.html:1:14", "date.parse is not available: it reads the machine's time zone and today's date, so a build would not come out the same wherever and whenever it runs; use a date's iso or display")]
    [InlineData("{{ date.parse \"2025-01-01T00:00:00Z\" }}", "templates/brief.html:1:4", "date.parse is not available: it reads the machine's time zone and today's date, so a build would not come out the same wherever and whenever it runs; use a date's iso or display")]
    public void A_template_can_read_neither_the_clock_nor_a_random_number_so_builds_are_reproducible(string text, string location, string message)
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", text)));
        Assert.Equal(location, error.Location.ToString());
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_page_that_renders_too_long_is_reported_where_it_was_and_the_build_stops()
    {
        // Within every limit but time: a build, and each of serve's rebuilds, ran for minutes with nothing said.
        var slow = "{{ func fib(n) }}{{ if n < 2; ret n; end; ret (fib n-1) + (fib n-2) }}{{ end }}\n<p>{{ fib 40 }}</p>";
        var started = System.Diagnostics.Stopwatch.StartNew();
        var site = TestSite.Build(Site + Template("brief.html", slow), new BuildOptions { PageTimeLimit = TimeSpan.FromMilliseconds(300) });
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"took {started.Elapsed}");
        var error = OnlyTemplateError(site);
        Assert.Equal("templates/brief.html", error.Location.File);
        Assert.Equal("the page was still rendering here after 0.3 s; a function of the theme recurses or a loop runs far longer than a page needs", error.Message);
    }

    [Theory]
    [InlineData("{{ page.brief.title | object.eval_template }}", "templates/brief.html:1:23", "The function `object.eval_template` was not found")]
    [InlineData("{{ page.brief.title | object.eval }}", "templates/brief.html:1:23", "The function `object.eval` was not found")]
    public void A_template_cannot_run_content_as_a_template(string text, string location, string message)
    {
        // Scriban's object.eval_template would run a contributor's title as a template of the theme.
        var site = TestSite.Build(Source + Brief("a").Replace("title: Brief a", "title: \"{{ 7 * 7 }}\"") + Template("brief.html", text));
        var error = OnlyTemplateError(site);
        Assert.Equal(location, error.Location.ToString());
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void No_template_can_add_to_a_builtin_object_that_other_pages_and_builds_share()
    {
        var error = OnlyTemplateError(TestSite.Build(Site + Template("brief.html", "<p>\n{{ html.planted = 'kept' }}</p>")));
        Assert.Equal("templates/brief.html:2:9", error.Location.ToString());
        Assert.Equal("a template cannot add to or change the engine's builtin functions (html, string, date, …), which every page shares; keep the value in a variable of your own", error.Message);
        // A later build in the same process (serve, the tests) does not see it either.
        var later = TestSite.Build(Site + Template("brief.html", "[{{ html.planted }}]")).AssertClean();
        Assert.Equal("[]", later.Page("briefs/a/index.html").QuerySelector("main")!.TextContent.Trim());
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

    [Fact]
    public void Partials_run_in_name_order_so_one_can_build_on_another()
    {
        var files = Site + Template("_a.html", "{{ greeting = \"Hello\" }}") + Template("_b.html", "{{ greeting = greeting + \", reader\" }}") +
            Template("brief.html", "<p class=\"g\">{{ greeting }}</p>");
        Assert.Equal("Hello, reader", TestSite.Build(files).AssertClean().Page("briefs/a/index.html").QuerySelector("p.g")!.TextContent);
    }

    [Fact]
    public void A_function_a_partial_defines_once_reads_each_pages_variables_and_a_page_that_shadows_it_changes_no_other_page()
    {
        // _defs only defines, so it is defined once per thread; _late assigns, so it runs before every page.
        var templates = TemplateSet.Load(new Dictionary<string, string>
        {
            ["_defs.html"] = "{{ func hello }}Hello, {{ who }}{{ end }}",
            ["_late.html"] = "{{ shout = who + \"!\" }}",
            ["brief.html"] = "{{ hello }} {{ shout }}",
            ["actor.html"] = "{{ hello = \"shadowed\" }}{{ hello }}",
            ["layout.html"] = "{{ content }}",
        });
        var (pages, diagnostics) = RenderOnOneThread(templates, ("brief", "Lima"), ("actor", "x"), ("brief", "Mexico"));
        Assert.Empty(diagnostics);
        Assert.Equal(["Hello, Lima Lima!", "shadowed", "Hello, Mexico Mexico!"], pages.Select(p => p.Text));
    }

    [Fact]
    public void A_function_defined_after_a_partial_that_runs_per_page_still_replaces_what_that_partial_set()
    {
        var files = Site + Template("_a.html", "{{ label = \"from _a\" }}") + Template("_b.html", "{{ func label }}from _b{{ end }}") +
            Template("brief.html", "<p class=\"l\">{{ label }}</p>");
        Assert.Equal("from _b", TestSite.Build(files).AssertClean().Page("briefs/a/index.html").QuerySelector("p.l")!.TextContent);
    }

    [Fact]
    public void A_variable_one_page_sets_is_gone_when_the_next_page_renders_on_the_same_thread()
    {
        var templates = TemplateSet.Load(new Dictionary<string, string>
        {
            ["brief.html"] = "{{ left = \"from the first page\" }}",
            ["actor.html"] = "{{ left }}",
            ["layout.html"] = "{{ content }}",
        });
        var (pages, diagnostics) = RenderOnOneThread(templates, ("brief", null), ("actor", null));
        Assert.Equal(["templates/actor.html:1:4: error BG5001: The variable or function `left` was not found (rendering actor.html)"], diagnostics.Select(d => d.ToString()));
        Assert.Equal(["brief.html"], pages.Select(p => p.Path));
    }

    /// <summary>Renders the pages one after another with one renderer (so on one thread and its one context), each page written as "{template}.html", with who = the given value.</summary>
    private static (List<(string Path, string Text)> Pages, IReadOnlyList<Diagnostic> Diagnostics) RenderOnOneThread(TemplateSet templates, params (string Template, string? Who)[] pages)
    {
        using var renderer = new TemplateRenderer(templates);
        var diagnostics = new DiagnosticBag();
        var written = new List<(string, string)>();
        foreach (var (template, who) in pages)
            renderer.Render(template, new Dictionary<string, object?> { ["who"] = who }, template + ".html",
                (path, bytes) => written.Add((path, Encoding.UTF8.GetString(bytes))));
        renderer.ReportFailures(diagnostics);
        return (written, diagnostics.Sorted());
    }

    [Fact]
    public void A_page_that_ends_in_half_an_emoji_ends_in_a_replacement_character()
    {
        // string.slice counts UTF-16 units, so it can cut a pair; '~}}' drops the file's last newline.
        var site = TestSite.Build(Site + Template("brief.html", "body") + Template("layout.html", "{{ content }}{{ \"😀\" | string.slice 0 1 ~}}")).AssertClean();
        Assert.Equal("body\n\uFFFD"u8.ToArray(), site.Output.Files["briefs/a/index.html"]);
    }

    [Fact]
    public void An_emoji_written_in_two_halves_by_two_writes_is_one_emoji()
    {
        var site = TestSite.Build(Site + Template("brief.html", "body") +
            Template("layout.html", "{{ content }}{{ e = \"😀\" }}{{ e | string.slice 0 1 }}{{ e | string.slice 1 1 }}{{ e | string.slice 1 1 ~}}")).AssertClean();
        Assert.Equal("body\n😀\uFFFD", site.Output.Text("briefs/a/index.html"));
    }

    [Fact]
    public void A_capture_block_prints_its_markup_with_each_value_escaped_once()
    {
        // Escaped again when printed, a captured "a<b" read "a&lt;b" on the page, and the block's own <em> as text.
        var page = TestSite.Build(Site + Template("brief.html", "{{ capture line }}<em>Andes & Mexico</em> — {{ \"a<b\" }} {{ page.brief.title }}{{ end }}<p class=\"c\">{{ line }}</p>"))
            .AssertClean().Page("briefs/a/index.html");
        var shown = page.QuerySelector("p.c")!;
        Assert.Equal("Andes & Mexico — a<b Brief a", shown.TextContent);
        Assert.Equal("Andes & Mexico", Assert.Single(shown.QuerySelectorAll("em")).TextContent);
    }

    [Fact]
    public void A_layout_may_capture_the_pages_content_and_use_it_as_text()
    {
        var site = TestSite.Build(Site + Template("brief.html", "<b>body é</b>") +
            Template("layout.html", "{{ capture inner }}[{{ content }}]{{ end }}{{ inner | string.size }} {{ content.html | string.upcase }}")).AssertClean();
        Assert.Equal("16 &lt;B&gt;BODY É&lt;/B&gt;\n\n", site.Output.Text("briefs/a/index.html"));
    }

    [Fact]
    public void A_page_after_a_page_of_megabytes_on_the_same_thread_comes_out_whole()
    {
        var templates = TemplateSet.Load(new Dictionary<string, string>
        {
            ["brief.html"] = "{{ for i in 1..200000 }}<p>{{ who }}</p>{{ end }}",
            ["actor.html"] = "<p>{{ who }}</p>",
            ["layout.html"] = "<main>{{ content }}</main>",
        });
        var (pages, diagnostics) = RenderOnOneThread(templates, ("brief", "Lima"), ("actor", "Quito"), ("brief", "Bogotá"));
        Assert.Empty(diagnostics);
        Assert.Equal("<main>" + string.Concat(Enumerable.Repeat("<p>Lima</p>", 200000)) + "</main>", pages[0].Text);
        Assert.Equal("<main><p>Quito</p></main>", pages[1].Text);
        Assert.Equal("<main>" + string.Concat(Enumerable.Repeat("<p>Bogotá</p>", 200000)) + "</main>", pages[2].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void A_long_page_of_emoji_keeps_every_one_wherever_the_output_breaks_into_chunks(string before)
    {
        // Thousands of small writes spread the page over chunks of the output; shifted by a character
        // or not, one of the two pages has a chunk ending inside a pair. A fresh renderer is a fresh output.
        var templates = TemplateSet.Load(new Dictionary<string, string>
        {
            ["brief.html"] = "",
            ["layout.html"] = before + "{{ for i in 1..5000 }}😀{{ end }}{{ content }}",
        });
        using var renderer = new TemplateRenderer(templates);
        var diagnostics = new DiagnosticBag();
        var page = "";
        renderer.Render("brief", new Dictionary<string, object?>(), "page.html", (_, bytes) => page = Encoding.UTF8.GetString(bytes));
        renderer.ReportFailures(diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(before + string.Concat(Enumerable.Repeat("😀", 5000)), page);
    }

    [Fact]
    public void An_html_file_among_the_assets_is_copied_as_it_is_and_a_file_that_is_not_html_is_no_template()
    {
        var site = TestSite.Build(Site + Template("assets/demo.html", "<p>{{ if }}</p>") + Template("notes.txt", "{{ if }}")).AssertClean();
        Assert.Equal("<p>{{ if }}</p>\n", site.Output.Text("assets/demo.html"));
        Assert.False(site.Has("notes.txt"));
    }

    [Fact]
    public void A_theme_file_in_a_nested_folder_takes_the_place_of_the_built_in_one()
    {
        using var temp = new TempFolder().WriteSite(Site + Template("assets/style.css", "p { color: red }"));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "templates").ExitCode);
        Assert.Equal("p { color: red }\n", File.ReadAllText(temp["site/assets/style.css"]));
    }

    [Fact]
    public void Renaming_a_theme_file_or_changing_its_bytes_makes_the_next_build_render_again()
    {
        using var temp = new TempFolder().WriteSite(Site + Template("brief.html", "<p class=\"custom\">A</p>") + Template("assets/a.css", "p {}"));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "templates").ExitCode);
        Assert.Contains("is up to date", CliRun.In(temp.Path, "build", "--templates", "templates").Stdout);

        // Same bytes, same place among the theme's files: only the name tells.
        File.Move(temp["templates/assets/a.css"], temp["templates/assets/b.css"]);
        var renamed = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.DoesNotContain("up to date", renamed.Stdout);
        Assert.False(File.Exists(temp["site/assets/a.css"]));
        Assert.Equal("p {}\n", File.ReadAllText(temp["site/assets/b.css"]));

        // Same name and length: only the bytes tell.
        temp.Write("templates/brief.html", "<p class=\"custom\">B</p>\n");
        var changed = CliRun.In(temp.Path, "build", "--templates", "templates");
        Assert.DoesNotContain("up to date", changed.Stdout);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["site/briefs/a/index.html"]));
        Assert.Equal("B", page.QuerySelector("p.custom")!.TextContent);
    }

    [Fact]
    public void A_template_that_is_not_utf8_is_an_error_at_its_first_bad_byte()
    {
        // Saved as Latin-1, "Bréf" showed as "Br\uFFFDf" on every brief, without a word.
        using var temp = new TempFolder().WriteSite(Site);
        Directory.CreateDirectory(temp["templates"]);
        File.WriteAllBytes(temp["templates/brief.html"], [.. "<p>\n  Br"u8, 0xE9, .. "f</p>\n"u8]);
        var run = CliRun.In(temp.Path, "check", "--templates", "templates");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("templates/brief.html:2:5: error BG5001: 'templates/brief.html' is not valid UTF-8 (byte 0xE9); save it as UTF-8\n", run.Stdout);
    }

    [Fact]
    public void A_template_saved_with_a_byte_order_mark_and_crlf_makes_the_same_pages_as_one_without()
    {
        // Both reached every page the template makes: a BOM inside <main>, and CR in an "LF everywhere" site.
        using var temp = new TempFolder().WriteSite(Site + Template("brief.html", "<p class=\"custom\">A</p>\n<p>B</p>"));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "templates").ExitCode);
        var plain = File.ReadAllBytes(temp["site/briefs/a/index.html"]);
        File.WriteAllBytes(temp["templates/brief.html"], [0xEF, 0xBB, 0xBF, .. "<p class=\"custom\">A</p>\r\n<p>B</p>\r\n"u8]);
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "templates").ExitCode);
        Assert.Equal(plain, File.ReadAllBytes(temp["site/briefs/a/index.html"]));
    }

    /// <summary>
    /// The published CLI is native code, which keeps the reflection data Scriban reads members with
    /// only for the engine's own types: a template reading a member of a framework type (a DateOnly's
    /// year, a tuple's item) would work under `dotnet run` and fail in the published CLI. So every
    /// value a template can reach is a string, a number, a collection of such values, or a view of ours.
    /// </summary>
    [Fact]
    public void Every_value_a_template_can_reach_is_of_a_type_the_native_cli_keeps_members_of()
    {
        var engine = typeof(Model.SiteConfig).Assembly;
        var roots = engine.GetExportedTypes().Where(t => t.Namespace == "BriefingGen.Rendering.Pages" && t.Name.EndsWith("Page"))
            .Concat([typeof(Model.SiteConfig), typeof(Rendering.Metadata.PageDiscovery), typeof(Rendering.Citing.MetaTag)]).ToList();
        Assert.Contains(typeof(Rendering.Pages.BriefPage), roots);
        var seen = new HashSet<Type>();
        var unkept = new List<string>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                foreach (var reached in Reached(property.PropertyType))
                    if (reached.Assembly == engine) pending.Enqueue(reached);
                    else unkept.Add($"{type.Name}.{property.Name}: {reached}");
        }
        Assert.True(seen.Count > 30, $"only {seen.Count} types walked");
        Assert.Empty(unkept);

        // What a template sees of a value of this type: itself, or for a collection what it holds; none for plain values.
        IEnumerable<Type> Reached(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(object)) return [];
            if (type.Assembly == engine) return [type];
            if (type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
                return type.GetGenericArguments().SelectMany(Reached);
            return [type];
        }
    }
}
