using BriefingGen.Cli;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>`briefinggen new`: a scaffold that passes `check` as it is, and refusals that leave content alone.</summary>
public class NewCommandTests
{
    private static readonly string Site = Source + Actors + Brief("rupture", "actors: [pedro-castillo]");

    [Theory]
    [InlineData("brief", "briefs")]
    [InlineData("actor", "actors")]
    [InlineData("event", "events")]
    [InlineData("source", "sources")]
    public void Every_kind_is_created_from_its_scaffold_and_passes_check_at_once(string kind, string folder)
    {
        using var temp = new TempFolder().WriteSite(Site);
        var run = CliRun.In(temp.Path, "new", kind, "peru-mexico-rupture", "--title", "Peru: \"rupture\" # 2025");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal($"content/{folder}/peru-mexico-rupture.md\n", run.Stdout.ReplaceLineEndings("\n"));

        var check = CliRun.In(temp.Path, "check");
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Matches("(^|\n)0 errors, ", check.Stdout.ReplaceLineEndings("\n"));
        var page = TestSite.Build(File.ReadAllText(temp["content/" + folder + "/peru-mexico-rupture.md"]).Insert(0, $"-- content/{folder}/peru-mexico-rupture.md --\n") + Site);
        // The quotes survive the scaffold's YAML; shown, they are typographic as in the body.
        Assert.Equal("Peru: “rupture” # 2025", page.Page($"{folder}/peru-mexico-rupture/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Init_starts_a_site_that_new_check_and_build_take_at_once()
    {
        // A newcomer in an empty folder: 'new' said the content folder does not exist, and 'check' to create site.yml.
        using var temp = new TempFolder();
        var init = CliRun.In(temp.Path, "init", "--title", "Andes: water & power # briefings");
        Assert.True(init.ExitCode == 0, init.Stderr);
        Assert.StartsWith("content/site.yml\nNext: briefinggen new brief ID, then briefinggen serve", init.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("# base_url: https://example.org/briefings/", File.ReadAllText(temp["content/site.yml"]));

        Assert.Equal(0, CliRun.In(temp.Path, "new", "brief", "first").ExitCode);
        var check = CliRun.In(temp.Path, "check", "--strict");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["site/index.html"]));
        Assert.Equal("Andes: water & power # briefings", home.QuerySelector(".site-title")!.TextContent);
    }

    [Fact]
    public void Init_never_touches_a_site_that_is_there()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var before = File.ReadAllText(temp["content/site.yml"]);
        var again = CliRun.In(temp.Path, "init");
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("briefinggen: 'content/site.yml' already exists, so this is a site already; edit it, or name another folder with --content DIR (nothing was written)\n", again.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllText(temp["content/site.yml"]));

        Assert.Equal(2, CliRun.In(temp.Path, "init", "--content", "").ExitCode);
        // Run as root, this wrote /site.yml.
        var atRoot = CliRun.In(temp.Path, "init", "--content", "/");
        try
        {
            Assert.Equal(2, atRoot.ExitCode);
            Assert.Equal("briefinggen: '/' is the root of the file system; name a folder of its own for the site, such as --content content (nothing was written)\n", atRoot.Stderr.ReplaceLineEndings("\n"));
        }
        finally
        {
            if (atRoot.ExitCode == 0) File.Delete(Path.Combine(Path.GetPathRoot(temp.Path)!, "site.yml"));
        }
        var elsewhere = CliRun.In(temp.Path, "init", "--content", "my site");
        Assert.Equal(0, elsewhere.ExitCode);
        Assert.Equal("my site/site.yml\nNext: briefinggen new brief ID --content 'my site', then briefinggen serve --content 'my site' to preview it.\n", elsewhere.Stdout.ReplaceLineEndings("\n"));
        File.WriteAllText(temp["notes"], "x");
        Assert.Equal(1, CliRun.In(temp.Path, "init", "--content", "notes").ExitCode);
        // A repository's root, or a site's own briefs folder: a site.yml there made every check fail (BG1003).
        temp.Write("repo/README.md", "# Repo");
        temp.Write("repo/src/x.cs", "");
        temp.Write("repo/briefs/a.md", "");
        var repository = CliRun.In(temp.Path, "init", "--content", "repo");
        Assert.Equal((1, "briefinggen: 'repo' already holds 'README.md', 'src/', which a content folder cannot (a repository's root?); name a folder of its own for the site, such as --content content (nothing was written)\n"),
            (repository.ExitCode, repository.Stderr.ReplaceLineEndings("\n")));
        Directory.CreateDirectory(temp["content/events"]);
        var kindFolder = CliRun.In(temp.Path, "init", "--content", "content/events");
        Assert.Equal((1, "briefinggen: 'content/events' is the events folder of the site in 'content', where a site.yml would be an unexpected file; name a folder of its own for a new site (nothing was written)\n"),
            (kindFolder.ExitCode, kindFolder.Stderr.ReplaceLineEndings("\n")));
        // Written with its trailing '/', as a shell completes it.
        Assert.Equal(1, CliRun.In(temp.Path, "init", "--content", "content/events/").ExitCode);
        Assert.False(File.Exists(temp["repo/site.yml"]) || File.Exists(temp["content/events/site.yml"]));
        // A folder of the four kinds' folders alone, and hidden files, is a site waiting for its site.yml.
        temp.Write("started/briefs/a.md", "");
        temp.Write("started/.gitkeep", "");
        Assert.Equal(0, CliRun.In(temp.Path, "init", "--content", "started").ExitCode);
        var longTitle = CliRun.In(temp.Path, "init", "--content", "other", "--title", new string('t', 501));
        Assert.Equal(2, longTitle.ExitCode);
        Assert.Contains("'title' is 501 characters long", longTitle.Stderr);
        Assert.False(Directory.Exists(temp["other"]));
    }

    [Fact]
    public void A_title_starting_with_at_is_a_title_not_a_file_of_arguments()
    {
        // System.CommandLine reads "@name" as a response file of arguments, which BriefingGen does not offer.
        using var temp = new TempFolder().WriteSite(Site);
        var run = CliRun.In(temp.Path, "new", "actor", "peru-government", "--title", "@PeruGob");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("name: \"@PeruGob\"", File.ReadAllText(temp["content/actors/peru-government.md"]));
    }

    [Fact]
    public void A_new_brief_needs_nothing_uncited_and_is_dated_today()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var code = NewCommand.Run("brief", "fresh", null, temp["content"], null, new DateOnly(2026, 3, 4), TextWriter.Null, new DiagnosticPrinter("text", TextWriter.Null, TextWriter.Null));
        Assert.Equal(CliApp.Success, code);
        var text = File.ReadAllText(temp["content/briefs/fresh.md"]);
        Assert.Contains("\ndate: 2026-03-04\n", text);
        Assert.Contains("title: \"Fresh\"", text);
        Assert.Contains("# tags: [tag]", text);

        var check = CliRun.In(temp.Path, "check", "--strict", "--lint", "citations");
        Assert.True(check.ExitCode == 0, check.Stderr);
    }

    /// <summary>The scaffold's example authors line, uncommented as it says, is what the byline shows: a brief's authors are written as shown, not "Family, Given".</summary>
    [Fact]
    public void The_brief_scaffolds_authors_line_uncommented_passes_check_and_shows_as_written()
    {
        using var temp = new TempFolder().WriteSite(Site);
        NewCommand.Run("brief", "fresh", null, temp["content"], null, new DateOnly(2026, 3, 4), TextWriter.Null, new DiagnosticPrinter("text", TextWriter.Null, TextWriter.Null));
        var path = temp["content/briefs/fresh.md"];
        File.WriteAllText(path, File.ReadAllText(path).Replace("# authors:", "authors:") + "Text [@bbc].\n");
        var build = CliRun.In(temp.Path, "build", "--strict");
        Assert.True(build.ExitCode == 0, build.Stdout);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["site/briefs/fresh/index.html"]));
        Assert.Equal("By Jane Doe", page.QuerySelector(".byline .authors")!.TextContent.Trim());
    }

    /// <summary>Each optional line a scaffold offers, uncommented with its placeholders filled, is a key the kind takes, written as it takes it.</summary>
    [Theory]
    [InlineData("brief", "briefs")]
    [InlineData("source", "sources")]
    [InlineData("event", "events")]
    [InlineData("actor", "actors")]
    public void Every_optional_line_of_a_scaffold_uncommented_passes_check(string kind, string folder)
    {
        using var temp = new TempFolder().WriteSite(Site + Event("vote", "2025-11-01"));
        NewCommand.Run(kind, "fresh", null, temp["content"], null, new DateOnly(2026, 3, 4), TextWriter.Null, new DiagnosticPrinter("text", TextWriter.Null, TextWriter.Null));
        var path = temp[$"content/{folder}/fresh.md"];
        // Dates after the scaffold's own (4 March): an end, an update or a correction comes later.
        var filled = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"(?m)^# ([a-z_]+:(?= |$)|  +- )", "$1")
            .Replace("YYYY-MM-DD", "2026-03-09").Replace("actor-id", "peru").Replace("event-id", "vote").Replace("source-id]", "bbc]").Replace("[tag]", "[trade]")
            .Replace("https://web.archive.org/...", "https://web.archive.org/web/2026/https://example.org/article");
        File.WriteAllText(path, filled + "Text [@bbc].\n");
        var check = CliRun.In(temp.Path, "check");
        Assert.DoesNotContain(" error ", check.Stdout);
        Assert.True(check.ExitCode == 0, filled + "\n" + check.Stdout);
        // Every kind a source may be is named where its 'kind' line is.
        if (kind == "source") Assert.All(BriefingGen.Model.Source.Kinds, k => Assert.Contains(k, filled[filled.IndexOf("kind:", StringComparison.Ordinal)..]));
    }

    [Fact]
    public async Task A_scaffold_that_is_a_fifo_or_a_link_is_refused_instead_of_read()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Site);
        Directory.CreateDirectory(temp["templates/scaffolds"]);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [temp["templates/scaffolds/brief.md"]])!) mkfifo.WaitForExit();
        File.WriteAllText(temp["secret.txt"], "---\ntitle: secret\n---\n");
        File.CreateSymbolicLink(temp["templates/scaffolds/event.md"], temp["secret.txt"]);
        foreach (var kind in new[] { "brief", "event" })
        {
            // A FIFO opened for reading waits for a writer: the command must not.
            var run = await Task.Run(() => CliRun.In(temp.Path, "new", kind, "fresh", "--templates", "templates")).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"scaffolds/{kind}.md' is not a plain file (a link, FIFO, socket or device); a scaffold must be one", run.Stderr);
        }
        Assert.False(File.Exists(temp["content/briefs/fresh.md"]));
        Assert.False(File.Exists(temp["content/events/fresh.md"]));
    }

    [Fact]
    public void A_scaffold_not_saved_as_utf8_is_named_at_its_byte_and_nothing_is_written()
    {
        // Read leniently, the Latin-1 'é' became U+FFFD in the new file, which then passed check.
        using var temp = new TempFolder().WriteSite(Site);
        Directory.CreateDirectory(temp["templates/scaffolds"]);
        File.WriteAllBytes(temp["templates/scaffolds/brief.md"], [.. "---\ntitle: {{ title }}\ndate: {{ date }}\nsummary: Caf"u8, 0xE9, .. "\n---\n"u8]);
        var run = CliRun.In(temp.Path, "new", "brief", "fresh", "--templates", "templates");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("briefinggen: templates/scaffolds/brief.md:4:13: ", run.Stderr);
        Assert.Contains("UTF-8", run.Stderr);
        Assert.EndsWith(" (nothing was written)\n", run.Stderr);
        Assert.False(File.Exists(temp["content/briefs/fresh.md"]));
    }

    [Fact]
    public void A_title_holding_the_scaffolds_placeholders_comes_out_as_written()
    {
        // The title went in first and the date and id after, so "{{ date }}" in it became today's date.
        using var temp = new TempFolder().WriteSite(Site);
        var code = NewCommand.Run("brief", "fresh", "Writing {{ date }}, {{ id }} and {{ title }}", temp["content"], null, new DateOnly(2026, 3, 4),
            TextWriter.Null, new DiagnosticPrinter("text", TextWriter.Null, TextWriter.Null));
        Assert.Equal(CliApp.Success, code);
        var text = File.ReadAllText(temp["content/briefs/fresh.md"]);
        Assert.StartsWith("---\ntitle: \"Writing {{ date }}, {{ id }} and {{ title }}\"\ndate: 2026-03-04\nsummary: \"Writing {{ date }}, {{ id }} and {{ title }}\"\n", text);
    }

    [Theory]
    [InlineData("rupture")]
    [InlineData("pedro-castillo")]
    public void An_existing_id_of_any_kind_is_refused_and_left_untouched(string id)
    {
        using var temp = new TempFolder().WriteSite(Site);
        var files = TempFolder.Snapshot(temp["content"]);
        var run = CliRun.In(temp.Path, "new", "brief", id);
        Assert.Equal(CliApp.ContentErrors, run.ExitCode);
        Assert.Contains($"'{id}' is already used by 'content/", run.Stderr);
        Assert.Equal(files, TempFolder.Snapshot(temp["content"]));
    }

    [Theory]
    [InlineData("content/briefs", "'content/briefs' is a file, where the folder of briefs belongs; move or rename it (nothing was written)")]
    [InlineData("content/briefs/fresh.md/", "'content/briefs/fresh.md' is a folder, where the new file belongs; move or rename it (nothing was written)")]
    // It wrote through the link, outside the content folder, and exited 0.
    [InlineData("content/briefs->", "'content/briefs' is a symbolic link, which check refuses, where the folder of briefs belongs; move or rename it (nothing was written)")]
    public void Something_in_the_way_of_the_new_file_is_named_and_nothing_is_written(string inTheWay, string message)
    {
        // Both were .NET's own "The file '...' already exists" and exit code 2; check reports both as content (BG1003).
        using var temp = new TempFolder().WriteSite(Source + Actors);
        if (inTheWay.EndsWith('/')) Directory.CreateDirectory(temp[inTheWay]);
        else if (inTheWay.EndsWith("->")) Directory.CreateSymbolicLink(temp[inTheWay[..^2]], Directory.CreateDirectory(temp["elsewhere"]).FullName);
        else temp.Write(inTheWay, "notes\n");
        var files = TempFolder.Snapshot(temp["content"]);
        var run = CliRun.In(temp.Path, "new", "brief", "fresh");
        Assert.Equal(CliApp.ContentErrors, run.ExitCode);
        Assert.Equal($"briefinggen: {message}\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(files, TempFolder.Snapshot(temp["content"]));
        Assert.False(Directory.Exists(temp["elsewhere"]) && Directory.EnumerateFileSystemEntries(temp["elsewhere"]).Any());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void An_id_another_document_keeps_as_a_former_id_is_refused_and_nothing_is_written()
    {
        // Written, the new page and the renamed document's old address were one path, and check failed (BG3012).
        using var temp = new TempFolder().WriteSite(Source + Brief("new-id", "former_ids:\n  - older-id\n  - old-id"));
        var files = TempFolder.Snapshot(temp["content"]);
        var run = CliRun.In(temp.Path, "new", "event", "old-id");
        Assert.Equal(CliApp.ContentErrors, run.ExitCode);
        Assert.Equal("briefinggen: 'old-id' is a former id of 'new-id' ('content/briefs/new-id.md'), whose old address is kept; choose another id (nothing was written)\n",
            run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(files, TempFolder.Snapshot(temp["content"]));
        Assert.Equal(0, CliRun.In(temp.Path, "new", "event", "old").ExitCode);
    }

    [Theory]
    [InlineData("pedro-casti11o", "pedro-castillo", "content/actors/pedro-castillo.md")]
    [InlineData("pedro-casti1lo", "pedro-castillo", "content/actors/pedro-castillo.md")]
    public void An_id_easily_confused_with_an_existing_one_is_refused_and_nothing_is_written(string id, string existing, string path)
    {
        // Written, it would fail check with BG1005, reported at the file that was there first.
        using var temp = new TempFolder().WriteSite(Site);
        var files = TempFolder.Snapshot(temp["content"]);
        var run = CliRun.In(temp.Path, "new", "event", id);
        Assert.Equal(CliApp.ContentErrors, run.ExitCode);
        Assert.Equal($"briefinggen: '{id}' is easily confused with '{existing}' ('{path}'); choose a clearly different id (nothing was written)\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(files, TempFolder.Snapshot(temp["content"]));
    }

    [Theory]
    // The loader names a file to rename; `new` was typed an id, so it names the id to use.
    [InlineData("Peru_Mexico", "id 'Peru_Mexico' is not a valid id (lowercase ASCII letters, digits and single hyphens); use the id 'peru-mexico'")]
    [InlineData("main", "'main' is reserved for the site's own pages and anchors; choose another id")]
    [InlineData("vote.md", "an id is the file's name without '.md': use 'vote' (nothing was written)")]
    [InlineData("main.md", "'main' is reserved for the site's own pages and anchors; choose another id")]
    public void An_invalid_id_is_refused_with_what_to_type_instead(string id, string message)
    {
        using var temp = new TempFolder().WriteSite(Site);
        var before = TempFolder.Snapshot(temp["content"]);
        var run = CliRun.In(temp.Path, "new", "event", id);
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Equal($"briefinggen: {message}\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, TempFolder.Snapshot(temp["content"]));
    }

    [Fact]
    public void A_scaffold_in_the_templates_folder_replaces_the_built_in_one()
    {
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write("theme/scaffolds/event.md", "---\ntitle: {{ title }}\ndate: {{ date }}\nlocation: Lima\n---\n");
        var run = CliRun.In(temp.Path, "new", "event", "protest", "--templates", "theme");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"^---\ntitle: ""Protest""\ndate: \d{4}-\d\d-\d\d\nlocation: Lima\n---\n$", File.ReadAllText(temp["content/events/protest.md"]));
    }
    [Fact]
    public void A_templates_folder_that_does_not_exist_is_a_usage_error_as_for_check_not_the_built_in_scaffold()
    {
        using var temp = new TempFolder().WriteSite(Site);
        var run = CliRun.In(temp.Path, "new", "event", "protest", "--templates", "them");
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Equal(CliRun.In(temp.Path, "check", "--templates", "them").Stderr, run.Stderr);
        Assert.False(File.Exists(temp["content/events/protest.md"]));
    }

    [Theory]
    [InlineData("source", "\uFEFF---", "invisible BOM character (byte-order mark, U+FEFF) here; delete it (it is only allowed at the very start of the file) (BG2002)")]
    [InlineData("brief", "long", "front matter is longer than 64 KiB; move long text into the body (BG2009)")]
    public void A_title_that_would_not_pass_check_is_refused_and_nothing_is_written(string kind, string title, string problem)
    {
        // Each of these wrote a file that `check` then refused, though a new file is promised to pass it.
        using var temp = new TempFolder().WriteSite(Site);
        var files = TempFolder.Snapshot(temp["content"]);
        var run = CliRun.In(temp.Path, "new", kind, "fresh", "--title", title == "long" ? new string('t', 70_000) : title);
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Equal($"briefinggen: the new file would not pass check: {problem}; nothing was written\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(files, TempFolder.Snapshot(temp["content"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_title_is_named_as_the_option_not_the_scaffolds_line(string title)
    {
        // Found by check, it was "theme/scaffolds/event.md:2: … 'title' is empty": the theme was not at fault.
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write("theme/scaffolds/event.md", "---\ntitle: {{ title }}\ndate: {{ date }}\n---\n");
        foreach (var theme in new[] { [], new[] { "--templates", "theme" } })
        {
            var run = CliRun.In(temp.Path, ["new", "event", "fresh", "--title", title, .. theme]);
            Assert.Equal(CliApp.UsageError, run.ExitCode);
            Assert.Equal("briefinggen: --title is empty; give the event's title, or leave --title out for one made from the id (nothing was written)\n", run.Stderr);
        }
        Assert.False(File.Exists(temp["content/events/fresh.md"]));
    }

    [Fact]
    public void A_scaffold_in_the_templates_folder_that_would_not_pass_check_is_refused()
    {
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write("theme/scaffolds/event.md", "---\ntitle: {{ title }}\ndate: {{ date }}\nplace: Lima\n---\n");
        var run = CliRun.In(temp.Path, "new", "event", "protest", "--templates", "theme");
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        // Named at the theme's scaffold and its line: the file to fix, not the file that was never written.
        Assert.StartsWith("briefinggen: theme/scaffolds/event.md:4: the new file would not pass check: unknown key 'place'", run.Stderr);
        Assert.False(File.Exists(temp["content/events/protest.md"]));
    }

    [Fact]
    public void A_scaffold_whose_placeholders_would_make_a_file_too_large_is_refused_before_it_is_filled_in()
    {
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write("theme/scaffolds/event.md", "---\ntitle: {{ title }}\ndate: {{ date }}\n---\n" + string.Concat(Enumerable.Repeat("{{ title }}\n", 11_000)));
        var run = CliRun.In(temp.Path, "new", "event", "talks", "--templates", "theme", "--title", new string('t', 100_000));
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Equal("briefinggen: theme/scaffolds/event.md: the new file would be larger than 512 KiB, the most a content file may hold; shorten the scaffold or the title (nothing was written)\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(temp["content/events/talks.md"]));
    }

    [Fact]
    public void A_line_separator_in_a_scaffold_stays_a_character_of_its_value_as_in_content()
    {
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write("theme/scaffolds/event.md", "---\ntitle: {{ title }}\ndate: {{ date }}\nsummary: Talks\u2028resume\n---\n");
        Assert.Equal(0, CliRun.In(temp.Path, "new", "event", "talks", "--templates", "theme").ExitCode);
        Assert.Contains("summary: Talks\u2028resume\n", File.ReadAllText(temp["content/events/talks.md"]));
        // So a problem after it is at the scaffold's own line, as an editor numbers it.
        temp.Write("theme/scaffolds/event.md", "---\ntitle: {{ title }}\ndate: {{ date }}\nsummary: Talks\u2028resume\nplace: Lima\n---\n");
        Assert.StartsWith("briefinggen: theme/scaffolds/event.md:5: ", CliRun.In(temp.Path, "new", "event", "protest", "--templates", "theme").Stderr);
    }
}
