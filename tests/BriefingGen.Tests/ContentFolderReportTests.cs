using System.Diagnostics;
using System.Text;
using BriefingGen.Loading;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// A content folder on disk with everything a contributor can put there by mistake, checked from
/// the command line: the whole report, word for word, is what they read.
/// </summary>
public class ContentFolderReportTests
{
    private const string Unexpected = "; content holds site.yml and .md files directly inside briefs/, actors/, events/ and sources/";

    [Fact]
    public void Every_file_that_is_not_content_is_named_with_what_to_do()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder().WriteSite(Source + Brief("a"));
        temp.Write("content/drafts/x.md", "---\ntitle: X\n---\n");
        // A folder out of place is named once, not with everything inside it.
        temp.Write("content/briefs/old/" + string.Concat(Enumerable.Repeat("a/", 200)) + "x.md", "---\ntitle: X\n---\n");
        temp.Write("content/briefs/notes.txt", "notes");
        temp.Write("secret.txt", "top secret");
        File.CreateSymbolicLink(temp["content/briefs/leak.md"], temp["secret.txt"]);
        File.WriteAllBytes(temp["content/briefs/latin.md"], [.. "---\ntitle: caf"u8, 0xE9, .. "\n---\n"u8]);
        // One byte over the limit is refused, the limit itself is fine.
        File.WriteAllBytes(temp["content/briefs/big.md"], BriefOfSize(ContentLayout.MaxFileBytes + 1));
        File.WriteAllBytes(temp["content/briefs/limit.md"], BriefOfSize(ContentLayout.MaxFileBytes));
        Directory.CreateDirectory(temp["content/events"]);
        using (var mkfifo = Process.Start("mkfifo", [temp["content/events/f.md"]])!) mkfifo.WaitForExit();
        // Not content, and not worth a word: a kept-empty folder, an editor's swap file, backups and lock, git's own folder.
        temp.Write("content/sources/.gitkeep", "");
        temp.Write("content/briefs/.a.md.swp", "swap");
        temp.Write("content/briefs/a.md~", "backup");
        temp.Write("content/briefs/#a.md#", "autosave");
        temp.Write("content/briefs/a.md___jb_tmp___", "JetBrains' copy being saved");
        temp.Write("content/briefs/a.md___jb_old___", "JetBrains' copy being replaced");
        temp.Write("content/briefs/.a.md.kate-swp", "Kate's swap file");
        File.CreateSymbolicLink(temp["content/briefs/.#a.md"], "user@host.1234");
        temp.Write("content/.git/config", "[core]");
        temp.Write("content/.DS_Store", "finder");

        var run = CliRun.In(temp.Path, "check", "--content", "content/");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "content/briefs/big.md:1:1: error BG1006: 'content/briefs/big.md' is larger than 512 KiB; split it into smaller briefs\n" +
            "content/briefs/latin.md:2:11: error BG1001: 'content/briefs/latin.md' is not valid UTF-8 (byte 0xE9); save it as UTF-8\n" +
            "content/briefs/leak.md:1:1: error BG1002: 'content/briefs/leak.md' is a symbolic link; content must be plain files inside the content folder\n" +
            "content/briefs/notes.txt:1:1: error BG1003: unexpected file 'content/briefs/notes.txt'" + Unexpected + "\n" +
            "content/briefs/old:1:1: error BG1003: unexpected folder 'content/briefs/old'; content holds site.yml and the folders briefs/, actors/, events/ and sources/\n" +
            "content/drafts:1:1: error BG1003: unexpected folder 'content/drafts'; content holds site.yml and the folders briefs/, actors/, events/ and sources/\n" +
            "content/events/f.md:1:1: error BG1003: 'content/events/f.md' is not a regular file (a FIFO, socket or device) and was not opened; content must be plain files\n" +
            "7 errors, 0 warnings\n  site: 0/0 claims cited (n/a)\n", run.Stdout);
        Assert.DoesNotContain("top secret", run.Stdout);
    }

    /// <summary>A valid brief of exactly this many bytes: its one paragraph is padded with spaces, which Markdown drops.</summary>
    private static byte[] BriefOfSize(int bytes)
    {
        var text = "---\ntitle: Big\ndate: 2025-11-10\nsummary: S.\n---\nText [@bbc].";
        return Encoding.UTF8.GetBytes(text + new string(' ', bytes - text.Length - 1) + "\n");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Windows_and_old_mac_line_endings_and_a_byte_order_mark_read_as_plain_lines(string newline)
    {
        using var temp = new TempFolder().WriteSite(Source);
        temp.Write("content/site.yml", "title: T" + newline);
        Directory.CreateDirectory(temp["content/briefs"]);
        File.WriteAllBytes(temp["content/briefs/a.md"], [0xEF, 0xBB, 0xBF,
            .. Encoding.UTF8.GetBytes(string.Join(newline, "---", "title: A", "date: 2025-11-10", "summary: S.", "---", "", "Text [@bbc].", "", "[[nowhere]]", ""))]);
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("content/briefs/a.md:9:1: error BG3003: [[nowhere]] links to an unknown id\n" + "1 error, 0 warnings\n  site: 0/0 claims cited (n/a)\n", run.Stdout);
    }

    [Fact]
    public void Of_two_files_with_one_id_both_are_reported_and_references_meant_for_either_are_not()
    {
        // Only the file that sorts later was named, whichever was new, and a brief added with an event's id
        // made every "events: [that-id]" an error of its own: "is a brief, not an event".
        using var temp = new TempFolder().WriteSite(Source + Actors + Event("dup", "2020", "sources: [bbc]") + Brief("dup") + Brief("a", "events: [dup]\nactors: [dup]", "See [[dup]] [@bbc] [@dup]."));
        var run = CliRun.In(temp.Path, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("content/briefs/a.md:", run.Stdout);
        Assert.Equal(
            ["content/briefs/a.md:6:10: error BG3002: 'dup' in 'actors' is a brief, not an actor",
             "content/briefs/a.md:8:21: error BG3002: 'dup' is a brief, not a source; cite a source, or link with [[dup]]",
             "content/briefs/dup.md:1:1: error BG1005: id 'dup' is also used by 'content/events/dup.md'; ids must be unique across briefs, actors, events and sources",
             "content/events/dup.md:1:1: error BG1005: id 'dup' is already used by 'content/briefs/dup.md'; ids must be unique across briefs, actors, events and sources",
             "4 errors, 0 warnings"],
            run.Stdout.Split('\n').Take(5));
    }
}
