using AngleSharp.Html.Parser;
using BriefingGen.Rendering.Templates;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>`briefinggen theme`: the built-in theme's files, listed or copied to start a theme from, with an installed CLI that has no templates/ folder.</summary>
public class ThemeCommandTests
{
    private static readonly string Site = Source + Brief("a");

    [Fact]
    public void Listing_names_every_file_a_theme_can_replace()
    {
        using var temp = new TempFolder();
        var run = CliRun.In(temp.Path, "theme");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(TemplateSet.BuiltInFiles().Keys.Where(k => k != "scaffolds/site.yml").Order(StringComparer.Ordinal), lines[..^1]);
        Assert.Contains("brief.html", lines);
        Assert.Contains("assets/style.css", lines);
        Assert.Contains("scaffolds/brief.md", lines);
        Assert.Equal("Copy one to change it: briefinggen theme brief.html --templates theme, then build with --templates theme.", lines[^1]);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_copied_file_is_the_built_in_one_and_once_edited_changes_the_site()
    {
        using var temp = new TempFolder().WriteSite(Site);
        // As docs/theming.md names them, with the repository's templates/ before them.
        var run = CliRun.In(temp.Path, "theme", "templates/brief.html", "assets/style.css");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("theme/brief.html\ntheme/assets/style.css\nNext: edit them, then briefinggen serve --templates theme", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(TemplateSet.BuiltInFiles()["brief.html"], File.ReadAllBytes(temp["theme/brief.html"]));
        Assert.Equal(TemplateSet.BuiltInFiles()["assets/style.css"], File.ReadAllBytes(temp["theme/assets/style.css"]));

        // Unchanged, the copies build the site the built-in theme does.
        Assert.Equal(0, CliRun.In(temp.Path, "build").ExitCode);
        var builtIn = File.ReadAllBytes(temp["site/briefs/a/index.html"]);
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "theme").ExitCode);
        Assert.Equal(builtIn, File.ReadAllBytes(temp["site/briefs/a/index.html"]));

        File.WriteAllText(temp["theme/brief.html"], File.ReadAllText(temp["theme/brief.html"]).Replace("<h1", "<p class=\"kicker\">Our briefing</p>\n<h1", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.In(temp.Path, "build", "--templates", "theme").ExitCode);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(temp["site/briefs/a/index.html"]));
        Assert.Equal("Our briefing", page.QuerySelector("p.kicker")!.TextContent);
    }

    [Fact]
    public void A_file_already_in_the_theme_is_never_replaced_and_nothing_else_is_written()
    {
        using var temp = new TempFolder().WriteSite(Site);
        temp.Write("theme/brief.html", "<h1>{{ title }}</h1>");
        var run = CliRun.In(temp.Path, "theme", "event.html", "brief.html");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("briefinggen: 'theme/brief.html' already exists, and a theme's own file is never replaced; edit it, or move it away to start again from the built-in one (nothing was written)\n",
            run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("<h1>{{ title }}</h1>", File.ReadAllText(temp["theme/brief.html"]));
        Assert.False(File.Exists(temp["theme/event.html"]));

        // A file where a folder of the theme goes is found before anything is written.
        temp.Write("theme/assets", "notes");
        var blocked = CliRun.In(temp.Path, "theme", "event.html", "assets/style.css");
        Assert.Equal(1, blocked.ExitCode);
        Assert.Equal("briefinggen: 'theme/assets' is a file, where a folder of the theme belongs (nothing was written)\n", blocked.Stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(temp["theme/event.html"]));
    }

    [Theory]
    [InlineData(new[] { "brif.html" }, null, 2, "'brif.html' is not a file of the built-in theme; did you mean 'brief.html'? (briefinggen theme lists them; nothing was written)")]
    [InlineData(new[] { "../brief.html" }, null, 2, "'../brief.html' is not a file of the built-in theme; did you mean 'brief.html'? (briefinggen theme lists them; nothing was written)")]
    [InlineData(new[] { "brief.html" }, "content", 1, "'content' is a content folder, and the theme would be content; a theme goes in a folder of its own, such as --templates theme (nothing was written)")]
    [InlineData(new[] { "brief.html" }, "content/briefs/theme", 1, "'content' is a content folder, and the theme would be content; a theme goes in a folder of its own, such as --templates theme (nothing was written)")]
    [InlineData(new[] { "brief.html" }, "content/site.yml", 1, "'content/site.yml' is a file, where the theme folder belongs (nothing was written)")]
    public void What_cannot_be_copied_is_refused_and_the_content_is_untouched(string[] files, string? folder, int exitCode, string message)
    {
        using var temp = new TempFolder().WriteSite(Site);
        var before = TempFolder.Snapshot(temp.Path);
        var run = CliRun.In(temp.Path, [.. new[] { "theme" }, .. files, .. folder is null ? Array.Empty<string>() : ["--templates", folder]]);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal($"briefinggen: {message}\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, TempFolder.Snapshot(temp.Path));
    }
}
