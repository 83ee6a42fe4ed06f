using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Every diagnostic code, pinned to the file, line and column a contributor must fix.</summary>
public class DiagnosticTests
{
    /// <summary>A bad input and everything it must produce, "CODE severity file:line:col", joined by "; " when there is more than one.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        // Front matter: lines are 1-based file lines (YAML starts on line 2), columns point at the value.
        { Source + Brief("a", "titel: x"), "BG2005 error content/briefs/a.md:5:1" },
        { Source + Brief("a", date: "2019-02-30"), "BG2008 error content/briefs/a.md:3:7" },
        { Source + Brief("a", date: "2019-13"), "BG2008 error content/briefs/a.md:3:7" },
        { Source + Brief("a", date: "2019-12"), "BG2008 error content/briefs/a.md:3:7" },
        { Source + Brief("a", "updated: 2020"), "BG2008 error content/briefs/a.md:5:10" },
        { Source + Brief("a", date: "2019-12-30T10:00:00Z"), "BG2008 error content/briefs/a.md:3:7" },
        { Source + Brief("a", "draft: maybe"), "BG2006 error content/briefs/a.md:5:8" },
        { Source + Brief("a", "tags: diplomacy"), "BG2006 error content/briefs/a.md:5:7" },
        { Source + Brief("a", "title: again"), "BG2004 error content/briefs/a.md:5:1" },
        { Source + Brief("a", "extra: &anchor {a: 1}"), "BG2003 error content/briefs/a.md:5:8" },
        { Source + Brief("a", "extra: !!str x"), "BG2003 error content/briefs/a.md:5:8" },
        { Source + Brief("a", "tags: [Not A Slug]"), "BG2010 error content/briefs/a.md:5:8" },
        { Source + Brief("a", "authors: [\"x\""), "BG2002 error content/briefs/a.md:5:10" },
        { "-- content/briefs/a.md --\n---\ndate: 2025-01-01\nsummary: s\n---\n", "BG2007 error content/briefs/a.md:2:1" },
        { "-- content/briefs/a.md --\nNo front matter here.\n", "BG2001 error content/briefs/a.md:1:1" },
        { "-- content/briefs/a.md --\n---\ntitle: never closed\n", "BG2001 error content/briefs/a.md:1:1" },
        { "-- content/briefs/a.md --\n---\n" + string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + "k:\n")) + "---\n", "BG2009 error content/briefs/a.md:10:17" },
        { Event("e", "2020", "end: 2019"), "BG2011 error content/events/e.md:4:6" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: planet\n---\n", "BG2010 error content/actors/x.md:3:7" },
        // "a: b" in a flow list is a map without braces, to which the YAML library gives no position of its own.
        { Source + Brief("a", "tags: [peru, a: b]"), "BG2006 error content/briefs/a.md:5:14" },
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: javascript:alert(1)\n---\n" + Brief("a", body: "[@s]"), "BG2012 error content/sources/s.md:3:6" },
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: https://example.org/a\n---\n" + Brief("a", body: "[@s]"), "BG2013 warning content/sources/s.md:3:6" },
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: https://example.org/a\naccessed: 2025-11\n---\n" + Brief("a", body: "[@s]"), "BG2008 error content/sources/s.md:4:11" },
        { "-- content/sources/s.md --\n---\ntitle: S\npublished: 2025-11-10\nurl: https://example.org/a\naccessed: 2024-11-10\n---\n" + Brief("a", body: "[@s]"), "BG2016 warning content/sources/s.md:5:11" },
        // A day early is a time zone away; a month read within the month it was published is no contradiction.
        { "-- content/sources/s.md --\n---\ntitle: S\npublished: 2025-11-10\nurl: https://example.org/a\naccessed: 2025-11-09\n---\n" + Brief("a", body: "[@s]"), "" },
        { "-- content/sources/s.md --\n---\ntitle: S\npublished: 2025-11\nurl: https://example.org/a\naccessed: 2025-11-01\n---\n" + Brief("a", body: "[@s]"), "" },
        { "-- content/sources/s.md --\n---\ntitle: S\npublished: 2025-11-12\nurl: https://example.org/a\naccessed: 2025-11-10\n---\n" + Brief("a", body: "[@s]"), "BG2016 warning content/sources/s.md:5:11" },
        { Event("e", "2020", "location: Lima #centre"), "BG2015 warning content/events/e.md:4:16" },
        { "-- content/sources/s.md --\n---\ntitle: S\narchive_url: ftp://example.org/a\n---\n" + Brief("a", body: "[@s]"), "BG2012 error content/sources/s.md:3:14" },
        { "-- content/sources/s.md --\n---\ntitle: S\naccessed: 2025-11-09\nurl:   https://example.org/a b\n---\n" + Brief("a", body: "[@s]"), "BG2012 error content/sources/s.md:4:8" },

        // References and citations: body lines count from the file's first line.
        { Source + Actors + Brief("a", "actors: [pedro-castilo]"), "BG3001 error content/briefs/a.md:5:10" },
        { Source + Actors + Brief("a", "events: [peru]"), "BG3002 error content/briefs/a.md:5:10" },
        { Source + Brief("a", body: "See [[pedro-castilo]]. [@bbc]"), "BG3003 error content/briefs/a.md:7:5" },
        { Source + Brief("a", body: "Claim [@bbc; @bcc, p. 4]."), "BG3004 error content/briefs/a.md:7:14" },
        { Source + Actors + Brief("a", body: "Claim [@bbc] [@peru]."), "BG3002 error content/briefs/a.md:7:15" },
        { Source + Brief("a", body: "Nothing cited."), "BG3005 warning content/sources/bbc.md:1:1" },
        { Source + Brief("a", "draft: true") + Brief("b", body: "[[a]] [@bbc]"), "BG3007 warning content/briefs/b.md:7:1" },
        { Event("a", "2022-12") + Event("b", "2022-12-07", "after: [a]"), "BG3008 error content/events/b.md:4:9" },
        { Event("a", "2022", "after: [b]") + Event("b", "2022", "after: [a]"), "BG3009 error content/events/b.md:4:9" },
        { Event("a", "2022", "after: [a]"), "BG3009 error content/events/a.md:4:9" },
        { Source + Actors + Event("a", "2022", "after: [peru]"), "BG3002 error content/events/a.md:4:9" },
        { Source + Brief("a", "corrections: [{date: 2025-01-01, text: Fixed.}]"), "BG2011 error content/briefs/a.md:5:22" },
        { Source + Brief("a", "corrections: [{text: Fixed.}]"), "BG2007 error content/briefs/a.md:5:15" },
        { "-- content/sources/s.md --\n---\npublisher: P\n---\n", "BG2007 error content/sources/s.md:2:1" },
        { "-- content/site.yml --\ntitle: T\nlint: [citatons]\n", "BG2010 error content/site.yml:2:8" },

        // Bodies.
        { Source + Brief("a", body: "Text [@bbc] <b>bold</b>"), "BG4001 warning content/briefs/a.md:7:13; BG4001 warning content/briefs/a.md:7:20" },
        { Source + Brief("a", body: "[@bbc]\n\n<div>\nblock\n</div>"), "BG4001 warning content/briefs/a.md:9:1" },
        { Source + Brief("a", body: "[@bbc] [x](javascript:alert(1))"), "BG4002 error content/briefs/a.md:7:8" },
        { Source + Brief("a", body: "[@bbc] [x](http://example.org)"), "BG4003 warning content/briefs/a.md:7:8" },
        { Brief("a", body: new string('>', 40) + " deep"), "BG4004 error content/briefs/a.md:7:25" },
        // A list as deep as Markdig gives up on is reported where it passes the limit, as a shallower one is.
        { Brief("a", body: string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', 2 * i) + "- x\n"))), "BG4004 error content/briefs/a.md:31:49" },
        { Brief("a", body: string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- x\n"))), "BG4004 error content/briefs/a.md:31:49" },
        // At the limits, not past them: 24 quotes written "> > >", 20 numbered lists each indented under the last, 100 columns with outer bars.
        { Source + Brief("a", body: "[@bbc]\n\n" + string.Concat(Enumerable.Repeat("> ", 24)) + "x"), "" },
        { Source + Brief("a", body: "[@bbc]\n\n" + string.Join("\n", Enumerable.Range(0, 20).Select(i => new string(' ', 3 * i) + "1. item"))), "" },
        { Source + Brief("a", body: "[@bbc]\n\n|" + string.Concat(Enumerable.Repeat(" a |", 100)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 100)) + "\n|" + string.Concat(Enumerable.Repeat(" b |", 100))), "" },
        { Brief("a", body: string.Concat(Enumerable.Repeat("[a](", 6000))), "BG4005 error content/briefs/a.md:7:20001" },
        { Source + Brief("a", body: "[@bbc] and [@Not Valid]"), "BG4006 error content/briefs/a.md:7:12" },
        { Source + Brief("a", body: "[@bbc] and [[Bad Id]]"), "BG4006 error content/briefs/a.md:7:12" },
        { Source + Brief("a", body: "[@bbc] and [@bbc, p. 4 [note]]"), "BG4006 error content/briefs/a.md:7:12" },
        // Left open, in a quote and in a table cell (the next cell's ']' does not close it).
        { Source + Brief("a", body: "> Claim [@bbc\n> more [@bbc]."), "BG4006 error content/briefs/a.md:7:9" },
        { Source + Brief("a", body: "[@bbc]\n\n| a | b |\n|---|---|\n| [[bbc | [x] |"), "BG4006 error content/briefs/a.md:11:3" },
        { Source + Brief("a", body: "[@bbc] [@bbc](https://example.org/r)"), "BG3010 warning content/briefs/a.md:7:8" },
        { Source + Brief("a", body: "[@bbc] [[bbc#part-two]]"), "BG3011 warning content/briefs/a.md:7:8" },
        { Source + Brief("a", "former_ids: [b]") + Brief("b"), "BG3012 error content/briefs/a.md:5:14" },
        { Source + Brief("b") + Brief("a", body: "[@bbc] [[b#part-two]](https://example.org/r)"), "BG3010 warning content/briefs/a.md:7:8" },
        { Source + Brief("a", body: "Claim [@bbc].\n\nA bell\u0007 rang\u007f [@bbc]."), "BG4007 warning content/briefs/a.md:9:7" },
        // Notes: a marker with no note is shown as text; a note never marked, or the second of two with one name, is never shown.
        { Source + Brief("a", body: "Claim[^one] [@bbc].\n\n[^1]: The note."), "BG4008 warning content/briefs/a.md:7:6; BG4008 warning content/briefs/a.md:9:1" },
        { Source + Brief("a", body: "Claim[^1] [@bbc].\n\n[^1]: The note.\n[^1]: Another note."), "BG4008 warning content/briefs/a.md:10:1" },
        // A path from the site root works under serve, and nowhere the site is under a sub-path or on disk.
        { Source + Brief("b") + Brief("a", body: "[@bbc] [x](/briefs/b/)"), "BG4009 warning content/briefs/a.md:7:8" },
        // Front matter text is plain: a citation or link there is shown as written.
        { Source + Brief("a") + Event("e", "2020", "summary: Talks with [[bbc]] fail [@bbc]"), "BG2014 warning content/events/e.md:4:10" },
        // A path from the page that leads nowhere; the pages it does reach, a file that is not a page and a fragment pass.
        { Source + Brief("b") + Brief("a", body: "[@bbc] [x](../../briefs/c/index.html) [y](../b/) [z](../../timeline/index.html#y2025) [d](../../data/briefs.json) [f](#references)"), "BG4010 warning content/briefs/a.md:7:8" },
        // A heading of no words, and a link of none: raw HTML shown as text and an address shown as itself are words.
        { Source + Brief("a", body: "[@bbc] See [](https://example.org/) and <https://example.org/>.\n\n#\n\n## <b>bold</b>"), "BG4012 warning content/briefs/a.md:7:12; BG4012 warning content/briefs/a.md:9:1; BG4001 warning content/briefs/a.md:11:4; BG4001 warning content/briefs/a.md:11:11" },
        { Source + Brief("a", body: "[@bbc] {{% note %}}"), "BG4013 warning content/briefs/a.md:7:8" },
        { Source + Brief("a").Replace("title: Brief a", "title: “Quoted”"), "BG2017 warning content/briefs/a.md:2:8" },
        // A link whose text is a citation is told so, not also that it has no words.
        { Source + Brief("a", body: "[@bbc] C [[@bbc]](https://example.org/)"), "BG4006 error content/briefs/a.md:7:11" },

        // Loading.
        { "-- content/briefs/Bad_Name.md --\n---\ntitle: x\n---\n", "BG1004 error content/briefs/Bad_Name.md:1:1" },
        { Source + Event("dup", "2020") + Brief("dup"), "BG1005 error content/briefs/dup.md:1:1; BG1005 error content/events/dup.md:1:1" },
        { "-- content/notes.txt --\nhello\n", "BG1003 error content/notes.txt:1:1" },
        { "-- content/briefs/sub/a.md --\nhello\n", "BG1003 error content/briefs/sub/a.md:1:1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_problem_is_reported_at_its_exact_place_and_nothing_else(string files, string expected)
    {
        var result = TestSite.Check(files);
        Assert.Equal(expected, string.Join("; ", result.Diagnostics.Select(d => $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Location}")));
        Assert.Equal(result.Diagnostics.Any(d => d.Severity == Severity.Error), !result.Succeeded);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_pinned_case()
    {
        var pinned = Cases().SelectMany(row => ((string)row[1]).Split("; ").Select(d => d.Split(' ')[0])).Concat(OtherwisePinned).ToHashSet();
        var missing = DiagnosticCodes.All.Select(c => c.Id).Where(id => !pinned.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "codes without a test: " + string.Join(", ", missing));
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
        // The list is written by hand: a code declared but left out of it would escape this test.
        var declared = typeof(DiagnosticCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!);
        Assert.Equal(declared.Select(c => c.Id).Order(), DiagnosticCodes.All.Select(c => c.Id).Order());
    }

    /// <summary>Codes pinned by tests elsewhere, because they need bytes, links, templates or a rendered page the table cannot hold.</summary>
    private static readonly string[] OtherwisePinned = ["BG1001", "BG1002", "BG1006", "BG1007", "BG1008", "BG3006", "BG4011", "BG5001", "BG5002"];

    [Fact]
    public void A_file_or_folder_the_build_may_not_read_is_an_error_of_its_own_and_the_rest_is_checked()
    {
        // Unreadable to a CI user (chmod 000), a file stopped the run at the first one with "cannot read or
        // write a file" and exit code 2: no code, no line, and the second such file unnamed. (As root,
        // which reads everything, the disk cannot show this; the source hands out what it reads as such.)
        var source = new EntriesSource(
            new ContentEntry("actors", ContentEntryType.Unreadable, null),
            new ContentEntry("briefs", ContentEntryType.Directory, null),
            new ContentEntry("briefs/a.md", ContentEntryType.Unreadable, null),
            // What links to the unreadable brief is not also wrong, nor what names an actor the build could not list.
            new ContentEntry("briefs/b.md", ContentEntryType.File, "---\ntitle: B\ndate: 2025-01-01\nsummary: S\nactors: [peru]\n---\nAs [[a]] and [[castillo]] say.\n"u8.ToArray()),
            new ContentEntry("site.yml", ContentEntryType.File, "title: T\n"u8.ToArray()));
        Assert.Equal([
            "content/actors:1:1: error BG1008: the folder 'content/actors' cannot be listed by the user who builds the site (its permissions); make it readable and searchable (chmod a+rx), as the other folders are",
            "content/briefs/a.md:1:1: error BG1008: 'content/briefs/a.md' cannot be read by the user who builds the site (its permissions); make it readable (chmod a+r), as the other files are",
        ], SiteBuilder.Check(source, new BuildOptions()).Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format()));
        // With the briefs unlisted, no source can be said to be uncited.
        var unlistedBriefs = new EntriesSource(new ContentEntry("briefs", ContentEntryType.Unreadable, null),
            new ContentEntry("sources/s.md", ContentEntryType.File, "---\ntitle: S\npublisher: P\nkind: report\n---\n"u8.ToArray()),
            new ContentEntry("site.yml", ContentEntryType.File, "title: T\n"u8.ToArray()));
        Assert.Equal(["BG1008"], SiteBuilder.Check(unlistedBriefs, new BuildOptions()).Diagnostics.Select(d => d.Code));
        // An unreadable site.yml is that, not a missing one.
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(new EntriesSource(new ContentEntry("site.yml", ContentEntryType.Unreadable, null)), diagnostics);
        Assert.Equal(["content/site.yml:1:1: error BG1008: 'content/site.yml' cannot be read by the user who builds the site (its permissions); make it readable (chmod a+r), as the other files are"],
            diagnostics.Sorted().Select(d => d.Format()));
    }

    private sealed class EntriesSource(params ContentEntry[] entries) : IContentSource
    {
        public string DisplayRoot => "content";
        public IEnumerable<ContentEntry> Entries() => entries;
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bytes = "---\ntitle: caf"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\n---\n"u8.ToArray()).ToArray();
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(new BytesSource(("briefs/a.md", bytes)), diagnostics);
        DiagnosticAssert.At(diagnostics.Sorted(), "BG1001", "content/briefs/a.md:2:11");
    }

    [Fact]
    public void An_entry_handed_out_again_is_examined_once_and_a_bad_one_is_reported_every_time()
    {
        var bad = "---\ntitle: caf"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\n---\n"u8.ToArray()).ToArray();
        // Like serve's source, this one hands out the same entries again for unchanged files.
        var source = new BytesSource(("briefs/a.md", "---\ntitle: A\n---\nText.\n"u8.ToArray()), ("briefs/b.md", bad));
        var (first, second) = (new DiagnosticBag(), new DiagnosticBag());
        var before = ContentLoader.Load(source, first);
        var after = ContentLoader.Load(source, second);
        // The same document and string, so the parse cache sees at once that the text is unchanged.
        Assert.Same(before.Documents.Single(), after.Documents.Single());
        Assert.Same(before.Documents.Single().File.Text, after.Documents.Single().File.Text);
        DiagnosticAssert.At(first.Sorted(), "BG1001", "content/briefs/b.md:2:11");
        DiagnosticAssert.At(second.Sorted(), "BG1001", "content/briefs/b.md:2:11");
    }

    [Fact]
    public void An_oversized_file_is_refused_without_parsing()
    {
        var bytes = new byte[ContentLayout.MaxFileBytes + 1];
        Array.Fill(bytes, (byte)'a');
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(new BytesSource(("briefs/a.md", bytes)), diagnostics);
        DiagnosticAssert.At(diagnostics.Sorted(), "BG1006", "content/briefs/a.md:1:1");
    }

    [Fact]
    public void A_missing_site_config_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(new InMemoryContentSource(new Dictionary<string, string>()), diagnostics);
        // Reported at the folder, not at line 1 of a file that does not exist.
        var missing = DiagnosticAssert.At(diagnostics.Sorted(), "BG1007", "content");
        Assert.Equal("content: error BG1007: the content folder 'content' has no site.yml; create content/site.yml with at least 'title: Your site'", missing.Format());
    }

    [Fact]
    public void Unknown_ids_come_with_a_did_you_mean_hint()
    {
        var result = TestSite.Check(Source + Actors + Brief("a", "actors: [pedro-castilo]"));
        var diagnostic = DiagnosticAssert.At(result.Diagnostics, "BG3001", "content/briefs/a.md:5:10");
        Assert.Equal("unknown actor 'pedro-castilo' in 'actors'; did you mean 'pedro-castillo'?", diagnostic.Message);
    }

    [Fact]
    public void Every_problem_of_a_run_is_reported_sorted_by_file_and_line()
    {
        var result = TestSite.Check(Source + Brief("b", "titel: x", body: "[[nope]] [@bbc]") + Brief("a", date: "2019-02-30", body: "[@nobody]"));
        var locations = result.Diagnostics.Select(d => d.Location.ToString()).ToList();
        Assert.Equal(["content/briefs/a.md:3:7", "content/briefs/a.md:7:2", "content/briefs/b.md:5:1", "content/briefs/b.md:7:1"], locations);
    }

    [Fact]
    public void Crlf_and_a_byte_order_mark_keep_positions_right()
    {
        var text = "\uFEFF---\r\ntitle: A\r\ndate: 2025-01-01\r\nsummary: S\r\ntitel: x\r\n---\r\n\r\n[[nope]]\r\n";
        var content = new Dictionary<string, string> { ["site.yml"] = "title: T\r\n", ["briefs/a.md"] = text };
        var result = SiteBuilder.Check(new InMemoryContentSource(content), new BuildOptions());
        DiagnosticAssert.At(result.Diagnostics, "BG2005", "content/briefs/a.md:5:1");
        DiagnosticAssert.At(result.Diagnostics, "BG3003", "content/briefs/a.md:8:1");
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        var files = Source + Brief("a", body: "Nothing cited.");
        Assert.True(TestSite.Check(files).Succeeded);
        var strict = TestSite.Check(files, new BuildOptions { Strict = true });
        Assert.False(strict.Succeeded);
        Assert.All(strict.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Strict_fails_on_a_warning_alone_and_still_renders_to_check_the_pages()
    {
        // The pages render so that what only they show is reported too; the failed build publishes
        // none of them (the CLI drops its staging folder: CliTests).
        var files = Source + Brief("a", body: "Nothing cited. [Below](#nowhere).");
        Assert.True(TestSite.Build(files).Has("briefs/a/index.html"));
        var strict = TestSite.Build(files, new BuildOptions { Strict = true });
        Assert.False(strict.Result.Succeeded);
        Assert.Equal(["BG4011", "BG3005"], strict.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Nothing_is_written_when_there_are_errors()
    {
        var site = TestSite.Build(Source + Brief("a", body: "[[missing]] [@bbc]"));
        Assert.False(site.Result.Succeeded);
        Assert.Empty(site.Output.Files);
    }

    private sealed class BytesSource(params (string Path, byte[] Bytes)[] files) : IContentSource
    {
        public string DisplayRoot => "content";

        private readonly ContentEntry[] _entries = [.. files.Select(f => new ContentEntry(f.Path, ContentEntryType.File, f.Bytes)),
            new ContentEntry("site.yml", ContentEntryType.File, "title: T\n"u8.ToArray())];

        public IEnumerable<ContentEntry> Entries() => _entries;
    }
}
