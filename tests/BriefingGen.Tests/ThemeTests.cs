using BriefingGen.Diagnostics;
using BriefingGen.Rendering;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>The theme as a reader meets it: contents of long briefs, section links, folded lists, typography.</summary>
public class ThemeTests
{
    private static string Sections(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"\n\n## Part {i} of [[peru]] `x`\n\nText [@bbc].\n\n### Detail {i}\n\nMore."));

    [Fact]
    public void The_navigation_marks_the_section_page_as_the_page_and_a_page_within_it_as_its_section()
    {
        // Every brief said its "Briefs" link was the page the reader was on.
        var site = TestSite.Build(Source + Actors + Event("vote", "2025-11-01", "actors: [peru]") + Brief("a")).AssertClean();
        (string?, string?) Current(string path) =>
            site.Page(path).QuerySelector("header.site-header [aria-current]") is { } link ? (link.TextContent, link.GetAttribute("aria-current")) : (null, null);
        Assert.Equal(("Briefs", "page"), Current("briefs/index.html"));
        Assert.Equal(("Briefs", "true"), Current("briefs/a/index.html"));
        Assert.Equal(("Timeline", "true"), Current("events/vote/index.html"));
        Assert.Equal(("Actors", "true"), Current("actors/peru/index.html"));
        Assert.Equal(("Sources", "page"), Current("sources/index.html"));
        Assert.Equal(("Test Briefings", "page"), Current("index.html"));
        Assert.Single(site.Page("briefs/a/index.html").QuerySelectorAll("[aria-current]"));
    }

    [Fact]
    public void A_long_brief_gets_a_table_of_contents_of_its_level_two_headings_linking_to_their_anchors()
    {
        var page = TestSite.Build(Source + Actors + Brief("a", body: "Intro [@bbc]." + Sections(TableOfContents.MinSections))).AssertClean().Page("briefs/a/index.html");
        var entries = page.QuerySelectorAll("nav.toc li a").ToList();
        Assert.Equal(["Part 1 of Peru x", "Part 2 of Peru x", "Part 3 of Peru x"], entries.Select(a => a.TextContent));
        Assert.All(entries, a => Assert.Equal("H2", page.GetElementById(a.GetAttribute("href")![1..])!.TagName));
        var nav = page.QuerySelector("nav.toc")!;
        var label = page.GetElementById(nav.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("Contents", label.TextContent);
        Assert.Same(label, nav.QuerySelector("h2"));
    }

    [Fact]
    public void A_heading_with_an_html_entity_keeps_its_character_in_the_contents_list()
    {
        var body = "Intro [@bbc].\n\n## Trade &amp; aid\n\nText.\n\n## Caf&eacute; talks&nbsp;2025\n\nText.\n\n## Copyright &#169;\n\nText.";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["Trade & aid", "Café talks\u00A02025", "Copyright ©"], page.QuerySelectorAll("nav.toc li a").Select(a => a.TextContent));
        Assert.Equal(page.QuerySelectorAll(".body h2").Select(h => h.TextContent), page.QuerySelectorAll("nav.toc li a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_table_scrolls_in_a_named_box_a_keyboard_can_reach_and_stays_a_table()
    {
        // The table itself scrolled (display: block), which some screen readers stop reading as a table,
        // and a box that scrolls must be reachable by keyboard and named.
        var body = "Votes [@bbc].\n\n| Party | Seats |\n|---|---|\n| A | 1 |\n\nText.\n\n| Year | Event |\n|---|---|\n| 2022 | Rupture |";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        var boxes = page.QuerySelectorAll(".body .table-scroll").ToList();
        Assert.Equal(["Table 1", "Table 2"], boxes.Select(b => b.GetAttribute("aria-label")));
        Assert.All(boxes, b => Assert.Equal(("region", "0", "TABLE"), (b.GetAttribute("role"), b.GetAttribute("tabindex"), b.FirstElementChild?.TagName)));
    }

    [Fact]
    public void A_code_block_scrolls_in_a_named_box_a_keyboard_can_reach()
    {
        var body = "Text [@bbc].\n\n```\n" + new string('x', 300) + "\n```\n\n    indented code\n\nText.";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        var boxes = page.QuerySelectorAll(".body .code-scroll").ToList();
        Assert.Equal(["Code 1", "Code 2"], boxes.Select(b => b.GetAttribute("aria-label")));
        Assert.All(boxes, b => Assert.Equal(("region", "0", "PRE"), (b.GetAttribute("role"), b.GetAttribute("tabindex"), b.FirstElementChild?.TagName)));
        Assert.Equal(new string('x', 300) + "\n", boxes[0].QuerySelector("pre > code")!.TextContent);
    }

    [Fact]
    public void A_heading_with_a_citation_is_listed_in_the_contents_without_the_marker_or_a_gap()
    {
        var body = "Intro [@bbc].\n\n## Findings [@bbc] on [[peru]]\n\nText.\n\n## Costs [@bbc], and gains\n\nText.\n\n## [@bbc] Reactions\n\nText.";
        var page = TestSite.Build(Source + Actors + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["Findings on Peru", "Costs, and gains", "Reactions"], page.QuerySelectorAll("nav.toc li a").Select(a => a.TextContent));
    }

    [Fact]
    public void Accented_headings_get_anchors_spelled_with_their_base_letters_whether_written_composed_or_decomposed()
    {
        // "López" composed (U+00F3) and decomposed (o + U+0301), German ß and Vietnamese, as contributors type them;
        // an apostrophe joins its word, as GitHub, Pandoc and Hugo write the id.
        var body = "Intro [@bbc].\n\n## López Obrador's statements\n\nText.\n\n## Lo\u0301pez again\n\nText.\n\n## Straße und Ærø\n\nText.\n\n## Hồ Chí Minh\n\nText.";
        var page = TestSite.Build(Source + Actors + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["lopez-obradors-statements", "lopez-again", "strasse-und-aero", "ho-chi-minh"],
            page.QuerySelectorAll(".body h2[id]").Select(h => h.Id!));
    }

    [Fact]
    public void A_heading_that_links_to_a_page_has_an_anchor_spelled_with_the_link()
    {
        // "## [[peru]] and after" had the anchor "and-after": the link's words were left out.
        var body = "Intro [@bbc].\n\n## [[peru]] and after\n\nText.\n\n## [[pedro-castillo|Castillo]]'s fall [@bbc]\n\nText.";
        var page = TestSite.Build(Source + Actors + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["peru-and-after", "castillos-fall"], page.QuerySelectorAll(".body h2[id]").Select(h => h.Id!));
    }

    [Fact]
    public void Apostrophes_are_curled_as_paired_quotes_are_and_code_and_escaped_quotes_stay_straight()
    {
        // SmartyPants pairs quotes only: "it's" and "Peru's" stayed straight beside ‘ ’ and “ ”.
        var body = "He said 'hello there' and it's Peru's '90s view, the analysts' too [@bbc].\n\n"
            + "A 'lone quote, \\'escaped\\' quotes, Peru's view and `it's code` [@bbc].\n\n"
            + "[[peru|Peru]]'s, *Lima*'s, [Quito](https://example.org/)'s and `x`'s views; the film '1984' [@bbc].\n\n"
            + "See https://example.org/o'brien/it's and o'neil@example.org [@bbc].";
        var page = TestSite.Build(Source + Actors + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        var paragraphs = page.QuerySelectorAll(".body p").Select(p => p.TextContent).ToList();
        Assert.StartsWith("He said ‘hello there’ and it’s Peru’s ’90s view, the analysts’ too", paragraphs[0]);
        Assert.StartsWith("A ‘lone quote, 'escaped' quotes, Peru’s view and it's code", paragraphs[1]);
        // After a link, emphasis or code the quote ends a word; a quoted four-digit year is quoted.
        Assert.StartsWith("Peru’s, Lima’s, Quito’s and x’s views; the film ‘1984’", paragraphs[2]);
        // An address shown as its own text is copied by readers: it stays as written.
        Assert.Equal("See https://example.org/o'brien/it's and o'neil@example.org [1].", paragraphs[3].Replace("\u00a0", " "));
    }

    [Fact]
    public void A_link_text_written_after_the_bar_gets_the_quotes_the_prose_around_it_gets()
    {
        // "[[id|Castillo's family]]" kept its straight apostrophe beside "Castillo’s" in the same sentence.
        var body = "Castillo's view of [[peru|Peru's \"new\" government]] [@bbc].\n\n![Map of [[peru|Peru's coast]]](https://example.org/map.png) [@bbc].";
        var page = TestSite.Build(Source + Actors + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("Peru’s “new” government", page.QuerySelector(".body a.xref")!.TextContent);
        Assert.Equal("Map of Peru’s coast", page.QuerySelector(".body img")!.GetAttribute("alt"));
        // The contents list shows a heading's words as the heading does.
        var sections = "Intro [@bbc].\n\n## What [[peru|Peru's]] government said\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText.";
        var withContents = TestSite.Build(Source + Actors + Brief("b", body: sections)).AssertClean().Page("briefs/b/index.html");
        Assert.Equal("What Peru’s government said", withContents.QuerySelector("nav.toc li a")!.TextContent);
        Assert.Equal("What Peru’s government said", withContents.QuerySelector(".body h2")!.TextContent);
    }

    [Fact]
    public void Front_matter_text_gets_the_typographic_quotes_the_body_gets()
    {
        // A title read "Castillo's wife" in every list beside "Castillo’s" in the prose.
        var brief = Brief("a", "actors: [peru]", "Castillo's family [@bbc].")
            .Replace("title: Brief a", "title: \"Castillo's family and \\\"the rupture\\\" of the '90s\"")
            .Replace("summary: Summary of a.", "summary: \"'Interference', it said; see https://example.org/o'brien and a lone \\\" mark\"");
        var site = TestSite.Build(Source + Actors.Replace("name: Peru", "name: \"Peru's government\"") + brief).AssertClean();
        var page = site.Page("briefs/a/index.html");
        Assert.Equal("Castillo’s family and “the rupture” of the ’90s", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Castillo’s family", page.QuerySelector(".body p")!.TextContent);
        // An address stays as written; so does a quote standing alone between spaces.
        Assert.Equal("‘Interference’, it said; see https://example.org/o'brien and a lone \" mark", page.QuerySelector(".summary")!.TextContent);
        Assert.Equal("Peru’s government", page.QuerySelector("section.actors a")!.TextContent);
        Assert.Contains(site.Page("briefs/index.html").QuerySelectorAll("a"), a => a.TextContent == "Castillo’s family and “the rupture” of the ’90s");
    }

    [Theory]
    // A quotation ending on a citation, link, emphasis or note, then a mark, kept both quotes straight.
    [InlineData("The note read: \"see [@bbc, p. 4]\".", "The note read: “see [1]”.")]
    [InlineData("The note read \"see [[b]]\" [@bbc].", "The note read “see Brief b” [1].")]
    [InlineData("The note read \"see [the brief](../b/index.html)\". [@bbc]", "The note read “see the brief”. [1]")]
    [InlineData("The note read \"see *this*\", then \"that `x`\"; done [@bbc].", "The note read “see this”, then “that x”; done [1].")]
    [InlineData("(\"see it[^n]\") [@bbc]\n\n[^n]: A note.", "(“see ita”) [1]")]
    // The inch mark stays straight after a number, and an escaped quote as written.
    [InlineData("A 5\" pipe, \\\"as is\\\" [@bbc].", "A 5\" pipe, \"as is\" [1].")]
    [InlineData("\"*Fuera*\", it said [@bbc].", "“Fuera”, it said [1].")]
    // After a quote, dash or ellipsis SmartyPants made, a quote closes; one before a full stop never opens.
    [InlineData("\"The minister spoke of 'a coup'\". [@bbc]", "“The minister spoke of ‘a coup’”. [1]")]
    [InlineData("\"We will wait...\". [@bbc]", "“We will wait…”. [1]")]
    [InlineData("\"I was going to---\". [@bbc]", "“I was going to—”. [1]")]
    [InlineData("\"He called it \"fair\"\". [@bbc]", "“He called it “fair””. [1]")]
    [InlineData("\"'Coup' was the word [@bbc]\". Then", "“‘Coup’ was the word [1]”. Then")]
    public void A_quotation_ending_on_a_citation_link_or_emphasis_gets_typographic_quotes(string body, string shown)
    {
        var page = TestSite.Build(Source + Brief("a", body: body) + Brief("b", body: "[@bbc]")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(shown, page.QuerySelector(".body p")!.TextContent.Replace('\u00A0', ' '));
    }

    [Theory]
    [InlineData("\"I was going to—\". Then", "“I was going to—”. Then")]
    [InlineData("He wrote \"...and then we left\"", "He wrote “...and then we left”")]
    public void Front_matter_quotes_before_a_full_stop_or_comma_close(string written, string shown) =>
        Assert.Equal(shown, BriefingGen.Markdown.Apostrophes.InPlainText(written));

    [Theory]
    [InlineData("'90s dams", "’90s dams")]
    [InlineData("It's the '90s", "It’s the ’90s")]
    [InlineData("5' 10\" tall", "5’ 10\" tall")]
    [InlineData("Egypt's 'gift' isn't small", "Egypt’s ‘gift’ isn’t small")]
    public void The_same_words_get_the_same_quotes_in_a_title_the_body_and_a_cited_passage(string written, string shown)
    {
        var yaml = written.Replace("\"", "\\\"");
        var brief = Brief("a", body: $"{written} [@bbc, \"{written.Replace("\"", "")}\"].").Replace("title: Brief a", $"title: \"{yaml}\"");
        var page = TestSite.Build(Source + brief).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(shown, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(shown, page.QuerySelector(".body p")!.TextContent.Split('\u00A0')[0]);
        Assert.Equal(shown.Replace("\"", ""), page.QuerySelector("li#ref-bbc q.passage")!.TextContent);
    }

    [Fact]
    public void A_block_in_a_script_written_the_other_way_is_marked_for_the_theme_to_lay_out_by_its_script()
    {
        var body = "טקסט עברי עם מספר 456 ומילה English באמצע [@bbc].\n\nPlain English here [@bbc].\n\nNATO قالت إن المحادثات ستستمر [@bbc].\n\n"
            + "- פריט ראשון [@bbc]\n- Second item [@bbc]\n\n| Claim | Source |\n|---|---|\n| بيان الوزارة | [@bbc] |\n\n## כותרת";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        var paragraphs = page.QuerySelectorAll(".body > p").ToList();
        Assert.Equal(["text-rtl", "text-ltr", ""], paragraphs.Select(p => p.ClassName ?? ""));
        Assert.Equal(["text-rtl", "text-ltr"], page.QuerySelectorAll(".body li").Select(li => li.ClassName ?? ""));
        Assert.Equal("text-rtl", page.QuerySelector(".body td")!.ClassName);
        Assert.Contains("text-rtl", page.QuerySelector(".body h2")!.ClassList);
        // A body with no right-to-left letter is not marked at all.
        Assert.Empty(TestSite.Build(Source + Brief("b", body: "Plain [@bbc].\n\n- One [@bbc]")).AssertClean().Page("briefs/b/index.html").QuerySelectorAll(".body [class*='text-']"));
        var css = TestSite.Build(Source + Brief("c")).AssertClean().Output.Text("assets/style.css");
        Assert.Contains(".text-rtl { direction: rtl; }", css);
        Assert.Contains(".text-ltr { direction: ltr; }", css);
        // An emoji's variation selector (U+FE0F) is no right-to-left letter.
        Assert.Empty(TestSite.Build(Source + Brief("d", body: "Thanks ❤️ [@bbc].")).AssertClean().Page("briefs/d/index.html").QuerySelectorAll(".body [class*='text-']"));
    }

    [Theory]
    // An English brief on an Arabic site had each paragraph laid out right to left, its full stop at its start.
    [InlineData("ar", "Plain English [@bbc].\n\n## Next\n\nMore [@bbc].", "ltr")]
    [InlineData("ar", "نص عربي [@bbc].\n\nPlain English [@bbc].", null)]
    [InlineData("ar", "نص عربي [[a]] [@bbc].\n\n## عنوان", null)]
    [InlineData("en", "نص عربي [[a]] [@bbc].\n\n## عنوان", "rtl")]
    [InlineData("en", "نص عربي [@bbc].\n\nPlain English [@bbc].", null)]
    [InlineData("en", "Plain English [@bbc].", null)]
    // No letters in its prose (figures; Arabic only in code; Arabic-Indic digits): the site's direction.
    [InlineData("ar", "| 2023 | 2024 |\n|---|---|\n| 12 | 14 |\n\n2024 [@bbc].", null)]
    [InlineData("en", "```\nنص عربي\n```\n\n2024 [@bbc].", null)]
    [InlineData("en", "١٢٣ ٤٥٦ [@bbc].", null)]
    public void A_body_whose_letters_all_run_against_the_site_is_laid_out_their_way(string language, string body, string? direction)
    {
        var site = TestSite.Build($"-- content/site.yml --\ntitle: T\nlanguage: {language}\n" + Source + Brief("a", body: body)).AssertClean();
        Assert.Equal(direction, site.Page("briefs/a/index.html").QuerySelector("div.body")!.GetAttribute("dir"));
    }

    [Theory]
    // An Arabic title and summary on an English site were laid out left to right, the summary's full stop by its first word.
    [InlineData("en", "موقف المملكة", "ملخص الموقف.", "rtl", "rtl")]
    [InlineData("ar", "The Azure dispute", "Who shares the river.", "ltr", "ltr")]
    [InlineData("ar", "موقف المملكة", "ملخص الموقف.", null, null)]
    [InlineData("en", "Plain title", "Plain summary.", null, null)]
    // A text opening with a Latin name but written in Arabic is left to the site's direction, as a block of a body is.
    [InlineData("ar", "NATO تعلن عن قمة", "NATO تعلن عن قمة جديدة.", null, null)]
    [InlineData("en", "NATO تعلن عن قمة", "2025: NATO تعلن.", null, null)]
    public void A_title_or_summary_written_against_the_site_s_direction_is_laid_out_its_own_way(string language, string title, string summary, string? titleDir, string? summaryDir)
    {
        var brief = Brief("a").Replace("title: Brief a", $"title: \"{title}\"").Replace("summary: Summary of a.", $"summary: \"{summary}\"");
        var site = TestSite.Build($"-- content/site.yml --\ntitle: T\nlanguage: {language}\n" + Source + brief).AssertClean();
        var page = site.Page("briefs/a/index.html");
        Assert.Equal((titleDir, summaryDir), (page.QuerySelector("main h1")!.GetAttribute("dir"), page.QuerySelector(".summary")!.GetAttribute("dir")));
        Assert.Equal(summaryDir, site.Page("briefs/index.html").QuerySelector(".item-summary")!.GetAttribute("dir"));
    }

    [Fact]
    public void Every_contributed_name_title_and_passage_on_a_page_is_laid_out_by_its_own_script()
    {
        // On an Arabic site, an English source's title, its passage and an English heading in the contents read right to left,
        // their full stops at the start; a list of aliases in both scripts ran together.
        var site = TestSite.Build("-- content/site.yml --\ntitle: T\nlanguage: ar\n" + """
            -- content/sources/bbc.md --
            ---
            title: Ethiopia and Egypt fail to agree.
            publisher: Reuters News
            quote: The talks ended without agreement.
            ---
            -- content/sources/jazeera.md --
            ---
            title: "فشل المحادثات"
            publisher: "الجزيرة"
            ---
            -- content/actors/ethiopia.md --
            ---
            name: "إثيوبيا"
            kind: state
            aliases: [Ethiopia, "جمهورية إثيوبيا"]
            roles:
              - {title: Party to the talks, of: nile, from: 2011}
            ---
            -- content/actors/nile.md --
            ---
            name: Nile Basin Initiative
            kind: organization
            ---
            -- content/events/talks.md --
            ---
            title: "محادثات"
            date: 2024-05
            ---
            -- content/events/later.md --
            ---
            title: Talks fail
            date: 2024-06
            ---
            """ + "\n" + Brief("a", "actors: [ethiopia, nile]\nevents: [talks, later]\nauthors: [\"Jane Doe\", \"سارة\"]",
                "## الأول\n\nنص [@bbc, \"The talks ended.\"] [@jazeera].\n\n## Second part\n\nنص [@bbc].\n\n## الثالث\n\nنص [@bbc]."))
            .AssertClean();
        var source = site.Page("sources/bbc/index.html");
        Assert.Equal("ltr", source.QuerySelector("main h1")!.GetAttribute("dir"));
        Assert.Equal("ltr", source.QuerySelector(".passage blockquote")!.GetAttribute("dir"));
        var byPublisher = site.Page("sources/by-publisher/index.html");
        Assert.Equal([("Reuters News", "ltr"), ("الجزيرة", null)], byPublisher.QuerySelectorAll("h2[id^='publisher_']").Select(h => (h.TextContent.Trim(), h.GetAttribute("dir"))).Order());
        Assert.Equal([("Reuters News", "ltr"), ("الجزيرة", null)], byPublisher.QuerySelectorAll("a[href*='#publisher_']").Select(a => (a.TextContent.Trim(), a.GetAttribute("dir"))).Order());
        var brief = site.Page("briefs/a/index.html");
        Assert.Equal([null, "ltr", null], brief.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("dir")));
        Assert.Equal("ltr", brief.QuerySelector("#references q.passage")!.GetAttribute("dir"));
        Assert.Equal(["Jane Doe", "سارة"], brief.QuerySelectorAll(".authors bdi").Select(b => b.TextContent));
        Assert.Equal([null, "ltr"], brief.QuerySelectorAll(".actor-chips a").Select(a => a.GetAttribute("dir")));
        var actor = site.Page("actors/ethiopia/index.html");
        Assert.Equal(["Ethiopia", "جمهورية إثيوبيا"], actor.QuerySelectorAll(".aliases bdi").Select(b => b.TextContent));
        Assert.Equal(("ltr", "ltr"), (actor.QuerySelector(".role-title")!.GetAttribute("dir"), actor.QuerySelector(".role-title + a")!.GetAttribute("dir")));
        Assert.Equal("ltr", site.Page("events/talks/index.html").QuerySelector("a.next .title")!.GetAttribute("dir"));
        Assert.Equal("ltr", site.Page("sources/index.html").QuerySelector("#bbc .cited-in a")!.GetAttribute("dir"));
        // The citation, in the theme's English, goes by its own first letter, as a reference does.
        Assert.Contains(":is(#references li, p.citation, .formatted-citation) { unicode-bidi: plaintext; }", site.Output.Text("assets/style.css"));
    }

    [Fact]
    public void A_table_column_s_alignment_is_a_class_the_theme_styles_never_an_inline_style_the_pages_refuse()
    {
        var site = TestSite.Build(Source + Brief("a", body: "| Year | Transits | Note |\n|:---|---:|:---:|\n| 2021 | 85 | low [@bbc] |")).AssertClean();
        var page = site.Page("briefs/a/index.html");
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Equal(["align-left", "align-right", "align-center"], page.QuerySelectorAll(".body td").Select(td => td.ClassName));
        Assert.Equal(["align-left", "align-right", "align-center"], page.QuerySelectorAll(".body th").Select(th => th.ClassName));
        Assert.Contains(".body :is(th, td).align-right { text-align: right; }", site.Output.Text("assets/style.css"));
    }

    [Fact]
    public void A_correction_s_text_is_isolated_from_its_label()
    {
        // An Arabic correction on an English site took the label's colon into its own run.
        var brief = Brief("a", "corrections:\n  - {date: 2025-11-12, text: \"صححنا الرقم.\"}");
        var page = TestSite.Build(Source + brief).AssertClean().Page("briefs/a/index.html");
        Assert.Equal("صححنا الرقم.", page.QuerySelector(".correction bdi")!.TextContent);
    }

    [Fact]
    public void Direction_embeddings_and_overrides_are_read_as_isolates_that_reach_no_further_than_their_text()
    {
        // An override left open reversed the text after it to the end of its paragraph: a title could
        // make the date beside it read backwards. Word processors leave embeddings in pasted Arabic.
        var brief = Brief("a", body: "Said \u202B\u05E9\u05DC\u05D5\u05DD\u202C and \u202Egnip [@bbc].").Replace("title: Brief a", "title: \"Peru \u202Eoidar\"");
        var site = TestSite.Build(Source + brief).AssertClean();
        var page = site.Page("briefs/a/index.html");
        Assert.Equal("Peru \u2067oidar", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Said \u2067\u05E9\u05DC\u05D5\u05DD\u2069 and \u2067gnip", page.QuerySelector(".body p")!.TextContent);
        Assert.DoesNotContain(site.Output.Files.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).AsSpan().IndexOfAny("\u202A\u202B\u202C\u202D\u202E") >= 0);
    }

    [Fact]
    public void Embeddings_and_controls_written_as_escapes_are_read_like_those_written_as_they_are()
    {
        // A YAML escape or a character reference decodes after the file's text was read, past its checks.
        var actor = "-- content/actors/evil.md --\n---\nname: \"Evil \\u202Eorp\"\nkind: organization\n---\n";
        var body = "Text &#x202E;reversed&#x202C;, [[evil|&#x202D;the firm]] and [a link](https://example.org \"&#x202E;title\") [@bbc].";
        var site = TestSite.Build(Source + actor + Brief("a", "actors: [evil]", body).Replace("summary: Summary of a.", "summary: \"\\u202Dsaid\"")).AssertClean();

        var page = site.Page("briefs/a/index.html");
        Assert.StartsWith("Text \u2067reversed\u2069, \u2066the firm and a link", page.QuerySelector(".body p")!.TextContent);
        Assert.Equal("\u2067title", page.QuerySelector(".body p a[title]")!.GetAttribute("title"));
        Assert.Equal("Evil \u2067orp", site.Page("actors/evil/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("\u2066said", page.QuerySelector(".summary")!.TextContent);
        Assert.DoesNotContain(site.Output.Files.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).AsSpan().IndexOfAny("\u202A\u202B\u202C\u202D\u202E") >= 0);
    }

    [Fact]
    public void A_control_character_written_as_a_character_reference_is_shown_as_a_space_and_named()
    {
        var site = TestSite.Build(Source + Brief("a", body: "A bell&#x7;rang and [[peru|an &#27;escape]] [@bbc].") + Actors);
        var problems = site.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter.Id).Select(d => (d.Location.Line, d.Location.Column, d.Message)).ToList();
        Assert.Equal([
            (7, 7, "a character reference here stands for the invisible control character U+0007; it is shown as a space: remove it"),
            (7, 31, "a character reference here stands for the invisible control character U+001B; it is shown as a space: remove it"),
        ], problems);
        Assert.StartsWith("A bell rang and an  escape", site.Page("briefs/a/index.html").QuerySelector(".body p")!.TextContent);
    }

    [Fact]
    public void Code_in_a_heading_is_part_of_its_anchor()
    {
        // Only plain text was read: "## `parse()`" and "## `render()`" were "section" and "section-1".
        var body = "Intro [@bbc].\n\n## `parse()`\n\nText.\n\n## `render()`\n\nText.\n\n## Calling `render()` *twice*\n\nText.";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["parse", "render", "calling-render-twice"], page.QuerySelectorAll(".body h2[id]").Select(h => h.Id!));
    }

    [Fact]
    public void Headings_in_other_scripts_keep_their_letters_in_their_anchors_and_the_contents_list_reaches_them()
    {
        var body = "Intro [@bbc].\n\n## Что случилось\n\nText.\n\n## ما حدث\n\nText.\n\n## 日本の立場\n\nText.\n\n## 🚀\n\nText.";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["что-случилось", "ما-حدث", "日本の立場", "section"], page.QuerySelectorAll(".body h2[id]").Select(h => h.Id!));
        foreach (var link in page.QuerySelectorAll("nav.toc li a"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
    }

    [Fact]
    public void Body_headings_sit_one_level_below_the_page_title_and_never_skip_a_level()
    {
        // "#" made a second h1 beside the title and "####" under it jumped to h4: screen readers navigate by level.
        var body = "Intro [@bbc].\n\n# Top\n\nText.\n\n#### Deep\n\nText.\n\n# Next\n\n### Under next\n\n## Beside it\n\n# Last\n\nText.";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(["H2 top", "H3 deep", "H2 next", "H3 under-next", "H3 beside-it", "H2 last"],
            page.QuerySelectorAll(".body h2, .body h3, .body h4, .body h5, .body h6").Select(h => $"{h.TagName} {h.Id}"));
        // The contents list is the body's top level, whatever it was written with.
        Assert.Equal(["#top", "#next", "#last"], page.QuerySelectorAll("nav.toc li a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_short_brief_has_no_table_of_contents()
    {
        var page = TestSite.Build(Source + Actors + Brief("a", body: "Intro [@bbc]." + Sections(TableOfContents.MinSections - 1))).AssertClean().Page("briefs/a/index.html");
        Assert.Null(page.QuerySelector("nav.toc"));
    }

    [Fact]
    public void Every_heading_in_a_body_links_to_itself()
    {
        var page = TestSite.Build(Source + Actors + Brief("a", body: "Intro [@bbc]." + Sections(1))).AssertClean().Page("briefs/a/index.html");
        var headings = page.QuerySelectorAll(".body h2, .body h3").ToList();
        Assert.Equal(2, headings.Count);
        // Beside the heading, not inside it, where its words became part of the heading's name; named by the heading.
        Assert.All(headings, h => Assert.Null(h.QuerySelector(".heading-anchor")));
        Assert.All(headings, h => Assert.Equal("#" + h.Id, h.NextElementSibling!.GetAttribute("href")));
        Assert.All(headings, h => Assert.Equal(h.Id, h.NextElementSibling!.GetAttribute("aria-labelledby")));
        Assert.All(headings, h => Assert.Equal("heading-anchor", h.NextElementSibling!.ClassName));
    }

    [Fact]
    public void A_page_without_a_body_has_no_empty_body_block()
    {
        // An empty <div class="body"></div> was written under every such page's header.
        var site = TestSite.Build(Source.Replace("A report.\n", "") + Actors + Event("e", "2025") + Brief("a", "actors: [peru]\nevents: [e]", body: "")).AssertClean();
        Assert.All(["sources/bbc/index.html", "actors/peru/index.html", "events/e/index.html", "briefs/a/index.html"],
            path => Assert.Null(site.Page(path).QuerySelector(".body")));
        Assert.NotNull(site.Page("actors/pedro-castillo/index.html").QuerySelector(".body p"));
    }

    [Fact]
    public void A_source_cited_many_times_folds_its_back_links_and_a_few_stay_inline()
    {
        var twice = "-- content/sources/two.md --\n---\ntitle: Two\n---\n";
        var page = TestSite.Build(Source + twice + Brief("a", body: "One [@bbc]. Two [@bbc]. Three [@bbc]. Four [@bbc]. Five [@two]. Six [@two].")).AssertClean().Page("briefs/a/index.html");
        var folded = page.QuerySelector("li#ref-bbc details.backrefs")!;
        Assert.Equal("Cited at 4 places", folded.QuerySelector("summary")!.TextContent);
        Assert.Equal(["a", "b", "c", "d"], folded.QuerySelectorAll("a.backref").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector("li#ref-two details"));
        Assert.Equal(["a", "b"], page.QuerySelectorAll("li#ref-two span.backrefs a.backref").Select(a => a.TextContent));
    }

    [Fact]
    public void The_citation_index_folds_a_long_list_of_citing_pages_and_the_source_page_shows_it_open()
    {
        var site = TestSite.Build(Source + string.Concat(Enumerable.Range(1, 6).Select(i => Brief($"b{i}")))).AssertClean();
        var folded = site.Page("sources/index.html").QuerySelector("li#bbc details.cited-in-fold")!;
        Assert.Equal("Cited in 6 pages", folded.QuerySelector("summary")!.TextContent);
        Assert.Equal(6, folded.QuerySelectorAll("ul.cited-in li").Length);
        var page = site.Page("sources/bbc/index.html");
        Assert.Null(page.QuerySelector("details"));
        Assert.Equal(6, page.QuerySelectorAll("ul.cited-in li").Length);
        Assert.Null(TestSite.Build(Source + Brief("b1")).AssertClean().Page("sources/index.html").QuerySelector("details"));
    }

    [Fact]
    public void Prose_gets_typographic_quotes_dashes_and_ellipses_but_code_links_and_citations_keep_what_was_written()
    {
        var body = "He said \"it's over\" -- and left... [@bbc, pp. 4--5] `\"raw\" -- code` [\"x\"](https://example.org/a--b?q=\"c\")";
        var page = TestSite.Build(Source + Brief("a", body: body)).AssertClean().Page("briefs/a/index.html");
        var paragraph = page.QuerySelector(".body p")!;
        Assert.StartsWith("He said “it’s over” – and left…", paragraph.TextContent);
        Assert.Equal("\"raw\" -- code", paragraph.QuerySelector("code")!.TextContent);
        Assert.Equal("https://example.org/a--b?q=%22c%22", paragraph.QuerySelector("a[href^='https']")!.GetAttribute("href"));
        Assert.Contains("pp. 4--5", page.QuerySelector("li#ref-bbc .locator")!.TextContent);
    }
}
