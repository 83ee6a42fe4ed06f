using System.Text.Json;
using BriefingGen.Graph;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Every claim traceable: the lint over every prose block, honest sources, notes, event order, citable briefs, corrections.</summary>
public class EvidenceTests
{
    /// <summary>Body lines are numbered from line 7 of the brief file (see Samples.Brief).</summary>
    private const string EveryKindOfBlock = """
        Peru severed relations with Mexico in 2025.

        The sequence of events ran as follows:

        - Mexico granted asylum to the former prime minister [@bbc].
        - Peru then announced that relations were cut [@bbc].

        Other points to note about the whole affair:

        - The ambassador had been expelled back in 2022.
        - Ties stayed tense from then on [@bbc].

        > Asylum is a humanitarian mechanism under international law.

        | Episode | Outcome |
        |---|---|
        | Bolivia and Mexico, 2019 | Eased within a matter of years |
        | Peru and Mexico, 2025 | Unresolved at the time of writing [@bbc] |

        See [[bbc]] for the report.
        """;

    private static readonly string LintSite = Source + Brief("a", body: EveryKindOfBlock) +
        "-- content/actors/p.md --\n---\nname: P\nkind: person\n---\nP was a schoolteacher who led a union.\n" +
        Event("e", "2020", body: "Something happened in the capital that year.");

    [Fact]
    public void The_lint_reports_every_uncited_paragraph_list_item_quotation_and_table_row_of_briefs_actors_and_events()
    {
        var result = TestSite.Check(LintSite, new BuildOptions { LintCitations = true });
        var found = result.Diagnostics.Where(d => d.Code == "BG3006").Select(d => $"{d.Location} {d.Message[..d.Message.IndexOf(" cites", StringComparison.Ordinal)]}");
        Assert.Equal([
            "content/actors/p.md:5:1 this paragraph",
            "content/briefs/a.md:7:1 this paragraph",
            "content/briefs/a.md:14:1 this paragraph",
            "content/briefs/a.md:16:3 this list item",
            "content/briefs/a.md:19:1 this quotation",
            "content/briefs/a.md:23:1 this table row",
            "content/events/e.md:6:1 this paragraph",
        ], found);
        var brief = CitationCoverage.PerPage(result.Graph!).Single(c => c.Path == "content/briefs/a.md");
        Assert.Equal((4, 9), (brief.Cited, brief.Claims));
        var site = CitationCoverage.Site(CitationCoverage.PerPage(result.Graph!));
        Assert.Equal((4, 11), (site.Cited, site.Claims));
    }

    [Fact]
    public void Words_are_counted_as_a_reader_counts_them_and_a_lead_in_may_be_emphasised()
    {
        // Body lines are numbered from 7; each block says whether it is a claim.
        var body = """
            See [[bbc]], [[bbc]] and [[bbc]].

            *Peru*, *Mexico*, *Bolivia*.

            **The three reasons the talks stalled:**

            - Peru wanted the asylum withdrawn at once [@bbc].
            - Mexico wanted safe conduct granted for its guest [@bbc].

            *Points the two governments agreed on at the time:*

            | Point | Outcome |
            |---|---|
            | Consular services | Kept open throughout [@bbc] |

            The **ex**-minister's "asylum" at the embassy was contested.

            秘鲁宣布与墨西哥断交。

            Перу разорвало отношения с Мексикой в 2025 году.
            """;
        var result = TestSite.Check(Source + Brief("a", body: body), new BuildOptions { LintCitations = true });
        Assert.Equal(["content/briefs/a.md:22:1", "content/briefs/a.md:24:1", "content/briefs/a.md:26:1"],
            result.Diagnostics.Where(d => d.Code == "BG3006").Select(d => d.Location.ToString()));
    }

    [Fact]
    public void A_lead_in_to_a_cited_quotation_a_contents_entry_and_a_figure_are_not_claims()
    {
        // Each of these failed the PR check of a valid brief, whose only fix was a citation that
        // supports nothing. Body lines are numbered from 7.
        var body = """
            1. [Why now, and why not in the spring of 2023](#why-now)
            2. [[bbc|The report that set out the whole sequence]]

            As the minister put it to the assembled press:

            > We will not return the ambassador until the asylum is withdrawn [@bbc].

            喀土穆会谈的主要结果如下：

            - 双方同意继续谈判 [@bbc]。

            ![Chart of the number of projects under way in each year since 2019](https://example.org/chart.png)

            The figures below were compiled from the ministry's own data:

            > Nobody at the ministry would confirm the figures on the record.

            A paragraph [with a link](https://example.org/x) and more words after it.

            [The government cut the water budget by forty percent in 2024](https://gov.example/report)

            **[The government cut the water budget by forty percent in 2024](https://gov.example/report)**

            *[Why now, and why not in the spring of 2023](#why-now)*
            """;
        var result = TestSite.Check(Source + Brief("a", body: body), new BuildOptions { LintCitations = true });
        // A lead-in to a quotation that cites nothing is a claim, as the quotation is; so is a link among
        // words, and a claim written as one link to an outside address, bold or not.
        Assert.Equal(["content/briefs/a.md:20:1", "content/briefs/a.md:22:1", "content/briefs/a.md:24:1", "content/briefs/a.md:26:1", "content/briefs/a.md:28:1"],
            result.Diagnostics.Where(d => d.Code == "BG3006").Select(d => d.Location.ToString()));
    }

    [Fact]
    public void A_list_item_or_a_note_of_several_paragraphs_is_one_claim_and_a_lone_link_to_a_page_of_the_site_none()
    {
        // A valid brief failed the PR check: each paragraph of an item or a note was a claim of its own,
        // and a paragraph that only links to another brief's page counted as one. Body lines are numbered from 7.
        var body = """
            - A loose list item whose first paragraph states a claim.

              Its second paragraph cites the source for it [@bbc].

            - An item of two paragraphs, neither of which cites anything.

              Its second paragraph goes on without a citation.

              - A nested item is a claim of its own, cited here [@bbc].

            Claim made in the text itself.[^a]

            [Read the earlier brief on the dispute here](../b/index.html)

            *[The whole timeline of the dispute, year by year](../../timeline/)*

            > [[bbc|Read the report in full, as it was published]]

            [The ministry's own account of the talks, as published](mailto:press@example.org)

            [^a]: The first paragraph of this note cites a source [@bbc].

                The second paragraph of the note does not cite anything.
            """;
        var result = TestSite.Check(Source + Brief("a", body: body) + Brief("b"), new BuildOptions { LintCitations = true });
        Assert.Equal(["content/briefs/a.md:11:3 list item", "content/briefs/a.md:25:1 paragraph"],
            result.Diagnostics.Where(d => d.Code == "BG3006").Select(d => $"{d.Location} {d.Message["this ".Length..d.Message.IndexOf(" cites", StringComparison.Ordinal)]}"));
        var brief = CitationCoverage.PerPage(result.Graph!).Single(c => c.Path == "content/briefs/a.md");
        // Items 1 to 3, the paragraph, the note and the outside link: the link to the site's pages and the quotation of one link are none.
        Assert.Equal((4, 6), (brief.Cited, brief.Claims));

        // A note is judged by its own paragraphs, as its marker's claim is: a list in it cites for itself.
        var listed = TestSite.Check(Source + Brief("a", body: "The claim this marker stands by here.[^n]\n\n[^n]: A note of six uncited words.\n\n    - An item in the note that cites [@bbc]."),
            new BuildOptions { LintCitations = true });
        Assert.Equal(["content/briefs/a.md:7:1", "content/briefs/a.md:9:7"], listed.Diagnostics.Where(d => d.Code == "BG3006").Select(d => d.Location.ToString()));
    }

    [Fact]
    public void A_claim_whose_note_cites_is_cited_and_one_whose_note_does_not_is_not()
    {
        var body = "The ambassador was expelled in 2022 after the crisis.[^1]\n\nTies stayed tense for three more years after that.[^2]\n\n"
            + "[^1]: As the report tells it [@bbc].\n[^2]: A view shared by several analysts at the time.";
        var result = TestSite.Check(Source + Brief("a", body: body), new BuildOptions { LintCitations = true });
        Assert.Equal(["content/briefs/a.md:9:1", "content/briefs/a.md:12:7"],
            result.Diagnostics.Where(d => d.Code == "BG3006").Select(d => d.Location.ToString()));
    }

    [Fact]
    public void The_site_option_turns_the_lint_on_for_every_build()
    {
        DiagnosticAssert.None(TestSite.Check(LintSite).Diagnostics, "BG3006");
        var withOption = TestSite.Check("-- content/site.yml --\ntitle: T\nlint: citations\n" + LintSite);
        DiagnosticAssert.At(withOption.Diagnostics, "BG3006", "content/briefs/a.md:23:1");
    }

    [Fact]
    public void An_untitled_source_is_named_by_its_description_everywhere_and_exported_without_a_title()
    {
        var site = TestSite.Build("""
            -- content/sources/c.md --
            ---
            description: commentary on the rupture
            kind: document
            ---
            A commentary without a title, author or date.
            """ + "\n" + Brief("x", body: "Claim [@c].")).AssertClean();
        Assert.Equal("Untitled commentary on the rupture, n.d.", ReferenceText(site.Page("briefs/x/index.html"), "c"));
        Assert.Empty(site.Page("briefs/x/index.html").QuerySelectorAll("li#ref-c cite"));
        Assert.StartsWith("Untitled commentary on the rupture, n.d.", site.Page("sources/index.html").QuerySelector("li#c")!.TextContent.Trim());
        Assert.Equal("Untitled commentary on the rupture", site.Page("sources/c/index.html").QuerySelector("h1")!.TextContent);
        Assert.Empty(site.Page("sources/c/index.html").QuerySelectorAll("meta[name='citation_title']"));
        using var json = JsonDocument.Parse(site.Output.Files["data/sources.json"]);
        var item = json.RootElement.EnumerateArray().Single();
        Assert.False(item.TryGetProperty("title", out _));
        Assert.Equal("document", item.GetProperty("type").GetString());
        Assert.Equal("Untitled commentary on the rupture", item.GetProperty("note").GetString());
    }

    [Fact]
    public void The_passage_relied_on_is_shown_per_citation_and_per_source()
    {
        var site = TestSite.Build("""
            -- content/sources/q.md --
            ---
            title: Report
            kind: report
            quote: "Relations were severed; talks stalled."
            ---
            """ + "\n" + Sources("a") + Brief("x", body: "One [@a, p. 4, \"gradually weakened; then fell\"]. Two [@q; @a, \"an unfriendly act\"].")).AssertClean();
        var page = site.Page("briefs/x/index.html");
        var entryA = page.QuerySelector("li#ref-a")!;
        Assert.Equal(["gradually weakened; then fell", "an unfriendly act"], entryA.QuerySelectorAll(".backrefs q.passage").Select(q => q.TextContent));
        Assert.Equal("p. 4", entryA.QuerySelector(".locator")!.TextContent);
        Assert.Equal("Relations were severed; talks stalled.", page.QuerySelector("li#ref-q > q.passage")!.TextContent);
        Assert.Equal("Relations were severed; talks stalled.", site.Page("sources/q/index.html").QuerySelector("figure.passage blockquote")!.TextContent);
    }

    [Fact]
    public void A_passage_and_a_locator_read_backslash_escapes_as_markdown_does()
    {
        // In a table cell GFM needs \| for a pipe; the passage showed the backslash.
        var body = "| Claim | Source |\n|---|---|\n| Filling | [@a, p. 5, \"either \\| or\"] |\n\nText [@a, \\*p. 6\\*, \"a \\*starred\\* word, C:\\\\dir\"].";
        var page = TestSite.Build(Sources("a") + Brief("x", body: body)).AssertClean().Page("briefs/x/index.html");
        Assert.Equal(["either | or", "a *starred* word, C:\\dir"], page.QuerySelectorAll("li#ref-a .backrefs q.passage").Select(q => q.TextContent));
        Assert.Equal(["p. 5", "*p. 6*"], page.QuerySelectorAll("li#ref-a .locator").Select(l => l.TextContent));
        // A quote written \" says it opens no passage, as before.
        DiagnosticAssert.None(TestSite.Check(Sources("a") + Brief("x", body: "Text [@a, \\\"Annex\\\" table 2].")).Diagnostics, "BG4006");
    }

    [Fact]
    public void Numbers_in_a_citation_group_ascend_whatever_order_they_were_written_in()
    {
        var page = TestSite.Build(Sources("a", "b") + Brief("x", body: "First [@a]. Then [@b; @a].")).AssertClean().Page("briefs/x/index.html");
        var group = page.QuerySelectorAll(".body sup.citation")[1];
        Assert.Equal("[1, 2]", group.TextContent);
        Assert.Equal(["#ref-a", "#ref-b"], group.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(group.QuerySelectorAll("a"), a => Assert.NotNull(page.QuerySelector($"a.backref[href='#{a.Id}']")));
    }

    [Fact]
    public void Footnotes_become_lettered_notes_under_their_own_heading_apart_from_numbered_references()
    {
        var body = "A claim [@a] with a note[^why] and another[^more].\n\n[^why]: Why it matters.\n[^more]: More context [@a].";
        var page = TestSite.Build(Sources("a") + Brief("x", body: body)).AssertClean().Page("briefs/x/index.html");
        Assert.Equal(["a", "b"], page.QuerySelectorAll(".body sup.note-ref a").Select(a => a.TextContent));
        Assert.Equal(["[1]", "[1]"], page.QuerySelectorAll("sup.citation").Select(s => s.TextContent));
        var notes = page.QuerySelector("section.notes")!;
        Assert.Equal("Notes", notes.QuerySelector("h2")!.TextContent);
        Assert.Equal("a", notes.QuerySelector("ol")!.GetAttribute("type"));
        Assert.Equal(["Why it matters.", "More context\u00A0[1]."], notes.QuerySelectorAll("li").Select(li => li.QuerySelector("p")!.TextContent.Replace("↩", "").Trim()));
        Assert.Equal("References", page.QuerySelector("section#references h2")!.TextContent);
        var marker = page.QuerySelector(".body sup.note-ref a")!;
        Assert.NotNull(page.GetElementById(marker.GetAttribute("href")![1..]));
    }

    /// <summary>Two events of the same day whose ids sort against the order they happened in.</summary>
    private static readonly string SameDay = Source + Actors +
        Event("a-detained", "2022-12-07", "actors: [pedro-castillo]\nafter: [z-attempt]") +
        Event("z-attempt", "2022-12-07", "actors: [pedro-castillo]") +
        Event("later", "2022-12-08", "actors: [pedro-castillo]") +
        Brief("b", "events: [a-detained, z-attempt]", "About it [@bbc].");

    [Fact]
    public void After_orders_events_of_the_same_date_everywhere_they_are_listed()
    {
        var site = TestSite.Build(SameDay).AssertClean();
        string[] expected = ["z-attempt", "a-detained", "later"];
        Assert.Equal(expected, site.Page("timeline/index.html").QuerySelectorAll("li.timeline-entry").Select(li => li.Id));
        Assert.Equal(expected, Hrefs(site.Page("events/index.html"), "main .event-list"));
        Assert.Equal(expected, Hrefs(site.Page("actors/pedro-castillo/index.html"), "main .event-list"));
        Assert.Equal(expected[..2], Hrefs(site.Page("briefs/b/index.html"), ".brief-timeline"));
        using var json = JsonDocument.Parse(site.Output.Files["data/events.json"]);
        Assert.Equal(expected, json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var detained = site.Page("events/a-detained/index.html").QuerySelector(".neighbour")!;
        Assert.Equal("../../events/z-attempt/index.html", detained.QuerySelector("a.prev")!.GetAttribute("href"));
        Assert.Equal("../../events/later/index.html", detained.QuerySelector("a.next")!.GetAttribute("href"));
    }

    /// <summary>Events of one day, each after the next: e00000 after e00001, and so on.</summary>
    private static string AfterChain(int length, string lastAfter = "") => string.Concat(Enumerable.Range(0, length).Select(i =>
        Event($"e{i:D5}", "2025-01-01", i < length - 1 ? $"after: [e{i + 1:D5}]" : lastAfter)));

    [Fact]
    public void A_long_chain_of_after_entries_is_ordered_without_running_out_of_stack()
    {
        // Walked by recursion, 55,000 events overflowed the CLI's stack; on a thread with a small
        // stack 20,000 do (a stack overflow ends the test run, which is how this test fails).
        BuildResult? result = null;
        var check = new Thread(() => result = TestSite.Check(AfterChain(20_000)), maxStackSize: 256 * 1024);
        check.Start();
        check.Join();
        Assert.NotNull(result);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Enumerable.Range(0, 20_000).Reverse().Select(i => $"e{i:D5}"), result.Graph!.Events.Select(e => e.Id));
    }

    [Fact]
    public void A_long_cycle_of_after_entries_is_reported_once_in_one_short_line()
    {
        var cycle = Assert.Single(TestSite.Check(AfterChain(1_000, "after: [e00000]")).Diagnostics);
        Assert.Equal("BG3009", cycle.Code);
        Assert.Equal("'after: e00000' closes a cycle: e00000 after e00001 after e00002 after e00003 after e00004 after e00005 after … (989 more) … " +
            "after e00995 after e00996 after e00997 after e00998 after e00999 after e00000; remove one of these entries", cycle.Message);
    }

    private static string[] Hrefs(AngleSharp.Dom.IDocument page, string list) =>
        page.QuerySelectorAll($"{list} a[href^='../../events/'], {list} a[href^='../events/']")
            .Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToArray();

    [Fact]
    public void A_brief_title_ending_in_a_question_mark_takes_no_comma_in_its_citation()
    {
        var site = TestSite.Build("-- content/site.yml --\ntitle: Peru Briefings\n" + Source +
            Brief("x", body: "Claim [@bbc].").Replace("title: Brief x", "title: Did Peru overreact?")).AssertClean();
        Assert.Equal("“Did Peru overreact?” Peru Briefings, 10 Nov 2025.",
            site.Page("briefs/x/index.html").QuerySelector("section.cite-this .formatted-citation")!.TextContent);
    }

    [Fact]
    public void A_title_quoting_words_has_single_quotes_inside_the_citation_s_double_ones()
    {
        // "“Peru’s “self-coup” explained,”": double quotes nested in double quotes.
        var site = TestSite.Build("-- content/site.yml --\ntitle: Peru Briefings\n" + Source.Replace("title: Peru cuts ties", "title: 'Peru’s \"self-coup\" and what followed'")
            + Brief("x", body: "Claim [@bbc].").Replace("title: Brief x", "title: 'Peru’s \"self-coup\" explained'")).AssertClean();
        var page = site.Page("briefs/x/index.html");
        Assert.Equal("“Peru’s ‘self-coup’ explained,” Peru Briefings, 10 Nov 2025.", page.QuerySelector("section.cite-this .formatted-citation")!.TextContent);
        Assert.Contains("“Peru’s ‘self-coup’ and what followed,”", page.QuerySelector("#references li")!.TextContent);
        // A title's own question mark stands for the comma, inside its quotes as well.
        var asking = TestSite.Build(Source.Replace("title: Peru cuts ties", "title: 'Did he say \"no?\"'") + Brief("x", body: "Claim [@bbc]."))
            .AssertClean().Page("briefs/x/index.html");
        Assert.Contains("“Did he say ‘no?’” BBC News", asking.QuerySelector("#references li")!.TextContent);
    }

    [Fact]
    public void A_brief_names_its_own_authors_as_the_page_author_and_every_other_page_the_site_author()
    {
        var site = TestSite.Build("-- content/site.yml --\ntitle: Peru Briefings\nauthor: Sample team\n" + Source
            + Brief("own", "authors: [\"Jane Doe\", \"Ann <Lee>\"]", "Claim [@bbc].") + Brief("plain", body: "Claim [@bbc].")).AssertClean();
        string[] Authors(string path) => site.Page(path).QuerySelectorAll("head meta[name='author']").Select(m => m.GetAttribute("content")!).ToArray();
        Assert.Equal(["Jane Doe, Ann <Lee>"], Authors("briefs/own/index.html"));
        Assert.Equal(["Sample team"], Authors("briefs/plain/index.html"));
        Assert.Equal(["Sample team"], Authors("index.html"));
        Assert.Equal(["Sample team"], Authors("sources/bbc/index.html"));
        Assert.Empty(TestSite.Build(Source + Brief("plain")).AssertClean().Page("briefs/plain/index.html").QuerySelectorAll("head meta[name='author']"));
    }

    [Fact]
    public void A_source_in_another_language_has_its_title_and_passages_marked_with_it()
    {
        // A screen reader spoke a Spanish title on an English site with English sounds (WCAG 3.1.2).
        var site = TestSite.Build("-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\n"
            + "-- content/sources/es.md --\n---\ntitle: Perú rompe relaciones\npublisher: El Comercio\nkind: article\nlanguage: es\nquote: el asilo es un acto soberano\n---\n"
            + "-- content/sources/book.md --\n---\ntitle: O Brasil\nkind: book\nlanguage: pt-BR\n---\n"
            + "-- content/sources/memo.md --\n---\ndescription: notes from a briefing\nlanguage: es\n---\n"
            + "-- content/sources/en.md --\n---\ntitle: In English\n---\n"
            + Brief("x", body: "Claim [@es, p. 2, \"un acto soberano\"] and [@es]. Then [@book] [@memo] [@en].")).AssertClean();
        var page = site.Page("briefs/x/index.html");
        Assert.Equal("Perú rompe relaciones", page.QuerySelector("li#ref-es span[lang='es']")!.TextContent);
        // The source's own passage is in its language; a brief's quotation at a marker may be a translation.
        Assert.Equal(["es", null], page.QuerySelectorAll("li#ref-es q.passage").Select(q => q.GetAttribute("lang")));
        Assert.Equal("O Brasil", page.QuerySelector("li#ref-book cite[lang='pt-BR']")!.TextContent);
        // A description is the site's words; a work without a language says none.
        Assert.Empty(page.QuerySelectorAll("li#ref-memo [lang], li#ref-en [lang]"));
        var sourcePage = site.Page("sources/es/index.html");
        Assert.Equal("es", sourcePage.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("es", sourcePage.QuerySelector("figure.passage blockquote")!.GetAttribute("lang"));
        Assert.Null(site.Page("sources/memo/index.html").QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("es", sourcePage.QuerySelector("head meta[name='citation_language']")!.GetAttribute("content"));
        Assert.Contains("\r\nLA  - es\r\n", site.Output.Text("sources/es/es.ris"));
        using var csl = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/sources.json"));
        Assert.Equal("pt-BR", csl.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "book").GetProperty("language").GetString());
        Assert.False(csl.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "en").TryGetProperty("language", out _));
        using var ld = System.Text.Json.JsonDocument.Parse(sourcePage.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("es", ld.RootElement.GetProperty("inLanguage").GetString());

        var wrong = TestSite.Check("-- content/sources/s.md --\n---\ntitle: S\nlanguage: Spanish\n---\n" + Brief("x", body: "Claim [@s]."));
        Assert.Contains("content/sources/s.md:3:11: error BG2010: 'language' must be a language tag such as 'en', 'es' or 'pt-BR', not 'Spanish' (the language's code, not its name)",
            wrong.Diagnostics.Select(d => d.Format()));
    }

    [Fact]
    public void A_brief_is_citable_with_highwire_meta_a_formatted_citation_and_bibtex_and_ris_files()
    {
        var site = TestSite.Build("-- content/site.yml --\ntitle: Peru Briefings\nbase_url: https://example.org/b/\n" + Source +
            Brief("x", "authors: [\"Jane Doe\", \"Sample team\"]", "Claim [@bbc].")).AssertClean();
        var page = site.Page("briefs/x/index.html");
        string[] Meta(string name) => page.QuerySelectorAll($"head meta[name='{name}']").Select(m => m.GetAttribute("content")!).ToArray();
        Assert.Equal(["Brief x"], Meta("citation_title"));
        Assert.Equal(["Jane Doe", "Sample team"], Meta("citation_author"));
        Assert.Equal(["2025/11/10"], Meta("citation_publication_date"));
        Assert.Equal(["https://example.org/b/briefs/x/index.html"], Meta("citation_public_url"));
        Assert.Equal(["en"], Meta("citation_language"));
        var cite = page.QuerySelector("section.cite-this")!;
        Assert.Equal("Cite this brief", cite.QuerySelector("h2")!.TextContent);
        Assert.Equal("Jane Doe and Sample team, “Brief x,” Peru Briefings, 10 Nov 2025. https://example.org/b/briefs/x/index.html",
            cite.QuerySelector(".formatted-citation")!.TextContent);
        var files = cite.QuerySelectorAll(".citation-files a").Select(a => SiteTests.Resolve("briefs/x/index.html", a.GetAttribute("href")!)).ToList();
        Assert.Equal(["briefs/x/x.bib", "briefs/x/x.ris"], files);
        Assert.Equal("""
            @misc{x,
              author = {{Jane Doe} and {Sample team}},
              title = {{Brief x}},
              howpublished = {Peru Briefings},
              year = {2025},
              month = nov,
              date = {2025-11-10},
              url = {https://example.org/b/briefs/x/index.html},
            }

            """, site.Output.Text("briefs/x/x.bib"));
        Assert.Equal("TY  - ELEC\r\nTI  - Brief x\r\nAU  - Jane Doe\r\nAU  - Sample team\r\nPB  - Peru Briefings\r\nPY  - 2025\r\nDA  - 2025/11/10/\r\n" +
            "UR  - https://example.org/b/briefs/x/index.html\r\nLA  - en\r\nER  - \r\n", site.Output.Text("briefs/x/x.ris"));

        var withoutBaseUrl = TestSite.Build(Source + Brief("x")).AssertClean().Page("briefs/x/index.html");
        Assert.Empty(withoutBaseUrl.QuerySelectorAll("meta[name='citation_public_url']"));
        Assert.Single(withoutBaseUrl.QuerySelectorAll("meta[name='citation_title']"));
    }

    [Theory]
    [InlineData("report", "techreport", "institution", "RPRT")]
    [InlineData("article", "article", "journal", "NEWS")]
    [InlineData("book", "book", "publisher", "BOOK")]
    public void A_bibtex_entry_type_that_needs_an_author_a_title_a_publisher_and_a_year_is_used_only_with_all(string kind, string entryType, string field, string risType)
    {
        // BibTeX requires the author, the title, the institution of a @techreport (the journal of an
        // @article, the publisher of a @book) and the year; without one BibTeX warned "empty institution"
        // (or author, or title) and styles printed a gap.
        var site = TestSite.Build($"-- content/sources/with.md --\n---\ntitle: With\nauthors: [\"Lee, Ann\"]\npublisher: Acme\npublished: 2024\nkind: {kind}\n---\n"
            + $"-- content/sources/undated.md --\n---\ntitle: Undated\nauthors: [\"Lee, Ann\"]\npublisher: Acme\nkind: {kind}\n---\n"
            + $"-- content/sources/anonymous.md --\n---\ntitle: Anonymous\npublisher: Acme\npublished: 2024\nkind: {kind}\n---\n"
            + $"-- content/sources/untitled.md --\n---\ndescription: notes on a talk\nauthors: [\"Lee, Ann\"]\npublisher: Acme\npublished: 2024\nkind: {kind}\n---\n"
            + $"-- content/sources/without.md --\n---\ntitle: Without\nkind: {kind}\n---\n"
            + Brief("x", body: "Claim [@with] [@undated] [@anonymous] [@untitled] [@without].")).AssertClean();
        Assert.StartsWith($"@{entryType}{{with,\n  author = {{Lee, Ann}},\n  title = {{{{With}}}},\n  {field} = {{Acme}},\n  year = {{2024}},\n", site.Output.Text("sources/with/with.bib"));
        Assert.Equal("@misc{undated,\n  author = {Lee, Ann},\n  title = {{Undated}},\n  howpublished = {Acme},\n}\n", site.Output.Text("sources/undated/undated.bib"));
        Assert.StartsWith("@misc{anonymous,\n  title = {{Anonymous}},\n  howpublished = {Acme},\n  year = {2024},\n", site.Output.Text("sources/anonymous/anonymous.bib"));
        Assert.StartsWith("@misc{untitled,\n  author = {Lee, Ann},\n  howpublished = {Acme},\n  year = {2024},\n", site.Output.Text("sources/untitled/untitled.bib"));
        Assert.Equal("@misc{without,\n  title = {{Without}},\n}\n", site.Output.Text("sources/without/without.bib"));
        // RIS and CSL-JSON ask for no publisher: there it is still the kind of work it is.
        Assert.StartsWith($"TY  - {risType}\r\nTI  - Without\r\n", site.Output.Text("sources/without/without.ris"));
        using var csl = System.Text.Json.JsonDocument.Parse(site.Output.Text("data/sources.json"));
        Assert.Equal(Rendering.Exports.CslJson.CslType(kind), csl.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "without").GetProperty("type").GetString());
    }

    [Theory]
    // biblatex splits publisher and institution at "and", as it does authors (biber read "Taylor", "Francis").
    [InlineData("book", "publisher = {{Taylor and Francis}}")]
    [InlineData("report", "institution = {{Taylor and Francis}}")]
    // A journal's name is one text to BibTeX.
    [InlineData("article", "journal = {Taylor and Francis}")]
    public void A_publisher_named_with_and_is_one_publisher_in_bibtex(string kind, string field)
    {
        var site = TestSite.Build($"-- content/sources/s.md --\n---\ntitle: T\nauthors: [\"Doe, Jane\"]\npublisher: Taylor and Francis\npublished: 2020\nkind: {kind}\n---\n"
            + Brief("x", body: "Claim [@s].")).AssertClean();
        Assert.Contains($"  {field},\n", site.Output.Text("sources/s/s.bib"));
    }

    [Fact]
    public void Hostile_values_cannot_break_out_of_a_bibtex_or_ris_record()
    {
        var site = TestSite.Build("""
            -- content/sources/s.md --
            ---
            title: "Evil} @misc{pwn, title={x}} 100% & #1 $x$ a_b ^ ~ \\input{/etc/passwd}\nER  - \nTY  - JOUR"
            authors: ["O'Brien}, {Bad", "Acme & Sons {Ltd}"]
            kind: article
            ---
            """ + "\n" + Brief("x", "authors: [\"Ann}, title={pwn\"]", "Claim [@s].")).AssertClean();
        var bib = site.Output.Text("sources/s/s.bib");
        Assert.Equal(1, bib.Split('\n').Count(l => l.StartsWith('@')));
        Assert.Equal(0, Depth(bib, out var minimum));
        Assert.Equal(0, minimum);
        // Each field's braces close on its own line, so no value runs into the next.
        Assert.All(bib.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)), field =>
        {
            Assert.Equal(0, Depth(field, out var lowest));
            Assert.Equal(0, lowest);
        });
        Assert.Contains(@"title = {{Evil\textbraceright{} @misc\textbraceleft{}pwn, title=\textbraceleft{}x\textbraceright{}\textbraceright{} 100\% \& \#1 \$x\$ a\_b \textasciicircum{} \textasciitilde{} \textbackslash{}input\textbraceleft{}/etc/passwd\textbraceright{} ER  - TY  - JOUR}}", bib);
        Assert.Contains(@"author = {O’Brien\textbraceright{}, \textbraceleft{}Bad and {Acme \& Sons \textbraceleft{}Ltd\textbraceright{}}}", bib);
        Assert.Equal(0, Depth(site.Output.Text("briefs/x/x.bib"), out _));
        var ris = site.Output.Text("sources/s/s.ris").Split("\r\n");
        Assert.Single(ris, l => l.StartsWith("TY  - ", StringComparison.Ordinal));
        Assert.Single(ris, l => l.StartsWith("ER  - ", StringComparison.Ordinal));
        Assert.All(ris, l => Assert.DoesNotContain('\n', l));
        Assert.Contains("TI  - Evil} @misc{pwn, title={x}} 100% & #1 $x$ a_b ^ ~ \\input{/etc/passwd} ER  - TY  - JOUR", ris);
        var sourcePage = site.Page("sources/s/index.html");
        Assert.Equal("Evil} @misc{pwn, title={x}} 100% & #1 $x$ a_b ^ ~ \\input{/etc/passwd} ER  - TY  - JOUR",
            sourcePage.QuerySelector("head meta[name='citation_title']")!.GetAttribute("content"));
        Assert.Equal(["{Bad O’Brien}", "Acme & Sons {Ltd}"], sourcePage.QuerySelectorAll("head meta[name='citation_author']").Select(m => m.GetAttribute("content")));
        Assert.Equal("Cite this source", sourcePage.QuerySelector("section.cite-this h2")!.TextContent);
        Assert.Equal(["sources/s/s.bib", "sources/s/s.ris"],
            sourcePage.QuerySelectorAll(".citation-files a").Select(a => SiteTests.Resolve("sources/s/index.html", a.GetAttribute("href")!)));

        // Braces that are not escaped change the depth; the entry must close exactly where it opened.
        // As BibTeX reads an entry: every brace counts, '\{' too.
        static int Depth(string text, out int lowest)
        {
            var depth = 0;
            lowest = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '{') depth++;
                else if (text[i] == '}') depth--;
                lowest = Math.Min(lowest, depth);
            }
            return depth;
        }
    }

    [Fact]
    public void Corrections_print_as_dated_notices_at_the_top_and_move_the_updated_date()
    {
        var site = TestSite.Build(Source + Brief("x", """
            updated: 2025-11-11
            corrections:
              - {date: 2025-11-14, text: "The ambassador was expelled in 2022, not 2023."}
              - {date: 2025-11-12, text: An earlier fix.}
            """, "Claim [@bbc].")).AssertClean();
        var page = site.Page("briefs/x/index.html");
        var notices = page.QuerySelectorAll("article.brief > aside.corrections p.correction").ToList();
        Assert.Equal(["Correction, 12 Nov 2025: An earlier fix.", "Correction, 14 Nov 2025: The ambassador was expelled in 2022, not 2023."],
            notices.Select(n => n.TextContent));
        Assert.Equal("2025-11-14", page.QuerySelector(".byline .updated time")!.GetAttribute("datetime"));
        Assert.True(page.QuerySelector("aside.corrections")!.CompareDocumentPosition(page.QuerySelector(".body")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var brief = site.Result.Graph!.Briefs.Single();
        Assert.Equal(["2025-11-12", "2025-11-14"], brief.Corrections.Select(c => c.Date.Iso));
    }

    private static string ReferenceText(AngleSharp.Dom.IDocument page, string id)
    {
        var text = page.QuerySelector($"li#ref-{id}")!.TextContent;
        return text[..text.IndexOf("source page", StringComparison.Ordinal)].Trim();
    }
}
