using BriefingGen.Output;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// The output guard, one refusal reason at a time. Every refused folder also carries our marker
/// (or is empty, or does not exist yet), so the generic "not empty and not made by BriefingGen"
/// refusal cannot stand in for the reason under test: without that reason the build would go ahead.
/// </summary>
public class OutputFolderTests
{
    private static readonly string Home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    public static TheoryData<string, string> Refusals() => new()
    {
        { "/", "it is the root of the file system" },
        { Home, "it is your home folder" },
        { "content", "it is the content folder" },
        { "content/", "it is the content folder" },
        { "content/site", "it is inside the content folder 'content', which a build must never write into" },
        { ".", "it holds the content folder 'content', which the build would replace" },
        { "templates", "it is the templates folder" },
        { "templates/site", "it is inside the templates folder 'templates', which a build must never write into" },
        { "repo", "it holds a .git repository" },
        { "worktree", "it holds a .git repository" },
        { "linked", "it is a symbolic link" },
        { "a-file", "it is a file, not a folder" },
        { "a-file/site/", "'a-file' is a file, so no folder can be made inside it" },
        { "not-ours", "it is not empty and was not made by BriefingGen (it has no .briefinggen-output file); choose an empty or new folder" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_dangerous_output_folder_is_refused_for_its_own_reason(string output, string reason)
    {
        using var temp = Layout();
        var before = TempFolder.Snapshot(temp.Path);
        var run = CliRun.In(temp.Path, "build", "--output", output, "--templates", "templates");
        Assert.Equal($"briefinggen: refusing to build into '{output}': {reason}\n", run.Stderr);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(before, TempFolder.Snapshot(temp.Path));
    }

    [Theory]
    [InlineData("content-site")] // shares a prefix with content/ but is not inside it
    [InlineData("templates2")]
    [InlineData("empty")]
    [InlineData("ours")]
    public void Safe_output_folders_are_built_into(string output)
    {
        using var temp = Layout();
        File.Delete(temp["content/" + OutputGuard.MarkerFile]); // a stray file in content/ is a content error
        var run = CliRun.In(temp.Path, "build", "--output", output, "--templates", "templates");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Matches($"\n0 errors, 0 warnings\nbuilt [1-9][0-9]* files into {output} \\([0-9]+ new or changed, [0-9]+ removed\\)\n$", run.Stdout);
        Assert.True(File.Exists(temp[output + "/briefs/a/index.html"]));
        Assert.True(File.Exists(temp[output + "/" + OutputGuard.MarkerFile]));
        Assert.False(File.Exists(temp[output + "/stale.html"]));
    }

    [Theory]
    [InlineData("content", "it is the content folder")]
    [InlineData("content/site", "it is inside the content folder 'content', which a build must never write into")]
    [InlineData("templates/site", "it is inside the templates folder 'templates', which a build must never write into")]
    public void A_folder_reached_through_a_linked_parent_is_refused_as_what_it_really_is(string under, string reason)
    {
        // The link lives in a folder of its own, so that no snapshot of the site's folder walks round it.
        using var temp = Layout();
        using var links = new TempFolder();
        Directory.CreateSymbolicLink(links["via"], temp.Path);
        var output = links["via/" + under];
        var before = TempFolder.Snapshot(temp.Path);
        var run = CliRun.In(temp.Path, "build", "--output", output, "--templates", "templates");
        Assert.Equal($"briefinggen: refusing to build into '{output}': {reason}\n", run.Stderr);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, TempFolder.Snapshot(temp.Path));
    }

    [Fact]
    public void An_output_inside_a_content_folder_named_through_a_link_is_refused()
    {
        using var temp = Layout();
        Directory.CreateSymbolicLink(temp["content-link"], temp["content"]);
        var run = CliRun.In(temp.Path, "build", "--content", "content-link", "--output", "content/site");
        Assert.Equal("briefinggen: refusing to build into 'content/site': it is inside the content folder 'content-link', which a build must never write into\n", run.Stderr);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(temp["content/site.building"]));
    }

    [Fact]
    public void The_guard_accepts_a_new_folder_and_names_no_reason()
    {
        using var temp = Layout();
        Assert.Null(OutputGuard.Check(temp["new"], temp["content"], null));
        Assert.Null(OutputGuard.Check(temp["new"], temp["content"], temp["templates"]));
    }

    /// <summary>
    /// A content folder and a templates folder, each marked as if we had built into them, and one
    /// folder per refusal reason, each marked too.
    /// </summary>
    private static TempFolder Layout()
    {
        var temp = new TempFolder().WriteSite(Source + Brief("a") + "-- templates/brief.html --\n<p>{{ page.brief.title }}</p>\n");
        foreach (var marked in new[] { "", "content/", "templates/", "repo/", "worktree/", "ours/" })
            temp.Write(marked + OutputGuard.MarkerFile, "");
        Directory.CreateDirectory(temp["repo/.git"]);
        temp.Write("worktree/.git", "gitdir: ../elsewhere/.git\n");
        Directory.CreateDirectory(temp["elsewhere"]);
        Directory.CreateSymbolicLink(temp["linked"], temp["elsewhere"]);
        temp.Write("a-file", "not a folder");
        temp.Write("not-ours/keep.txt", "precious");
        Directory.CreateDirectory(temp["empty"]);
        temp.Write("ours/stale.html", "from an earlier build");
        return temp;
    }
}
