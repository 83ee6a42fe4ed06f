using BriefingGen.Output;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Publishing into a folder that holds an earlier build: unchanged files stay as they are, the rest is brought up to date.</summary>
public class OutputTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Marks every published file as written long ago, so a rewrite shows in its time stamp.</summary>
    private static void Age(string site)
    {
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
    }

    /// <summary>The site as rebuilt in place equals, file for file and byte for byte, one built into an empty folder.</summary>
    private static void AssertSameAsAFreshBuild(TempFolder temp)
    {
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--output", "fresh").ExitCode);
        Assert.Equal(TempFolder.Snapshot(temp["fresh"]), TempFolder.Snapshot(temp["site"]));
    }

    private static SortedDictionary<string, DateTime> Stamps(string site) =>
        new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f), File.GetLastWriteTimeUtc), StringComparer.Ordinal);

    [Fact]
    public void A_rebuild_with_nothing_changed_renders_nothing_and_touches_no_file_but_still_reports_every_problem()
    {
        // An uncited source: a warning each build must repeat, even when it renders nothing.
        using var temp = new TempFolder().WriteSite(Source + Sources("unused") + Brief("a") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Age(temp["site"]);

        var run = CliRun.In(temp.Path, "build", "--timings");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("is up to date", run.Stdout);
        Assert.Contains("warning BG3005: source 'unused' is not cited", run.Stdout);
        // The content was read to know it is unchanged, and not parsed again.
        Assert.Contains("load", run.Stderr);
        Assert.DoesNotContain("front matter and markdown", run.Stderr);
        Assert.DoesNotContain("render and write", run.Stderr);
        Assert.All(Stamps(temp["site"]), stamp => Assert.Equal(LongAgo, stamp.Value));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [Fact]
    public void An_up_to_date_rebuild_reports_what_the_build_that_made_the_site_reported()
    {
        // Warnings, the note on base_url, citation coverage and the job summary: all of the first build's report.
        using var temp = new TempFolder().WriteSite(Source + Sources("unused") + Brief("a", body: "This paragraph states facts about the rupture and cites its source [@bbc].\n\n" +
            "This second paragraph also states several facts about events but cites nothing at all.") + Brief("b"));
        var firstSummary = temp["first.md"];
        var first = CliRun.In(temp.Path, [("GITHUB_STEP_SUMMARY", firstSummary)], "build", "--lint", "citations", "--format", "github");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("title=BG3005::source 'unused' is not cited", first.Stdout);
        Assert.Contains("  site: 1/2 claims cited (50%)", first.Stdout);
        Assert.Contains("note: base_url is not set", first.Stdout);

        var againSummary = temp["again.md"];
        var again = CliRun.In(temp.Path, [("GITHUB_STEP_SUMMARY", againSummary)], "build", "--lint", "citations", "--format", "github");

        Assert.Equal(0, again.ExitCode);
        // All but the last line, on what was built, and the advice on search, which only a build that indexes gives.
        static string[] Report(string stdout) => stdout.Split('\n')[..^2].Where(line => !line.StartsWith("search:")).ToArray();
        Assert.Equal(Report(first.Stdout), Report(again.Stdout));
        Assert.Contains("is up to date", again.Stdout);
        Assert.Equal(File.ReadAllText(firstSummary), File.ReadAllText(againSummary));
    }

    /// <summary>
    /// A rebuild with nothing changed prints the report the marker recorded; one that cannot be read,
    /// or a well-formed one written there by hand (its error once failed the build), is not trusted.
    /// </summary>
    [Theory]
    [InlineData("report {\"diagnostics\": 7}")]
    [InlineData("report {\"diagnostics\":[[\"a\",5,1,\"error\",\"BG1\",\"m\"]],\"notes\":[],\"lintsCitations\":false}")]
    public void A_rebuild_whose_recorded_report_was_changed_checks_everything_again(string report)
    {
        using var temp = new TempFolder().WriteSite(Source + Sources("unused") + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var marker = temp["site/" + OutputGuard.MarkerFile];
        var lines = File.ReadAllLines(marker);
        lines[Array.FindIndex(lines, l => l.StartsWith("report ", StringComparison.Ordinal))] = report;
        File.WriteAllText(marker, string.Join("\n", lines) + "\n");
        File.SetLastWriteTimeUtc(marker, DateTime.UtcNow.AddMinutes(1));

        var run = CliRun.In(temp.Path, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning BG3005: source 'unused' is not cited", run.Stdout);
        Assert.DoesNotContain("BG1:", run.Stdout);
        Assert.Contains("(0 new or changed, 0 removed)", run.Stdout);
        Assert.Contains("is up to date", CliRun.In(temp.Path, "build").Stdout);
    }

    [Fact]
    public void A_rebuild_after_a_file_the_loader_refuses_was_added_reports_it()
    {
        // A refused file is not among the inputs the marker records: only checking finds it.
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        temp.Write("content/briefs/Notes.md", "---\ntitle: x\n---\n");

        var run = CliRun.In(temp.Path, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/briefs/Notes.md:1:1: error", run.Stdout);
        Assert.DoesNotContain("up to date", run.Stdout);
    }

    [Fact]
    public void A_rebuild_after_a_change_that_leaves_every_page_the_same_rewrites_no_page()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Age(temp["site"]);
        // A YAML comment changes the input, not a page.
        temp.Write("content/briefs/a.md", File.ReadAllText(temp["content/briefs/a.md"]).Replace("title:", "# reviewed\ntitle:"));

        var run = CliRun.In(temp.Path, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(0 new or changed, 0 removed)", run.Stdout);
        Assert.All(Stamps(temp["site"]).Where(s => !s.Key.EndsWith(OutputGuard.MarkerFile)), stamp => Assert.Equal(LongAgo, stamp.Value));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    /// <summary>What was done to a published site by hand since the last build: each must be undone by the next build.</summary>
    public static TheoryData<string> HandEdits => ["edit a page", "edit a page keeping its size", "delete a page", "add a file", "add a symbolic link"];

    [Theory]
    [MemberData(nameof(HandEdits))]
    public void A_rebuild_with_nothing_changed_still_repairs_a_published_site_changed_by_hand(string edit)
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var page = temp["site/briefs/a/index.html"];
        switch (edit)
        {
            case "edit a page": File.AppendAllText(page, "<p>added by hand</p>"); break;
            case "edit a page keeping its size": File.WriteAllText(page, new string('x', (int)new FileInfo(page).Length)); break;
            case "delete a page": File.Delete(page); break;
            case "add a file": temp.Write("site/briefs/a/notes.txt", "stray"); break;
            case "add a symbolic link": File.CreateSymbolicLink(temp["site/briefs/a/link.html"], page); break;
        }

        var run = CliRun.In(temp.Path, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("up to date", run.Stdout);
        AssertSameAsAFreshBuild(temp);
        Assert.Contains("is up to date", CliRun.In(temp.Path, "build").Stdout);
    }

    [Fact]
    public void A_rebuild_with_other_options_or_templates_renders_again()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("draft", "draft: true"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.False(File.Exists(temp["site/briefs/draft/index.html"]));

        Assert.Equal(0, CliRun.In(temp.Path, "build", "--drafts").ExitCode);
        Assert.True(File.Exists(temp["site/briefs/draft/index.html"]));

        temp.Write("templates/brief.html", "<p class=\"custom\">{{ page.brief.title }}</p>\n");
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--drafts", "--templates", "templates").ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["site/briefs/a/index.html"]));
        Assert.Equal("Brief a", page.QuerySelector("p.custom")?.TextContent);
    }

    [Fact]
    public void A_rebuild_rewrites_only_changed_pages_removes_dropped_ones_and_equals_a_fresh_build()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b") + Brief("gone"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Age(temp["site"]);
        File.Delete(temp["content/briefs/gone.md"]);
        temp.Write("content/briefs/new.md", "---\ntitle: New\ndate: 2025-01-01\nsummary: s\n---\nNew text [@bbc].\n");

        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);

        var stamps = Stamps(temp["site"]);
        Assert.False(File.Exists(temp["site/briefs/gone/index.html"]));
        Assert.False(Directory.Exists(temp["site/briefs/gone"]));
        Assert.NotEqual(LongAgo, stamps[Path.Combine("briefs", "new", "index.html")]);
        Assert.Equal(LongAgo, stamps[Path.Combine("assets", "style.css")]);
        Assert.Equal(LongAgo, stamps[Path.Combine("briefs", "a", "index.html")]);
        AssertSameAsAFreshBuild(temp);
    }

    [Fact]
    public void A_page_whose_text_changes_but_not_its_length_is_republished()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var before = File.ReadAllBytes(temp["site/briefs/a/index.html"]);
        // Same number of bytes, different text: a size check alone would keep the stale page.
        temp.Write("content/briefs/a.md", File.ReadAllText(temp["content/briefs/a.md"]).Replace("title: Brief a", "title: Brief z"));

        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);

        var after = File.ReadAllBytes(temp["site/briefs/a/index.html"]);
        Assert.Equal(before.Length, after.Length);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(after));
        Assert.Equal("Brief z", page.QuerySelector("article.brief h1")!.TextContent);
        AssertSameAsAFreshBuild(temp);
    }

    [Fact]
    public void A_site_left_half_published_by_a_crash_is_made_whole_by_the_next_build()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        // What a crash during commit can leave: an old version, a page not yet moved in, a page not yet removed, staged leftovers.
        temp.Write("site/briefs/a/index.html", "<p>the previous version</p>");
        File.Delete(temp["site/briefs/b/index.html"]);
        temp.Write("site/briefs/removed/index.html", "<p>a brief deleted since</p>");
        temp.Write("site.building/" + OutputGuard.MarkerFile, "");
        temp.Write("site.building/briefs/b/index.html", "half");

        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);

        AssertSameAsAFreshBuild(temp);
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [Fact]
    public void Symbolic_links_inside_the_published_site_are_removed_never_written_through()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        temp.Write("elsewhere/keep.txt", "outside");
        Directory.Delete(temp["site/briefs"], recursive: true);
        Directory.CreateSymbolicLink(temp["site/briefs"], temp["elsewhere"]);
        var outside = TempFolder.Snapshot(temp["elsewhere"]);

        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);

        Assert.Equal(outside, TempFolder.Snapshot(temp["elsewhere"]));
        Assert.Null(new DirectoryInfo(temp["site/briefs"]).LinkTarget);
        Assert.True(File.Exists(temp["site/briefs/a/index.html"]));
    }

    [Fact]
    public void A_failed_rebuild_over_a_published_site_stages_nothing_into_it()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var before = TempFolder.Snapshot(temp["site"]);
        var output = new StagedDirectoryOutput(temp["site"]);

        output.Write("briefs/a/index.html", "changed"u8.ToArray());
        output.Write("briefs/z/index.html", "new"u8.ToArray());
        output.Abandon();

        Assert.Equal(before, TempFolder.Snapshot(temp["site"]));
        Assert.False(Directory.Exists(temp["site.building"]));
    }

    [Fact]
    public void Two_outputs_claiming_one_path_stop_the_build_before_either_is_published()
    {
        using var temp = new TempFolder();
        var output = new StagedDirectoryOutput(temp["site"]);
        output.Write("briefs/a/index.html", "first"u8);
        var error = Assert.Throws<InvalidOperationException>(() => output.Write("briefs/a/index.html", "second"u8));
        Assert.Equal("two outputs claim 'briefs/a/index.html'", error.Message);
    }

    [Fact]
    public void A_file_that_cannot_be_staged_fails_as_a_file_error_naming_it_and_the_reason()
    {
        using var temp = new TempFolder();
        var output = new StagedDirectoryOutput(temp["site"]);
        output.Write("a/index.html/deeper.html", "x"u8);
        // A folder already stands where the file goes: the CLI reports either exception as a file it could not write (Windows says access denied).
        var error = Assert.ThrowsAny<Exception>(() => output.Write("a/index.html", "y"u8));
        Assert.True(error is IOException or UnauthorizedAccessException, error.GetType().Name);
        Assert.Contains(Path.Combine("site.building", "a", "index.html"), error.Message);
        Assert.Contains("exists", error.Message);
        output.Abandon();
    }

    [Theory]
    [InlineData("a\\b.html")]
    [InlineData("c:/x.html")]
    [InlineData("a/../../x.html")]
    public void A_path_that_could_leave_the_output_folder_is_refused_before_anything_is_staged(string path)
    {
        using var temp = new TempFolder();
        var output = new StagedDirectoryOutput(temp["site"]);
        var error = Assert.Throws<InvalidOperationException>(() => output.Write(path, "x"u8));
        Assert.Equal($"refusing to write outside the output folder: '{path}'", error.Message);
        output.Abandon();
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(199_999)]
    public void A_large_file_that_differs_in_one_byte_anywhere_is_published_again_and_an_identical_one_is_not(int changedAt)
    {
        // Files are compared with the published ones a piece at a time; the byte may sit at either edge of a piece.
        var page = new byte[200_000];
        Random.Shared.NextBytes(page);
        using var temp = new TempFolder();
        var first = new StagedDirectoryOutput(temp["site"]);
        first.Write("sources/index.html", page);
        first.Write("briefs/index.html", page);
        first.Commit("inputs", "");
        var changed = (byte[])page.Clone();
        changed[changedAt] ^= 1;

        var second = new StagedDirectoryOutput(temp["site"]);
        second.Write("sources/index.html", changed);
        second.Write("briefs/index.html", page);
        second.Commit("inputs", "");

        Assert.Equal(1, second.Changed);
        Assert.Equal(changed, File.ReadAllBytes(temp["site/sources/index.html"]));
    }

    [Fact]
    public void An_unchanged_empty_file_is_not_published_again()
    {
        using var temp = new TempFolder();
        var first = new StagedDirectoryOutput(temp["site"]);
        first.Write("assets/empty.css", []);
        first.Write("index.html", "home"u8);
        first.Commit("inputs", "");
        var second = new StagedDirectoryOutput(temp["site"]);
        second.Write("assets/empty.css", []);
        second.Write("index.html", "home again"u8);
        second.Commit("inputs", "");
        Assert.Equal(1, second.Changed);
    }

    [Fact]
    public void Folders_a_rebuild_leaves_empty_are_removed_however_deep()
    {
        using var temp = new TempFolder();
        var first = new StagedDirectoryOutput(temp["site"]);
        first.Write("assets/fonts/latin/a.woff2", "font"u8);
        first.Write("index.html", "home"u8);
        first.Commit("inputs", "");
        var second = new StagedDirectoryOutput(temp["site"]);
        second.Write("index.html", "home"u8);
        second.Commit("inputs", "");
        Assert.Equal(1, second.Removed);
        Assert.False(Directory.Exists(temp["site/assets"]));
    }

    [Fact]
    public void Files_left_in_the_site_with_a_colon_or_a_backslash_in_their_names_are_removed_like_any_other()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        File.Delete(temp["content/briefs/b.md"]);
        // What copying from Windows leaves (WSL's "x:Zone.Identifier"); the build stopped with an internal error, half published.
        temp.Write("site/actors/notes.txt:Zone.Identifier", "[ZoneTransfer]");
        temp.Write("site/x\\y/z.txt", "from a backslash");

        var run = CliRun.In(temp.Path, "build");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        AssertSameAsAFreshBuild(temp);
    }

    [Fact]
    public void A_file_where_a_new_folder_goes_and_a_folder_where_a_new_file_goes_give_way()
    {
        using var temp = new TempFolder();
        var first = new StagedDirectoryOutput(temp["site"]);
        first.Write("x", "a file"u8);
        first.Write("y/index.html", "in a folder"u8);
        first.Write("kept.html", "kept"u8);
        first.Commit("inputs", "");
        var second = new StagedDirectoryOutput(temp["site"]);
        second.Write("x/index.html", "now a folder"u8);
        second.Write("y", "now a file"u8);
        second.Write("kept.html", "kept"u8);
        second.Commit("inputs", "");
        Assert.Equal("now a folder", File.ReadAllText(temp["site/x/index.html"]));
        Assert.Equal("now a file", File.ReadAllText(temp["site/y"]));
        Assert.Equal(2, second.Removed);
    }

    [Fact]
    public void A_file_left_in_the_site_whose_name_is_not_utf8_stops_the_build_before_anything_changes()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        File.Delete(temp["content/briefs/a.md"]);
        var before = TempFolder.Snapshot(temp["site"]);
        // Only a shell makes such a name here: .NET writes every name as UTF-8. It was never removed, and no build was up to date again.
        Shell("touch \"$1/$(printf 'caf\\351.txt')\"", temp["site"]);

        var run = CliRun.In(temp.Path, "build");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has a name that is not valid UTF-8, so a build can neither keep nor remove it; delete it and build again", run.Stderr);
        Assert.False(Directory.Exists(temp["site.building"]));
        Shell("rm \"$1/$(printf 'caf\\351.txt')\"", temp["site"]);
        Assert.Equal(before, TempFolder.Snapshot(temp["site"]));
    }

    [Fact]
    public void A_removal_that_fails_midway_is_reported_after_the_build_and_the_next_build_completes_the_site()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a", body: "See [the data](http://example.org/data) [@bbc].") + Brief("b"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        Assert.NotEmpty(LinksToB());
        File.Delete(temp["content/briefs/b.md"]);
        // A file the build may not delete (another user's, on a CI runner; immutable, as root).
        var stuck = temp["site/briefs/b/index.html"];
        var root = Environment.UserName == "root";
        Shell(root ? "chattr +i \"$1\"" : "chmod 555 \"$(dirname \"$1\")\"", stuck);
        try
        {
            var run = CliRun.In(temp.Path, "build");

            Assert.Equal(2, run.ExitCode);
            // The build's report is printed all the same, and then what the site now holds.
            Assert.Contains("warning BG4003", run.Stdout);
            Assert.Contains("publishing had begun, so the site holds new files beside old ones (no new page links to a removed one)", run.Stderr);
            Assert.DoesNotContain(".;", run.Stderr);
            Assert.True(File.Exists(stuck));
            // The new pages went in first: none links to the page that could not be removed.
            Assert.Empty(LinksToB());
        }
        finally
        {
            Shell(root ? "chattr -i \"$1\"" : "chmod 755 \"$(dirname \"$1\")\"", stuck);
        }
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        AssertSameAsAFreshBuild(temp);

        IEnumerable<AngleSharp.Dom.IElement> LinksToB() => new AngleSharp.Html.Parser.HtmlParser()
            .ParseDocument(File.ReadAllText(temp["site/briefs/index.html"])).QuerySelectorAll("main a[href$='briefs/b/index.html']");
    }

    [Fact]
    public void A_name_that_is_not_utf8_beside_one_holding_a_real_replacement_character_removes_neither()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        // Both read as "a\uFFFD.txt": the valid one was taken for the stray and removed, the invalid one kept.
        Shell("touch \"$1/a$(printf '\\357\\277\\275').txt\" \"$1/a$(printf '\\377').txt\" \"$1/briefs/b$(printf '\\377').txt\"", temp["site"]);

        var run = CliRun.In(temp.Path, "build");

        Assert.Equal(2, run.ExitCode);
        // Both names that cannot be kept or removed, in one message.
        Assert.Contains($"'{temp["site"]}/a\uFFFD.txt', '{temp["site"]}/briefs/b\uFFFD.txt' have names that are not valid UTF-8", run.Stderr);
        Assert.True(File.Exists(temp["site/a\uFFFD.txt"]));
        Shell("rm \"$1/a$(printf '\\377').txt\" \"$1/briefs/b$(printf '\\377').txt\"", temp["site"]);
    }

    private static void Shell(string script, string argument)
    {
        using var shell = System.Diagnostics.Process.Start("sh", ["-c", script, "sh", argument])!;
        shell.WaitForExit();
        Assert.Equal(0, shell.ExitCode);
    }

    [Fact]
    public void A_site_folder_deleted_while_the_build_ran_is_not_replaced_by_the_changed_files_alone()
    {
        using var temp = new TempFolder();
        var first = new StagedDirectoryOutput(temp["site"]);
        first.Write("index.html", "home"u8);
        first.Commit("inputs", "");
        var second = new StagedDirectoryOutput(temp["site"]);
        second.Write("index.html", "home"u8);
        second.Write("about.html", "about"u8);
        Directory.Delete(temp["site"], recursive: true);

        // index.html was unchanged, so never staged: publishing the staging folder would lose it.
        var error = Assert.Throws<IOException>(() => second.Commit("inputs", ""));
        Assert.Equal($"'{temp["site"]}' was removed while the site was being built; nothing was published, build again", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the stand-in indexer is a shell script
    public void A_search_indexer_sees_the_whole_new_site_on_a_rebuild_and_its_output_is_published()
    {
        using var temp = new TempFolder().WriteSite(Source + Brief("a") + Brief("b"));
        // Stands in for Pagefind: writes the list of pages it was given into its bundle folder.
        temp.Write("fake-indexer", "#!/bin/sh\ncd \"$2\" && mkdir -p pagefind && find . -name index.html | sort > pagefind/pages.txt\n");
        File.SetUnixFileMode(temp["fake-indexer"], UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Search.PagefindIndexer Indexer() => new(temp["fake-indexer"]);
        Assert.Equal(0, CliRun.In(temp.Path, Indexer, "build").ExitCode);
        var first = File.ReadAllText(temp["site/pagefind/pages.txt"]);
        Age(temp["site"]);

        temp.Write("content/briefs/c.md", "---\ntitle: C\ndate: 2025-01-01\nsummary: s\n---\nText [@bbc].\n");
        var run = CliRun.In(temp.Path, Indexer, "build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var pages = File.ReadAllText(temp["site/pagefind/pages.txt"]);
        Assert.Contains("./briefs/a/index.html", pages);
        Assert.Contains("./briefs/c/index.html", pages);
        Assert.Equal(first.Split('\n').Length + 1, pages.Split('\n').Length);
        Assert.Equal(LongAgo, Stamps(temp["site"])[Path.Combine("assets", "style.css")]);
    }
}
