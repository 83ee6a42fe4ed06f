using System.Text.Json;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Every claim traceable to its source, and every source to its claims.</summary>
public class CitationTests
{
    [Fact]
    public void Sources_are_numbered_by_first_appearance_and_reuse_their_number()
    {
        var site = TestSite.Build(Sources("a", "b") + Brief("x", body: "One [@b]. Two [@a]. Three [@b]."));
        var page = site.AssertClean().Page("briefs/x/index.html");
        var markers = page.QuerySelectorAll(".body sup.citation a");
        Assert.Equal(["1", "2", "1"], markers.Select(m => m.TextContent));
        Assert.Equal(["#ref-b", "#ref-a", "#ref-b"], markers.Select(m => m.GetAttribute("href")));
        var entries = page.QuerySelectorAll("section#references > ol > li");
        Assert.Equal(["ref-b", "ref-a"], entries.Select(li => li.Id));
        Assert.Equal(["1", "2"], entries.Select(li => li.GetAttribute("value")));
    }

    [Fact]
    public void A_link_to_a_section_of_another_page_leads_to_its_heading()
    {
        // As wikis and Obsidian write it: [[id#section]], by the heading's id (a second "Background" is background-1).
        var site = TestSite.Build(Source + Brief("b", body: "## Background\n\nOne [@bbc].\n\n## Background\n\nTwo [@bbc].\n\n## ما حدث\n\nThree [@bbc].")
            + Brief("a", body: "See [[b#background-1]], [[b#background|the first part]] and [[b#ما-حدث|what happened]] [@bbc].")).AssertClean();
        var links = site.Page("briefs/a/index.html").QuerySelectorAll(".body a.xref");
        Assert.Equal(["../../briefs/b/index.html#background-1", "../../briefs/b/index.html#background", "../../briefs/b/index.html#%D9%85%D8%A7-%D8%AD%D8%AF%D8%AB"],
            links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Brief b", "the first part", "what happened"], links.Select(a => a.TextContent));
        // A browser decodes the fragment before it looks for the id.
        var target = site.Page("briefs/b/index.html");
        Assert.All(links, a => Assert.NotNull(target.GetElementById(Uri.UnescapeDataString(a.GetAttribute("href")!.Split('#')[1]))));
    }

    [Fact]
    public void Right_to_left_fields_of_a_citation_are_isolated_so_each_reads_whole_in_its_place()
    {
        // Between two Arabic fields the citation's ',”' joined them into one right-to-left run: the publisher was read first.
        const string arabic = "-- content/sources/aj.md --\n---\ntitle: \"هل قطعت بيرو العلاقات؟ نعم!\"\npublisher: \"الجزيرة\"\nauthors: [\"أحمد علي\", \"محمد حسن\"]\nkind: article\npublished: 2025-11-04\n---\n" +
            "-- content/sources/q.md --\n---\ntitle: \"هل قطعت بيرو العلاقات؟\"\nkind: article\npublished: 2025-11-04\n---\n";
        var brief = Brief("x", body: "One [@aj]. Two [@a].").Replace("title: Brief x", "title: \"بيان الوزارة\"");
        var page = TestSite.Build(arabic + Sources("a") + brief.Replace("Two [@a].", "Two [@a]. Three [@q].")).AssertClean().Page("briefs/x/index.html");
        // Each name on its own: one isolate around both laid "and" out right to left, the second author first.
        Assert.Equal(["أحمد علي", "محمد حسن", "هل قطعت بيرو العلاقات؟ نعم!", "الجزيرة"], page.QuerySelectorAll("#ref-aj bdi").Select(b => b.TextContent));
        // A title's own '!' or Arabic '؟' still stands for the comma, inside the isolate.
        Assert.StartsWith("أحمد علي and محمد حسن, “هل قطعت بيرو العلاقات؟ نعم!” الجزيرة, ", page.QuerySelector("#ref-aj")!.TextContent);
        Assert.StartsWith("“هل قطعت بيرو العلاقات؟” ", page.QuerySelector("#ref-q")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#ref-a bdi"));
        Assert.Equal(["بيان الوزارة"], page.QuerySelectorAll(".cite-this bdi").Select(b => b.TextContent));
    }

    [Fact]
    public void A_citation_wrapped_onto_an_indented_or_quoted_line_is_placed_where_its_source_is_written()
    {
        // The line a citation wraps onto loses its indent or '> ' in the paragraph's text: the unknown
        // source was placed at 8:1 and 10:1, and a wrap straight after '[' left the citation as text.
        var result = TestSite.Check(Sources("a") + Brief("x", body: "Claim text here [@a;\n    @missing, p. 4].\n\n> Claim [@a;\n> @absent].\n\nMore words [\n@a]."));
        Assert.Equal(["content/briefs/x.md:8:5: error BG3004", "content/briefs/x.md:11:3: error BG3004"],
            result.Diagnostics.Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
        var page = TestSite.Build(Sources("a") + Brief("x", body: "Claim text here [@a;\n    @a, p. 4].\n\n> Claim [@a;\n> @a].\n\nMore words [\n@a].")).AssertClean().Page("briefs/x/index.html");
        Assert.Equal(3, page.QuerySelectorAll(".body sup.citation").Length);
        Assert.DoesNotContain("@a", page.QuerySelector(".body")!.TextContent);
    }

    [Fact]
    public void A_link_wrapped_onto_an_indented_line_ends_where_it_ends_in_the_file()
    {
        // Its end was counted from its start in the paragraph's text, ten columns short: the
        // control character written at the end of its text was then placed at the link's start.
        var result = TestSite.Check(Actors + Brief("x", body: "- See [[peru|the\n          country&#1;]] now."));
        Assert.Equal(["content/briefs/x.md:8:18: warning BG4007"], result.Diagnostics.Where(d => d.Location.File == "content/briefs/x.md").Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
    }

    [Fact]
    public void Each_reference_entry_links_back_to_every_marker_that_cites_it()
    {
        var page = TestSite.Build(Sources("a") + Brief("x", body: "One [@a]. Two [@a, p. 4].")).AssertClean().Page("briefs/x/index.html");
        var backrefs = page.QuerySelectorAll("li#ref-a .backref").ToList();
        Assert.Equal(["a", "b"], backrefs.Select(b => b.TextContent));
        foreach (var backref in backrefs)
        {
            var marker = page.GetElementById(backref.GetAttribute("href")![1..]);
            Assert.NotNull(marker);
            Assert.Equal("#ref-a", marker!.GetAttribute("href"));
        }
        Assert.Equal("p. 4", page.QuerySelector("li#ref-a .locator")!.TextContent);
    }

    [Fact]
    public void A_multi_citation_renders_one_marker_per_source_with_its_locator()
    {
        var page = TestSite.Build(Sources("a", "b") + Brief("x", body: "Claim [@a; @b, ch. 2].")).AssertClean().Page("briefs/x/index.html");
        var sups = page.QuerySelectorAll(".body sup.citation");
        Assert.Single(sups);
        Assert.Equal(["1", "2"], sups[0].QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector("li#ref-a .locator"));
        Assert.Equal("ch. 2", page.QuerySelector("li#ref-b .locator")!.TextContent);
    }

    [Fact]
    public void A_citation_and_a_link_broken_across_lines_by_an_editor_still_work()
    {
        var page = TestSite.Build(Sources("a", "b") + Brief("x", body: "Claim [@a, p.\n4; @b] as [[b|the\nreport]] says.\n\n> Quoted [@b,\n> ch. 2]."))
            .AssertClean().Page("briefs/x/index.html");
        Assert.Equal(["1", "2", "2"], page.QuerySelectorAll(".body sup.citation a").Select(a => a.TextContent));
        Assert.Equal("p. 4", page.QuerySelector("li#ref-a .locator")!.TextContent);
        Assert.Equal("ch. 2", page.QuerySelector("li#ref-b .locator")!.TextContent);
        var link = page.QuerySelector(".body a.xref")!;
        Assert.Equal("the report", link.TextContent);
        Assert.Equal("../../sources/b/index.html", link.GetAttribute("href"));
        Assert.DoesNotContain("[@", page.QuerySelector(".body")!.TextContent);
    }

    [Fact]
    public void Citations_and_links_written_side_by_side_or_before_a_note_marker_all_work()
    {
        var page = TestSite.Build(Sources("a", "b") + Brief("x", body: "One [@a][^n]. Two [@a][@b]. Three [[b]][[b|again]]. Four [@b][see](https://example.org/s).\n\n" +
            "Five [@handle][ref] is a link by reference. Six [@b](see below).\n\n[^n]: The note.\n\n[ref]: https://example.org/ref")).AssertClean().Page("briefs/x/index.html");
        var body = page.QuerySelector(".body")!;
        Assert.Equal(["1", "1", "2", "2", "2"], body.QuerySelectorAll("sup.citation a").Select(a => a.TextContent));
        Assert.Equal(["b", "again"], body.QuerySelectorAll("a.xref").Select(a => a.TextContent == "Title b" ? "b" : a.TextContent));
        Assert.Single(body.QuerySelectorAll("a.footnote-ref, sup a[href^='#fn']"));
        Assert.Equal("https://example.org/s", body.QuerySelectorAll("a").Single(a => a.TextContent == "see").GetAttribute("href"));
        Assert.Equal("https://example.org/ref", body.QuerySelectorAll("a").Single(a => a.TextContent == "@handle").GetAttribute("href"));
        Assert.Contains("(see below)", body.TextContent);
        Assert.DoesNotContain("[@", body.TextContent);
        Assert.DoesNotContain("[[", body.TextContent);
    }

    [Fact]
    public void A_citation_spaced_inside_its_brackets_is_still_a_citation_and_a_lone_at_sign_is_text()
    {
        var page = TestSite.Build(Sources("a") + Brief("x", body: "Claim [ @a ] and [ @a, p. 4 ]. The sign [ @ ] is text.")).AssertClean().Page("briefs/x/index.html");
        Assert.Equal(["1", "1"], page.QuerySelectorAll(".body sup.citation a").Select(a => a.TextContent));
        Assert.Equal("p. 4", page.QuerySelector("li#ref-a .locator")!.TextContent);
        Assert.Contains("[ @ ]", page.QuerySelector(".body")!.TextContent);
    }

    [Fact]
    public void A_reference_with_locators_or_passages_keeps_them_in_view_and_back_links_past_z_are_lettered_like_notes()
    {
        var uses = string.Join(" ", Enumerable.Range(1, 30).Select(i => i == 3 ? "[@a, p. 3, \"the words\"]" : "[@a]"));
        var page = TestSite.Build(Sources("a", "b", "c") + Brief("x", body: $"{uses} [@b] [@c] [@c] [@c] [@c].")).AssertClean().Page("briefs/x/index.html");
        // Thirty uses, one with a page and a passage: not folded under "Cited at 30 places".
        Assert.Null(page.QuerySelector("li#ref-a details"));
        Assert.Equal("the words", page.QuerySelector("li#ref-a span.backrefs.annotated q.passage")!.TextContent);
        Assert.Equal("p. 3", page.QuerySelector("li#ref-a .locator")!.TextContent);
        Assert.Equal(["y", "z", "aa", "ab", "ac", "ad"], page.QuerySelectorAll("li#ref-a a.backref").Skip(24).Select(a => a.TextContent));
        // Uses without either still fold, and a single back-link is labelled as one.
        Assert.NotNull(page.QuerySelector("li#ref-c details.backrefs"));
        Assert.Equal("Back to the citation", page.QuerySelector("li#ref-b a.backref")!.GetAttribute("aria-label"));
        Assert.Equal("Back to citation b", page.QuerySelectorAll("li#ref-c a.backref")[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void A_source_named_twice_in_one_group_shows_its_number_once()
    {
        var page = TestSite.Build(Sources("a", "b") + Brief("x", body: "Claim [@a; @b; @a]. Other [@a, p. 4; @a, p. 9].")).AssertClean().Page("briefs/x/index.html");
        var sups = page.QuerySelectorAll(".body sup.citation");
        Assert.Equal(["[1, 2]", "[1]"], sups.Select(s => s.TextContent));
        // Every use keeps its back-link (and its locator), and each lands on the one number shown.
        Assert.Equal(["a", "b", "c", "d"], page.QuerySelectorAll("li#ref-a .backref").Select(b => b.TextContent));
        Assert.Equal(["p. 4", "p. 9"], page.QuerySelectorAll("li#ref-a .locator").Select(l => l.TextContent));
        foreach (var backref in page.QuerySelectorAll("li#ref-a .backref"))
        {
            var target = page.GetElementById(backref.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal("sup", target!.Closest("sup.citation")?.LocalName);
        }
        var alt = TestSite.Build(Sources("a", "b") + Brief("x",
                body: "## Figure\n\nText [@b]. ![Chart [@a, fig. 2; @a]](https://example.org/c.png) ![Map [@b, p. 7]](https://example.org/m.png) [@b]"))
            .AssertClean().Page("briefs/x/index.html");
        Assert.Equal("Chart [2]", alt.QuerySelector(".body img[src$='c.png']")!.GetAttribute("alt"));
        Assert.Equal("Map [1]", alt.QuerySelector(".body img[src$='m.png']")!.GetAttribute("alt"));
        // An image's description is plain text: the reference list links back to the image, with the locator given there.
        Assert.Equal(["#figure-1", "#figure-1"], alt.QuerySelectorAll("li#ref-a .backref").Select(b => b.GetAttribute("href")));
        Assert.Equal(["fig. 2"], alt.QuerySelectorAll("li#ref-a .locator").Select(l => l.TextContent));
        Assert.Equal(["#cite-b-1", "#figure-2", "#cite-b-3"], alt.QuerySelectorAll("li#ref-b .backref").Select(b => b.GetAttribute("href")));
        Assert.Equal(["p. 7"], alt.QuerySelectorAll("li#ref-b .locator").Select(l => l.TextContent));
        Assert.Equal("h2", alt.GetElementById("figure")!.LocalName);
        Assert.All(alt.QuerySelectorAll("#references a[href^='#']"), a => Assert.NotNull(alt.GetElementById(a.GetAttribute("href")![1..])));
        // A heading's id never depends on where a cited image stands: after one, "## Figure" is still #figure.
        var after = TestSite.Build(Sources("a") + Brief("x", body: "![Chart [@a]](https://example.org/c.png)\n\n## Figure\n\nText [@a].")).AssertClean().Page("briefs/x/index.html");
        Assert.Equal(("figure", "figure-1"), (after.QuerySelector(".body h2")!.Id, after.QuerySelector(".body img")!.Id));
        // An image inside another's description is that one's text: the back-link goes to the outer image.
        var nested = TestSite.Build(Sources("a") + Brief("x", body: "Text [@a]. ![Outer ![inner [@a, p. 3]](https://example.org/i.png)](https://example.org/o.png)"))
            .AssertClean().Page("briefs/x/index.html");
        Assert.Equal("figure", nested.QuerySelector(".body img[src$='o.png']")!.Id);
        Assert.All(nested.QuerySelectorAll("#references a[href^='#']"), a => Assert.NotNull(nested.GetElementById(a.GetAttribute("href")![1..])));
        // Another page may link to a cited figure as to a section; a figure is never offered for a section that is not there.
        Assert.Empty(TestSite.Check(Sources("a") + Brief("x", body: "![Chart [@a]](https://example.org/c.png)") + Brief("y", body: "See [[x#figure]]. [@a]")).Diagnostics);
        var missing = TestSite.Check(Sources("a") + Brief("x", body: "## Figures\n\n![Chart [@a]](https://example.org/c.png) ![Map [@a]](https://example.org/m.png)") + Brief("y", body: "See [[x#figure-9]]. [@a]"));
        Assert.Equal("[[x#figure-9]] leads to no section of the brief 'x': it has no heading with the id 'figure-9'; did you mean [[x#figures]]?",
            DiagnosticAssert.At(missing.Diagnostics, "BG3011", "content/briefs/y.md:7:5").Message);
    }

    [Fact]
    public void A_link_to_another_pages_reference_entry_or_citation_marker_is_checked_against_what_it_cites()
    {
        var x = Brief("x", body: "Text [@a]. More [@a, p. 2]. ![Chart [@a]](https://example.org/c.png)");
        var e = Event("e", "2025-01", "sources: [b]");
        var links = "[[x#ref-a]] [[x#cite-a-2]] [[x#cite-this]] [[e#ref-b]] [[x#ref-b]] [[x#cite-a-3]] [[x#cite-a-9]] [r](../x/index.html#ref-b) [@a] [@b]";
        var check = TestSite.Check(Sources("a", "b") + x + e + Brief("y", body: links));
        // The third use of 'a' is in an image's description: its back-link goes to the image, and no marker has its number.
        Assert.Equal([
            "content/briefs/y.md:7:56: [[x#ref-b]] leads to no place on the brief 'x': it cites no source 'b', so it has no reference entry with that id",
            "content/briefs/y.md:7:68: [[x#cite-a-3]] leads to no place on the brief 'x': it has no citation marker with that id",
            "content/briefs/y.md:7:83: [[x#cite-a-9]] leads to no place on the brief 'x': it has no citation marker with that id",
        ], check.Diagnostics.Where(d => d.Code == "BG3011").Select(d => $"{d.Location}: {d.Message}"));
        Assert.Equal("link address '../x/index.html#ref-b' leads to no place on the brief 'x': it cites no source 'b', so it has no reference entry with that id",
            DiagnosticAssert.At(check.Diagnostics, "BG4011", "content/briefs/y.md:7:98").Message);
        // What the check lets pass is there on the built page.
        var page = TestSite.Build(Sources("a", "b") + x + e + Brief("y", body: "[@a] [@b]")).Page("briefs/x/index.html");
        Assert.All(new[] { "ref-a", "cite-a-2", "cite-this" }, id => Assert.NotNull(page.GetElementById(id)));
    }

    [Fact]
    public void Note_markers_side_by_side_or_before_a_citation_are_each_a_marker()
    {
        // Markdig read "[^a][^b]" as one reference link to note b (note a's marker vanished) and
        // "[^b][@s]" as text followed by the citation; GitHub shows two markers each time.
        var body = "First.[^a]\n\nBoth.[^a][^b]\n\nThen cited.[^b][@a]\n\nAn address [^c](https://example.org/c) and [^none][^b].\n\n"
            + "A coup![^a][^b] And another![^b][@a] In full[^a][].\n\n"
            + "[^a]: Note a [@a].\n\n[^b]: Note b [@a].\n\n[^c]: Note c [@a].";
        var site = TestSite.Build(Sources("a") + Brief("x", body: body));
        var paragraphs = site.Page("briefs/x/index.html").QuerySelectorAll(".body > p");
        string[] markers(int i) => paragraphs[i].QuerySelectorAll("sup.note-ref a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["a"], markers(0));
        Assert.Equal(["a", "b"], markers(1));
        Assert.Equal(["b"], markers(2));
        Assert.Equal("Then cited.b[1]", paragraphs[2].TextContent);
        // Followed by an address it is an ordinary link, as before, and its note is not marked.
        Assert.Equal("https://example.org/c", paragraphs[3].QuerySelector("a[href^='https']")?.GetAttribute("href"));
        // Before another marker it is not taken for a link to that one's note: it stays text, reported.
        Assert.Equal(["b"], markers(3));
        Assert.Contains("and [^none]b.", paragraphs[3].TextContent);
        // After an exclamation mark too: it took the first marker for an image with a reference.
        Assert.Equal(["a", "b", "b", "a"], markers(4));
        Assert.Equal("A coup!ab And another!b[1] In fulla.", paragraphs[4].TextContent);
        Assert.Equal(["content/briefs/x.md:13:44: warning BG4008: note marker '[^none]' has no note, so it is shown as text; write the note on a line '[^none]: ...' at the end of the body",
            "content/briefs/x.md:21:1: warning BG4008: note '[^c]' is not marked anywhere in the text, so it is not shown; put '[^c]' where it belongs, or remove the note"], site.Diagnostics.Select(d => d.Format()));
    }

    [Fact]
    public void Escaped_markers_and_code_spans_stay_literal_and_footnotes_keep_working()
    {
        // Escaped and in code, a note marker is text and no missing note (BG4008); a note's name ignores case, as Markdown's does.
        var body = "Literal \\[@a] and `[@a]` then real [@a] and a note[^1], \\[^2] `[^3]` [^Named] [^ not a marker].\n\n[^1]: The note.\n\n[^named]: Named.";
        var page = TestSite.Build(Sources("a") + Brief("x", body: body)).AssertClean().Page("briefs/x/index.html");
        var paragraph = page.QuerySelector(".body p")!;
        Assert.Contains("Literal [@a]", paragraph.TextContent);
        Assert.Equal("[@a]", paragraph.QuerySelector("code")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".body sup.citation"));
        Assert.NotNull(page.QuerySelector(".body a.footnote-ref[href='#fn:1']"));
        Assert.NotNull(page.GetElementById("fn:1"));
    }

    [Fact]
    public void An_exclamation_mark_just_before_a_citation_a_link_or_a_note_marker_ends_the_sentence()
    {
        // Markdig read "![" as an image: the citation stayed text, its source read as uncited, and the note's '!' was lost.
        var body = "The president dissolved the Congress![@a] It was a coup![^1] See the actor![[peru]]\n\n![Chart [@b]](https://example.org/c.png)\n\n[^1]: So said the minister [@b].";
        var page = TestSite.Build(Sources("a", "b", "bbc") + Actors + Brief("x", body: body + " [@bbc]")).AssertClean().Page("briefs/x/index.html");
        var text = page.QuerySelector(".body p")!;
        Assert.Equal(["#ref-a"], text.QuerySelectorAll("sup.citation a").Select(a => a.GetAttribute("href")));
        Assert.Contains("a coup!", text.TextContent);
        Assert.NotNull(text.QuerySelector("sup.note-ref a[href='#fn:1']"));
        Assert.Equal("Peru", text.QuerySelector("a.xref")!.TextContent);
        Assert.Equal("Chart [2]", page.QuerySelector(".body img")!.GetAttribute("alt"));
        // An Obsidian embed is a [[link]] like any other, checked as one, without the '!'.
        DiagnosticAssert.At(TestSite.Check(Sources("a") + Brief("x", body: "Text [@a]. Embed ![[no-such-page]] here.")).Diagnostics, "BG3003", "content/briefs/x.md:7:19");
        var embedded = TestSite.Build(Sources("a", "bbc") + Actors + Brief("x", body: "Text [@a]. Embed ![[peru]] here. [@bbc]")).Page("briefs/x/index.html");
        Assert.StartsWith("Text\u00A0[1]. Embed Peru here.", embedded.QuerySelector(".body p")!.TextContent);
        // An image whose description starts with '@' is still an image.
        var image = TestSite.Build(Sources("a") + Brief("x", body: "Text [@a]. ![@un_news's post](https://example.org/x.png)")).AssertClean().Page("briefs/x/index.html");
        Assert.Equal("@un_news's post", image.QuerySelector(".body img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_note_no_marker_names_leaves_no_empty_notes_section()
    {
        var site = TestSite.Build(Sources("a") + Brief("x", body: "Text [@a].\n\n[^unused]: A note nobody marks."));
        DiagnosticAssert.At(site.Diagnostics, "BG4008", "content/briefs/x.md:9:1");
        var page = site.Page("briefs/x/index.html");
        Assert.Null(page.QuerySelector(".body section.notes"));
        Assert.DoesNotContain("Notes", page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void Citations_work_in_event_and_actor_bodies_and_an_events_sources_list_shows_as_references()
    {
        var site = TestSite.Build(Sources("a", "b", "c") + Brief("x", body: "[@c]") +
            Event("e", "2020", "sources: [b, a]", "Event text [@a].") +
            "-- content/actors/p.md --\n---\nname: P\nkind: person\n---\nBio [@c].\n").AssertClean();
        var eventPage = site.Page("events/e/index.html");
        Assert.Equal(["ref-a", "ref-b"], eventPage.QuerySelectorAll("section#references li").Select(li => li.Id));
        Assert.Empty(eventPage.QuerySelectorAll("li#ref-b .backref"));
        Assert.Single(site.Page("actors/p/index.html").QuerySelectorAll("section#references li#ref-c"));
    }

    public static TheoryData<string, string> SourceFormats() => new()
    {
        { "title: Peru cuts ties\npublisher: BBC News\nauthors: [\"Tian, Yang\"]\npublished: 2025-11\nurl: https://www.bbc.com/news/x\naccessed: 2025-11-09\nkind: article",
          "Yang Tian, “Peru cuts ties,” BBC News, Nov 2025. https://www.bbc.com/news/x, accessed 9 Nov 2025." },
        { "title: Annual Review\npublisher: Institute\nauthors: [\"Doe, Jane\", \"Roe, Rick\"]\npublished: 2019\nkind: report",
          "Jane Doe and Rick Roe, Annual Review (report), Institute, 2019." },
        { "title: A History\npublisher: Press\nauthors: [\"A, B\", \"C, D\", \"E, F\", \"G, H\"]\npublished: 2001-02-03\nkind: book",
          "B A et al., A History, Press, 3 Feb 2001." },
        { "title: Statement on asylum\npublisher: Ministry\nkind: statement\nurl: https://example.org/s\naccessed: 2025-11-04\narchive_url: https://web.archive.org/x",
          "“Statement on asylum” (statement), Ministry, n.d. https://example.org/s, accessed 4 Nov 2025. Archived copy." },
        { "title: Data\nkind: dataset\npublished: 2020-05", "Data (dataset), May 2020." },
        // A name in Chinese, Japanese or Korean characters keeps its order, family name first and no space.
        { "title: 報告\nauthors: [\"田中, 花子\", \"佐々木, 健\", \"Tanaka, Hanako\"]\npublished: 2020\nkind: report",
          "田中花子, 佐々木健, and Hanako Tanaka, 報告 (report), 2020." },
        // A title's own question or exclamation mark stands for the comma or full stop after it (was "Break?,").
        { "title: Why did Peru break with Mexico?\npublisher: BBC News\npublished: 2025\nkind: article",
          "“Why did Peru break with Mexico?” BBC News, 2025." },
        { "title: Never again!\nkind: article", "“Never again!” n.d." },
        // A title's own full stop gives way to the comma after it (was "rules.,”"); an abbreviation's stays.
        { "title: New rules.\npublisher: Gazette\nkind: article", "“New rules,” Gazette, n.d." },
        { "title: Aid from the U.S.\npublisher: Gazette\nkind: article", "“Aid from the U.S.,” Gazette, n.d." },
        { "title: Rules and exceptions.\npublisher: Press\nkind: book", "Rules and exceptions, Press, n.d." },
        { "title: And then...\nkind: article", "“And then...,” n.d." },
        { "title: Smith & Co. ETC.\nkind: article", "“Smith & Co. ETC.,” n.d." },
        { "title: \".\"\nkind: article", "“.,” n.d." },
        { "title: Who governs?\npublisher: Press\nkind: book", "Who governs? Press, n.d." },
        { "title: Embassy notice\npublisher: Embassy of Mexico\nkind: web\nurl: https://example.org/n\naccessed: 2025-11-05",
          "“Embassy notice,” Embassy of Mexico, n.d. https://example.org/n, accessed 5 Nov 2025." },
    };

    [Theory]
    [MemberData(nameof(SourceFormats))]
    public void Each_source_kind_and_date_precision_is_formatted_in_one_style(string frontMatter, string expected)
    {
        var site = TestSite.Build($"-- content/sources/s.md --\n---\n{frontMatter}\n---\n" + Brief("x", body: "[@s]")).AssertClean();
        var entry = site.Page("briefs/x/index.html").QuerySelector("li#ref-s")!;
        var text = entry.TextContent[..entry.TextContent.IndexOf("source page", StringComparison.Ordinal)].Trim();
        Assert.Equal(expected, text);
        Assert.All(entry.QuerySelectorAll("a[href^='http']"), a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
    }

    [Fact]
    public void A_source_page_gives_its_citation_once_and_its_files_under_cite_this()
    {
        // It printed the same citation at its top and again under "Cite this source".
        var site = TestSite.Build(Sources("a") + Brief("x", body: "[@a]")).AssertClean();
        var page = site.Page("sources/a/index.html");
        var citation = Assert.Single(page.QuerySelectorAll("article p.citation, article .formatted-citation"));
        Assert.Equal("citation", citation.ClassName);
        Assert.Equal("As given at the top of this page, or download: BibTeX · RIS", page.QuerySelector("section.cite-this .citation-files")!.TextContent);
        Assert.Equal("Download: BibTeX · RIS", site.Page("briefs/x/index.html").QuerySelector("section.cite-this .citation-files")!.TextContent);
        Assert.Single(site.Page("briefs/x/index.html").QuerySelectorAll("section.cite-this .formatted-citation"));
    }

    [Fact]
    public void A_title_in_quotes_or_after_punctuation_files_under_its_first_word()
    {
        // Typographic quotes turn '"' into '“', which sorted after every letter: a quoted title came after "Zz last".
        static string Source(string id, string title) => $"-- content/sources/{id}.md --\n---\ntitle: '{title}'\n---\n";
        var site = TestSite.Build(Source("zz", "Zz last") + Source("quoted", "\"Mexico\" at the OAS") + Source("curly", "“Asylum” and the law")
            + Source("dots", "...and Bolivia") + Source("plain", "Congress votes") + Source("flag", "🇵🇪 Peru in figures")
            + Brief("x", body: "[@zz] [@quoted] [@curly] [@dots] [@plain] [@flag]")).AssertClean();
        Assert.Equal(["dots", "curly", "plain", "quoted", "flag", "zz"], site.Page("sources/index.html").QuerySelectorAll("li.source-entry").Select(li => li.Id));
    }

    [Fact]
    public void The_citation_index_lists_every_source_and_every_page_citing_it()
    {
        var site = TestSite.Build(Sources("a", "b", "unused") + Brief("x", body: "[@a] [@b]") + Brief("y", body: "[@b]", date: "2025-11-11") +
            Event("e", "2020", "sources: [b]") + Brief("wip", "draft: true", "[@unused]"));
        var index = site.Page("sources/index.html");
        Assert.Equal(["a", "b", "unused"], index.QuerySelectorAll("li.source-entry").Select(li => li.Id));
        // Unnumbered: a brief's [2] is its own numbering, and "1." here read as a number for the source.
        Assert.All(index.QuerySelectorAll("li.source-entry"), li => Assert.Equal("UL", li.ParentElement!.TagName));
        var citingB = index.QuerySelectorAll("li#b ul.cited-in a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../briefs/x/index.html#ref-b", "../briefs/y/index.html#ref-b", "../events/e/index.html#ref-b"], citingB);
        foreach (var href in citingB)
        {
            var target = site.Page(SiteTests.Resolve("sources/index.html", href!));
            Assert.NotNull(target.GetElementById("ref-b"));
        }
        Assert.NotNull(index.QuerySelector("li#unused .not-cited"));
    }

    [Fact]
    public void A_source_only_a_draft_cites_is_listed_as_not_cited_until_the_draft_is_published_but_is_no_warning()
    {
        // A pull request that adds a draft and the sources it cites must pass check --strict.
        var files = Sources("a", "idle") + Brief("wip", "draft: true", "[@a]") + Brief("x", body: "text");
        var withDrafts = TestSite.Build(files, new BuildOptions { IncludeDrafts = true });
        Assert.Single(withDrafts.Page("sources/index.html").QuerySelectorAll("li#a ul.cited-in a"));
        var published = TestSite.Build(files);
        Assert.NotNull(published.Page("sources/index.html").QuerySelector("li#a .not-cited"));
        Assert.Equal(["content/sources/idle.md"], TestSite.Check(files).Diagnostics.Where(d => d.Code == "BG3005").Select(d => d.Location.File));
        // A draft's body refused with an error may cite any source, as a published one's may: none is called uncited.
        var refused = TestSite.Check(Sources("a") + Brief("wip", "draft: true", "[@a]\n\n" + new string('>', 200)) + Brief("x", body: "text")).Diagnostics;
        Assert.Contains(refused, d => d.Code == "BG4004");
        Assert.DoesNotContain(refused, d => d.Code == "BG3005");
    }

    [Fact]
    public void The_by_publisher_view_groups_sources_under_their_publisher()
    {
        var site = TestSite.Build(Sources("a", "b") + Brief("x", body: "[@a] [@b]")).AssertClean();
        var page = site.Page("sources/by-publisher/index.html");
        Assert.Equal(["Publisher a", "Publisher b"], page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.NotNull(page.GetElementById("a"));
    }

    [Fact]
    public void Publishers_that_read_alike_are_one_group_under_the_spelling_most_sources_use()
    {
        // Accents encoded two ways, a doubled space, a lower-case copy: each was a group of its own
        // (two headings reading "Éditions Zèbre"), or the group took the first source's "the economist".
        static string Source(string id, string publisher) => $"-- content/sources/{id}.md --\n---\ntitle: Title {id}\npublisher: \"{publisher}\"\n---\n";
        var site = TestSite.Build(Source("a", "E\u0301ditions Ze\u0300bre") + Source("b", "\u00C9ditions Z\u00E8bre") + Source("c", "BBC  News") + Source("d", "BBC News")
            + Source("e", "the economist") + Source("f", "The Economist") + Source("g", "The Economist") + "-- content/sources/h.md --\n---\ntitle: Title h\n---\n"
            // Names that differ by more than case and Latin accents stay apart: a Thai tone mark changes the word.
            + Source("i", "@BBC News") + Source("j", "\u0E02\u0E48\u0E32\u0E27") + Source("k", "\u0E02\u0E32\u0E27")
            + Brief("x", body: "[@a] [@b] [@c] [@d] [@e] [@f] [@g] [@h] [@i] [@j] [@k]")).AssertClean();
        var page = site.Page("sources/by-publisher/index.html");
        Assert.Equal(["@BBC News", "BBC News", "\u00C9ditions Z\u00E8bre", "The Economist", "\u0E02\u0E32\u0E27", "\u0E02\u0E48\u0E32\u0E27", "No publisher given"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Equal([1, 2, 2, 3, 1, 1, 1], page.QuerySelectorAll("main h2").Select(h => h.NextElementSibling!.QuerySelectorAll(":scope > li").Length));
    }

    [Fact]
    public void Csl_json_export_round_trips_every_field()
    {
        var site = TestSite.Build("""
            -- content/sources/s.md --
            ---
            title: Peru cuts ties
            publisher: BBC News
            authors: ["Tian, Yang", "BBC Monitoring"]
            published: 2025-11
            url: https://www.bbc.com/news/x
            accessed: 2025-11-09
            archive_url: https://web.archive.org/x
            kind: article
            ---
            """ + "\n" + Brief("x", body: "[@s]")).AssertClean();
        using var json = JsonDocument.Parse(site.Output.Files["data/sources.json"]);
        var item = json.RootElement.EnumerateArray().Single();
        Assert.Equal("s", item.GetProperty("id").GetString());
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal("Peru cuts ties", item.GetProperty("title").GetString());
        Assert.Equal("Tian", item.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Yang", item.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("BBC Monitoring", item.GetProperty("author")[1].GetProperty("literal").GetString());
        Assert.Equal("BBC News", item.GetProperty("container-title").GetString());
        Assert.Equal([2025, 11], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2025, 11, 9], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("https://www.bbc.com/news/x", item.GetProperty("URL").GetString());
        Assert.Equal("https://web.archive.org/x", item.GetProperty("archive_location").GetString());
    }

    [Fact]
    public void An_author_with_a_suffix_keeps_it_apart_in_every_citation_and_a_source_page_names_every_author()
    {
        // "Smith, Jr., John" was read as family "Smith", given "Jr., John": "Jr., John Smith" everywhere.
        var site = TestSite.Build("""
            -- content/site.yml --
            title: T
            base_url: https://example.org/
            -- content/sources/s.md --
            ---
            title: Peru cuts ties
            publisher: BBC News
            authors: ["Smith, Jr., John", "Tian, Yang, III", "Ruiz, Ana", "Li, Bo", "BBC Monitoring", "Department of Health, Education, and Welfare", "Black and Decker, Jo", "Doe, Jane AND Evil"]
            published: 2025-11
            kind: article
            ---
            """ + "\n" + Brief("x", body: "[@s]")).AssertClean();
        var page = site.Page("sources/s/index.html");
        Assert.StartsWith("John Smith Jr. et al.,", page.QuerySelector("header .citation")!.TextContent);
        // Either order of a suffix is read: BibTeX's "Family, Suffix, Given" and reference managers' "Family, Given, Suffix".
        // More commas than a person's name has make an organisation's name, whole: it was family "Department of
        // Health", suffix "Education" and given "and Welfare" in every export.
        Assert.Equal("By John Smith Jr., Yang Tian III, Ana Ruiz, Bo Li, BBC Monitoring, Department of Health, Education, and Welfare, Jo Black and Decker and Jane AND Evil Doe", page.QuerySelector("header .byline")!.TextContent.Trim());
        Assert.Contains("author = {Smith, Jr., John and Tian, III, Yang and Ruiz, Ana and Li, Bo and {BBC Monitoring} and {Department of Health, Education, and Welfare}", site.Output.Text("sources/s/s.bib"));
        // BibTeX splits names at every "and" outside braces: "Black and Decker, Jo" was two authors.
        Assert.Contains(" and {Black and Decker}, Jo and Doe, {Jane AND Evil}}", site.Output.Text("sources/s/s.bib"));
        Assert.Contains("AU  - Smith, John, Jr.\r\n", site.Output.Text("sources/s/s.ris"));
        Assert.Equal("John Smith Jr.", page.QuerySelector("meta[name=citation_author]")!.GetAttribute("content"));
        using var csl = JsonDocument.Parse(site.Output.Files["data/sources.json"]);
        var first = csl.RootElement[0].GetProperty("author")[0];
        Assert.Equal(("Smith", "John", "Jr."), (first.GetProperty("family").GetString(), first.GetProperty("given").GetString(), first.GetProperty("suffix").GetString()));
        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var author = ld.RootElement.GetProperty("author")[0];
        Assert.Equal(("John Smith Jr.", "Jr."), (author.GetProperty("name").GetString(), author.GetProperty("honorificSuffix").GetString()));

        // A name inverted with Arabic's comma is a person's too: it was published as an organisation's,
        // whole, in every export. Chinese and Japanese list co-authors with their commas: "佐藤花子、鈴木一郎"
        // as one item is shown as written, never merged into one person "佐藤花子鈴木一郎".
        var scripts = TestSite.Build(Source.Replace("[\"Tian, Yang\"]", "[\"الخطيب, سامي\", \"حداد، ليلى\", \"佐藤花子、鈴木一郎\", \"张, 伟\"]") + Brief("x")).AssertClean();
        var byline = scripts.Page("sources/bbc/index.html");
        Assert.Equal("By سامي الخطيب, ليلى حداد, 佐藤花子、鈴木一郎 and 张伟", byline.QuerySelector("header .byline")!.TextContent.Trim());
        using var people = JsonDocument.Parse(byline.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(["Person", "Person", "Organization", "Person"], people.RootElement.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("@type").GetString()));
        Assert.Contains("author = {الخطيب, سامي and حداد, ليلى and {佐藤花子、鈴木一郎} and 张, 伟}", scripts.Output.Text("sources/bbc/bbc.bib"));

        // After a right-to-left name, "et al." is isolated with its full stop: the comma after it carried the stop to its other side.
        var many = TestSite.Build(Source.Replace("[\"Tian, Yang\"]", "[\"حداد، ليلى\", \"Ruiz, Ana\", \"Li, Bo\", \"Doe, Jane\"]") + Brief("x")).AssertClean();
        var isolated = many.Page("briefs/x/index.html").QuerySelector("#references li")!;
        Assert.Equal(["ليلى حداد", "et al."], isolated.QuerySelectorAll("bdi").Take(2).Select(b => b.TextContent));
        Assert.StartsWith("ليلى حداد et al., ", isolated.TextContent);
        var latin = TestSite.Build(Source.Replace("[\"Tian, Yang\"]", "[\"Tian, Yang\", \"Ruiz, Ana\", \"Li, Bo\", \"Doe, Jane\"]") + Brief("x")).Page("briefs/x/index.html").QuerySelector("#references li")!;
        Assert.StartsWith("Yang Tian et al., ", latin.TextContent);
        Assert.Empty(latin.QuerySelectorAll("bdi"));

        // Three authors are all in the citation, so the page names them once.
        var three = TestSite.Build(Source.Replace("[\"Tian, Yang\"]", "[\"Tian, Yang\", \"Ruiz, Ana\", \"Li, Bo\"]") + Brief("x")).AssertClean();
        Assert.StartsWith("Yang Tian, Ana Ruiz, and Bo Li,", three.Page("sources/bbc/index.html").QuerySelector("header .citation")!.TextContent);
        Assert.Null(three.Page("sources/bbc/index.html").QuerySelector("header .byline"));
    }
}
