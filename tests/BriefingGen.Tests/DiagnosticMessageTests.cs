using BriefingGen.Diagnostics;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// What a contributor reads: every message of the front matter, field and loading checks, word
/// for word, with the whole report of the run. DiagnosticTests pins where each problem is; these
/// pin what it says, so a message that loses its value, its hint or the way to fix it is noticed.
/// </summary>
public class DiagnosticMessageTests
{
    /// <summary>A brief with these front matter lines (title, date and summary are not added) citing the sample source.</summary>
    private static string BriefYaml(string yaml) => Source + $"-- content/briefs/a.md --\n---\n{yaml}\n---\nText [@bbc].\n";

    private const string BriefStart = "title: A\ndate: 2025-11-10\nsummary: S\n";

    /// <summary>A cited source with this line after its title, accessed on a date.</summary>
    private static string WebSource(string line) => $"-- content/sources/s.md --\n---\ntitle: S\n{line}\naccessed: 2025-11-09\n---\n" + Brief("a", body: "[@s]");

    private static string SiteYml(string yaml) => $"-- content/site.yml --\ntitle: T\n{yaml}\n";

    private const string BaseUrlRefused = "content/site.yml:2:11: error BG2012: 'base_url' must be the absolute http:// or https:// address the site is published at, such as 'https://example.org/briefings/'; ";

    public static TheoryData<string, string> Cases() => new()
    {
        // Splitting the file.
        { "-- content/briefs/a.md --\nNo front matter here.\n",
            "content/briefs/a.md:1:1: error BG2001: the file must start with front matter: a line '---', the YAML fields, and a closing line '---'" },
        { "-- content/briefs/a.md --\n---\ntitle: never closed\n",
            "content/briefs/a.md:1:1: error BG2001: the front matter opened on line 1 is never closed; add a line '---' after the last field" },
        { "-- content/briefs/a.md --\n\n  \n---\ntitle: x\n---\nText.\n",
            "content/briefs/a.md:1:1: error BG2001: the front matter must start on line 1; delete the 2 blank lines before '---'" },
        // YAML's own end-of-document line, which some generators accept.
        { "-- content/briefs/a.md --\n---\ntitle: x\n...\nText.\n",
            "content/briefs/a.md:3:1: error BG2001: front matter is closed with a line '---', not '...'; change this line to '---'" },
        // YAML allows a comment on a '---' line; front matter does not.
        { "-- content/briefs/a.md --\n--- # brief\ntitle: x\n---\nText.\n",
            "content/briefs/a.md:1:5: error BG2001: the line that opens front matter must be '---' alone; move this comment onto a line of its own below it" },
        { "-- content/briefs/a.md --\n---\ntitle: x\n---\t# end of front matter\nText.\n",
            "content/briefs/a.md:3:5: error BG2001: the line that closes front matter must be '---' alone; move this comment onto a line of its own above it" },
        { "-- content/briefs/a.md --\n---\ntitle: x\n---\uFEFF\nText.\n",
            "content/briefs/a.md:3:4: error BG2002: invisible BOM character (byte-order mark, U+FEFF) here; delete it (it is only allowed at the very start of the file)" },
        // Saved twice with a BOM: the second one hides the opening '---'.
        { "-- content/briefs/a.md --\n\uFEFF\uFEFF---\ntitle: x\n---\nText.\n",
            "content/briefs/a.md:1:1: error BG2002: invisible BOM character (byte-order mark, U+FEFF) here; delete it (it is only allowed at the very start of the file)" },

        // The name it would suggest is one the site keeps for itself.
        { "-- content/briefs/Références.md --\n---\ntitle: x\n---\n",
            "content/briefs/Références.md:1:1: error BG1004: file name 'Références' is not a valid id (lowercase ASCII letters, digits and single hyphens); choose another name ('references' is reserved for the site's own pages and anchors)" },
        // An end inside the date's own period is no end: "2019 – 1 Jan 2019".
        { Source + Brief("a") + Event("e", "2019", "end: 2019-01-01"),
            "content/events/e.md:4:6: error BG2011: 'end' (2019-01-01) falls within 'date' (2019), so the event would end before it is over; give the later date it ended, or leave 'end' out" },
        // Reading the YAML.
        // Bodies.
        { Source + Brief("a", body: "[@bbc] See [[|the report]]."),
            "content/briefs/a.md:7:12: error BG4006: '[[|the report]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as 'peru-mexico'" },
        { Source + Actors + Brief("a", body: "[@bbc] See [[peru|[[pedro-castillo]]]]."),
            "content/briefs/a.md:7:12: error BG4006: the text of [[peru|...]] holds another '[[', but a link cannot hold a link; end the first with ']]' before the next begins" },
        // Wikis and Obsidian link to a section with '#': by its id here, as a heading's own link shows it.
        { Source + Brief("a", body: "[@bbc] See [[bbc#part-two|the report]]."),
            "content/briefs/a.md:7:12: warning BG3011: [[bbc#part-two]] leads to no section of the source 'bbc': it has no heading with the id 'part-two'; its page has no headings: link to the page with [[bbc]]" },
        { Source + Brief("a", body: "[@bbc] See [[pedro-castilo#early-life]]."),
            "content/briefs/a.md:7:12: error BG3003: [[pedro-castilo#early-life]] links to an unknown id" },
        // The theme's own ids, #top and a fragment copied percent-encoded from the address bar are not refused.
        { Source + Brief("b", body: "## ما حدث\n\n[@bbc]") + Brief("a", body: "[@bbc] [[b#references]] [[b#top]] [[b#cite-this]] [[b#%D9%85%D8%A7-%D8%AD%D8%AF%D8%AB]] [[b#ما-حدث]] [[b#ما حدث]]"),
            "content/briefs/a.md:7:102: error BG4006: '[[b#ما حدث]]' names a section by its heading's words; write its id, [[b#ما-حدث]] (a heading's words in lower case, joined by '-')" },
        { Source + Brief("b", body: "## Background\n\n[@bbc]\n\n## Background\n\nMore [@bbc].") + Brief("a", body: "[@bbc] See [[b#backgruond]] and [[b#Early years]]."),
            "content/briefs/a.md:7:12: warning BG3011: [[b#backgruond]] leads to no section of the brief 'b': it has no heading with the id 'backgruond'; did you mean [[b#background]]?\n" +
            "content/briefs/a.md:7:33: error BG4006: '[[b#Early years]]' names a section by its heading's words; write its id, [[b#early-years]] (a heading's words in lower case, joined by '-')" },
        // A browser matches a fragment as written: one copied with the heading's capitals, accents or
        // punctuation leads nowhere (it passed unchecked), and is told the id its words make.
        { Source + Brief("b", body: "## Réactions des États-Unis\n\n## Quotas\n\n## ما الذي حدث؟\n\n[@bbc]")
            + Brief("a", body: "[@bbc] [[b#Quotas]] [[b#réactions-des-états-unis]] [[b#ما-الذي-حدث؟]] [[b#fn:1]] [[b#toc_heading]] [[b#TOP]]"),
            "content/briefs/a.md:7:8: warning BG3011: [[b#Quotas]] leads to no section of the brief 'b': it has no heading with the id 'Quotas'; did you mean [[b#quotas]]?\n" +
            "content/briefs/a.md:7:21: warning BG3011: [[b#réactions-des-états-unis]] leads to no section of the brief 'b': it has no heading with the id 'réactions-des-états-unis'; did you mean [[b#reactions-des-etats-unis]]?\n" +
            "content/briefs/a.md:7:52: warning BG3011: [[b#ما-الذي-حدث؟]] leads to no section of the brief 'b': it has no heading with the id 'ما-الذي-حدث؟'; did you mean [[b#ما-الذي-حدث]]?" },
        // A fragment copied from GitHub keeps its '_' ("#snake_case_word"): it was left unchecked, as the theme's ids with '_' are.
        // The theme's "#toc_heading" beside a heading "Toc heading" is the theme's contents, not the heading.
        { Source + Brief("b", body: "## snake_case_word\n\n## Code `x_y` here\n\n## Toc heading\n\n[@bbc]") + Brief("a", body: "[@bbc] [[b#snake_case_word]] [[b#code-x_y-here|text]] [[b#toc_heading]] [[b#no_such_part]]"),
            "content/briefs/a.md:7:8: warning BG3011: [[b#snake_case_word]] leads to no section of the brief 'b': a heading's id joins its words with '-', where GitHub's keep '_'; write [[b#snake-case-word]]\n" +
            "content/briefs/a.md:7:30: warning BG3011: [[b#code-x_y-here]] leads to no section of the brief 'b': a heading's id joins its words with '-', where GitHub's keep '_'; write [[b#code-x-y-here]]" },
        // An empty heading or link was an empty entry in the contents and outline, or a link nobody could see (axe: empty-heading, link-name).
        { Source + Brief("a", body: "## One\n\n##\n\n## [@bbc]\n\n## ![](https://e.example/x.png)\n\n## Two\n\nC [](https://e.example/) D [ ](../../timeline/) E [![](https://e.example/x.png)](https://e.example/)"),
            "content/briefs/a.md:9:1: warning BG4012: this heading has no words, so the page's outline and its contents list show an empty entry; write its words after the '#', or remove the line\n" +
            "content/briefs/a.md:11:1: warning BG4012: this heading has no words, so the page's outline and its contents list show an empty entry; write its words after the '#', or remove the line\n" +
            "content/briefs/a.md:13:1: warning BG4012: this heading has no words, so the page's outline and its contents list show an empty entry; write its words after the '#', or remove the line\n" +
            "content/briefs/a.md:17:3: warning BG4012: this link has no words, so a reader does not see it and a screen reader says only that it is a link; write its text between the brackets, [like this](...)\n" +
            "content/briefs/a.md:17:28: warning BG4012: this link has no words, so a reader does not see it and a screen reader says only that it is a link; write its text between the brackets, [like this](...)\n" +
            "content/briefs/a.md:17:51: warning BG4012: this link has no words, so a reader does not see it and a screen reader says only that it is a link; write its text between the brackets, [like this](...)" },
        // A zero-width space is no word; a link whose text is a citation is told that (BG4006), not also this.
        { Source + Brief("a", body: "[@bbc] A [&#x200B;](https://e.example/) B [\u200B](https://e.example/)"),
            "content/briefs/a.md:7:10: warning BG4012: this link has no words, so a reader does not see it and a screen reader says only that it is a link; write its text between the brackets, [like this](...)\n" +
            "content/briefs/a.md:7:43: warning BG4012: this link has no words, so a reader does not see it and a screen reader says only that it is a link; write its text between the brackets, [like this](...)" },
        // Words in code, a [[link]]'s title or an image's description are words.
        { Source + Actors + Brief("a", body: "## `parse()`\n\n## [[peru]]\n\n## ![Chart of flows](https://e.example/x.png)\n\n[`x`](https://e.example/) [![A logo](https://e.example/x.png)](https://e.example/) [@bbc]"), "" },
        // A marker read on its own would make a link inside the link around it.
        { Source + Brief("a", body: "One [see this [^a]](https://example.org/x) [@bbc].\n\n[^a]: The note."),
            "content/briefs/a.md:7:15: error BG4006: note marker '[^a]' is inside the text of a link, which cannot hold the marker's own link; put it after the link" },
        { Source + Brief("a", body: "Claim[^sorce] [@bbc].\n\n[^source]: The note."),
            "content/briefs/a.md:7:6: warning BG4008: note marker '[^sorce]' has no note, so it is shown as text; write the note on a line '[^sorce]: ...' at the end of the body; did you mean '[^source]'?\n" +
            "content/briefs/a.md:9:1: warning BG4008: note '[^source]' is not marked anywhere in the text, so it is not shown; put '[^source]' where it belongs, or remove the note" },
        // Inside a quote a one-word note is a link definition: it vanished, and nothing said so.
        { Source + Brief("a", body: "Claim [@bbc].\n\n> [^q]: Hello.\n\n- [^r]: first"),
            "content/briefs/a.md:9:3: warning BG4008: '[^q]:' inside a quote or a list is read as a Markdown link definition, so the line is not shown and is no note; write the note on a line of its own, outside the quote or list, at the end of the body\n" +
            "content/briefs/a.md:11:3: warning BG4008: '[^r]:' inside a quote or a list is read as a Markdown link definition, so the line is not shown and is no note; write the note on a line of its own, outside the quote or list, at the end of the body" },
        { Source + Brief("a", body: "Claim[^1] [@bbc].\n\n[^1]: The note.\n\n[^1]: Another note."),
            "content/briefs/a.md:11:1: warning BG4008: a note named '[^1]' is already written on line 9, so this one is not shown; give it a name of its own" },
        { Source + Brief("a", "corrections:\n  - date: 2025-11-12\n    text: \"The figure now cites [@bbc, p. 4].\""),
            "content/briefs/a.md:7:11: warning BG2014: 'text' is plain text, so '[@bbc, p. 4]' is shown as written and cites nothing; cite the source in the body" },
        { Source + Brief("a") + Event("e", "2020", "summary: Talks with [[bbc]] fail"),
            "content/events/e.md:4:10: warning BG2014: 'summary' is plain text, so '[[bbc]]' is shown as written, not as a link; link in the body" },
        // A relative link to a page the site does not have, and one that climbs out of the site.
        { Source + Brief("b") + Brief("a", body: "[@bbc] See [the old brief](../old-b/) and [x](../../../../etc/passwd)."),
            "content/briefs/a.md:7:12: warning BG4010: link address '../old-b/' leads to no page of the site (from this page it is 'briefs/old-b/index.html'); link to a brief, actor, event or source with [[id]], which stays right when pages move\n" +
            "content/briefs/a.md:7:43: warning BG4010: link address '../../../../etc/passwd' climbs above the site's root, so it leads outside the site; link to a page of the site, or write the full https:// address" },
        { Source + Brief("a", body: "[@bbc] ![Chart](chart.png) ![Logo](../../assets/icon.svg)"),
            "content/briefs/a.md:7:8: warning BG4010: image address 'chart.png' leads to no file of the site: content/ holds no images; use the image's https:// address, or put it in the theme's assets/ folder (--templates) and write '../../assets/chart.png'" },
        // Left open, the citation or link was shown as text and nothing said so.
        { Source + Brief("a", body: "[@bbc] Claim [@bbc and more."),
            "content/briefs/a.md:7:14: error BG4006: citation '[@bbc' is never closed, so it is shown as text and cites nothing; end it with ']' (write \\[ for a bracket meant as text)" },
        { Source + Brief("a", body: "[@bbc] See [[bbc for more."),
            "content/briefs/a.md:7:12: error BG4006: '[[bbc' is never closed, so it is shown as text, not as a link; end it with ']]' (write \\[ for a bracket meant as text)" },
        // A passage left open, cut at a ']' inside it, or with words after it was shown as a locator, and its rest as prose.
        { Source + Brief("a", body: "One [@bbc, \"left open]. Two [@bbc, \"a ] b\"]. Three [@bbc, p. 4, \"words\", more]. Four [@bbc, s.v. \"asylum\"]."),
            "content/briefs/a.md:7:5: error BG4006: malformed citation '[@bbc, \"left open]': a passage relied on goes last, whole, in one pair of double quotes with no ']' inside; write [@source-id, p. 4, \"the words\"]\n" +
            "content/briefs/a.md:7:29: error BG4006: malformed citation '[@bbc, \"a ]': a passage relied on goes last, whole, in one pair of double quotes with no ']' inside; write [@source-id, p. 4, \"the words\"]\n" +
            "content/briefs/a.md:7:52: error BG4006: malformed citation '[@bbc, p. 4, \"words\", more]': a passage relied on goes last, whole, in one pair of double quotes with no ']' inside; write [@source-id, p. 4, \"the words\"]" },
        // A quotation inside the passage, in straight double quotes, ended it: the message spoke of ']'.
        { Source + Brief("a", body: "[@bbc] One [@bbc, p. 4, \"he said \"no\" twice\"]."),
            "content/briefs/a.md:7:12: error BG4006: malformed citation '[@bbc, p. 4, \"he said \"no\" twice\"]': the passage relied on is in one pair of double quotes, so a quotation inside it takes single quotes or “ ”; write [@bbc, p. 4, \"he said 'no' twice\"]" },
        { Source + Brief("a", body: "One [@bbc, p. 4, \"he said 'no' twice\"]."), "" },
        // Only a marker of the right shape is told of its passage; the other checks of a citation's shape still see one.
        { Source + Brief("a", body: "One [-@bbc, \"left open]. Two [@BBC, \"the words\"]. Three [@bbc, \"left open](https://example.org/) [@bbc]."),
            "content/briefs/a.md:7:5: error BG4006: citation '[-@bbc, \"left open]' has pandoc's '-', which leaves out an author's name that numbered citations never show; write [@bbc, \"left open]\n" +
            "content/briefs/a.md:7:30: error BG4006: malformed citation '[@BBC, \"the words\"]': 'BBC' is not an id, which is lowercase letters, digits and '-' (the source's file name); write [@bbc, \"the words\"]\n" +
            "content/briefs/a.md:7:57: warning BG3010: '[@bbc]' is the text of an ordinary link here (an address follows it), so source 'bbc' is not cited; cite it with [@bbc] on its own (its address belongs in the source's 'url')" },
        // An address pasted without its https:// is a path from the page.
        { Source + Brief("a", body: "[@bbc] [BBC](bbc.com) [notes](../../data/briefs.json)"),
            "content/briefs/a.md:7:8: warning BG4010: link address 'bbc.com' has no https://, so it leads to a page of this site that does not exist; write 'https://bbc.com'" },
        { Source + Brief("a", body: "[@bbc] [BBC](www.bbc.com/news) and [x](bbc.co.uk/x), [notes](notes.html)."),
            "content/briefs/a.md:7:8: warning BG4010: link address 'www.bbc.com/news' has no https://, so it leads to a page of this site that does not exist; write 'https://www.bbc.com/news'\n" +
            "content/briefs/a.md:7:36: warning BG4010: link address 'bbc.co.uk/x' has no https://, so it leads to a page of this site that does not exist; write 'https://bbc.co.uk/x'\n" +
            "content/briefs/a.md:7:54: warning BG4010: link address 'notes.html' leads to no page of the site (from this page it is 'briefs/a/notes.html'); link to a brief, actor, event or source with [[id]], which stays right when pages move" },
        // A link written as the file: its id is the file's name.
        { Source + Brief("a", body: "[@bbc] A [ @bbc p. 33]."),
            "content/briefs/a.md:7:10: error BG4006: malformed citation '[ @bbc p. 33]': a locator follows the id after a comma; write [@bbc, p. 33]" },
        { Source + Actors + Brief("a", body: "[@bbc] [[pedro-castillo.md]] and [[actors/pedro-castillo]]."),
            "content/briefs/a.md:7:8: error BG4006: '[[pedro-castillo.md]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as 'pedro-castillo'\n" +
            "content/briefs/a.md:7:34: error BG4006: '[[actors/pedro-castillo]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as 'pedro-castillo'" },
        // Other tools' habits: Better BibTeX's keys, pandoc's locator without a comma.
        { Source + Brief("a", body: "[@bbc] A [@smith_2020]. B [@smith:2020, p. 4]. C [@bbc p. 33]. D [@bbc: 33]."),
            "content/briefs/a.md:7:10: error BG4006: malformed citation '[@smith_2020]': 'smith_2020' is not an id, which is lowercase letters, digits and '-' (the source's file name); write [@smith-2020]\n" +
            "content/briefs/a.md:7:27: error BG4006: malformed citation '[@smith:2020, p. 4]': 'smith:2020' is not an id, which is lowercase letters, digits and '-' (the source's file name); write [@smith-2020, p. 4]\n" +
            "content/briefs/a.md:7:50: error BG4006: malformed citation '[@bbc p. 33]': a locator follows the id after a comma; write [@bbc, p. 33]\n" +
            "content/briefs/a.md:7:66: error BG4006: malformed citation '[@bbc: 33]': a locator follows the id after a comma; write [@bbc, 33]" },
        // The comma of an Arabic or a Chinese keyboard: "[@bbc ص. ٣]", then refused in turn, and "[@bbc-3]" were suggested.
        { Source + Brief("a", body: "[@bbc] A [@bbc، ص. ٣]. B [@bbc，第3页]. C [@bbc، ص. ٣; @bbc, p. 2]. D [@bbc،]."),
            "content/briefs/a.md:7:10: error BG4006: malformed citation '[@bbc، ص. ٣]': a locator follows the id after a comma ','; write [@bbc, ص. ٣]\n" +
            "content/briefs/a.md:7:26: error BG4006: malformed citation '[@bbc，第3页]': a locator follows the id after a comma ','; write [@bbc, 第3页]\n" +
            "content/briefs/a.md:7:40: error BG4006: malformed citation '[@bbc، ص. ٣; @bbc, p. 2]': a locator follows the id after a comma ','; write [@bbc, ص. ٣; @bbc, p. 2]\n" +
            "content/briefs/a.md:7:68: error BG4006: malformed citation '[@bbc،]': a comma is followed by a locator, and this one by none; write [@bbc]" },
        // The ']' two lines on closes the second citation, not the first.
        { Source + Brief("a", body: "Claim [@bbc\nand later [@bbc]."),
            "content/briefs/a.md:7:7: error BG4006: citation '[@bbc' is never closed, so it is shown as text and cites nothing; end it with ']' (write \\[ for a bracket meant as text)" },
        { Source + Brief("a", body: "Intro [@bbc].\n\n[@bbc, p. 4]: agreed"),
            "content/briefs/a.md:9:1: error BG4006: '[@bbc, p. 4]:' opening a line is read as a Markdown link definition, so the line is not shown and cites nothing; put words before the citation, or write \\[@bbc, p. 4]" },
        // Written as a link's text, the citation was a plain link and the source went uncited without a word.
        { Source + Brief("a", body: "[@bbc] See [@bbc](https://example.org/r)."),
            "content/briefs/a.md:7:12: warning BG3010: '[@bbc]' is the text of an ordinary link here (an address follows it), so source 'bbc' is not cited; cite it with [@bbc] on its own (its address belongs in the source's 'url')" },
        { Source + Brief("a", body: "[@bbc] See [[bbc]](https://example.org/r)."),
            "content/briefs/a.md:7:12: warning BG3010: '[[bbc]]' is the text of an ordinary link here (an address follows it), not a link to the source 'bbc'; write [[bbc]] on its own to link to its page" },
        // Pandoc's prefix before the '@' left the brackets as text, citing nothing, without a word; a handle, or code, is meant as written.
        { Source + Brief("a", body: "[@bbc] As reported [see @bbc, p. 4], [by @jdoe] and `[see @bbc]`."),
            "content/briefs/a.md:7:20: warning BG3010: '[see @bbc, p. 4]' is shown as written and cites nothing: a citation's brackets hold only sources, each with its locator; put the words outside: see [@bbc, p. 4]" },
        // Each item's words go outside: moving only the first's left "also" inside, a malformed citation.
        { Sources("a", "b") + Brief("x", body: "[@a] [@b] As argued [see @a, pp. 33-35; also @b, ch. 2]."),
            "content/briefs/x.md:7:21: warning BG3010: '[see @a, pp. 33-35; also @b, ch. 2]' is shown as written and cites nothing: a citation's brackets hold only sources, each with its locator; put the words outside: see [@a, pp. 33-35]; also [@b, ch. 2]" },
        // A link inside a link's text was written as an <a> inside an <a>, which a browser splits apart.
        { Source + Brief("a", body: "See [the report [@bbc]](https://example.org/r)."),
            "content/briefs/a.md:7:17: error BG4006: citation '[@bbc]' is inside the text of a link, which cannot hold the citation's own link; put it after the link" },
        { Source + Brief("a", body: "[@bbc] See [a page on [[bbc|the report]]][r].\n\n[r]: https://example.org/r"),
            "content/briefs/a.md:7:23: error BG4006: '[[bbc|the report]]' is inside the text of a link, and a link cannot hold another; put it after the link" },
        // A [[link]]'s text is plain text: the citation was printed as "[@bbc]", and "]]]" cut the link short before the last ']'.
        { Source + Actors + Brief("a", body: "[@bbc] See [[peru|Peru [@bbc]]]."),
            "content/briefs/a.md:7:24: error BG4006: citation '[@bbc]' is inside the text of '[[peru|...]]', which is plain text, so it would be shown as written; put it after the link, as [[peru|Peru]] [@bbc]" },
        // Still counted as a citation, so the source is not also reported as cited nowhere.
        { Source + Brief("b", body: "Text.") + Brief("a", body: "See [[b|text with [@bbc, p. 4] inside]]."),
            "content/briefs/a.md:7:19: error BG4006: citation '[@bbc, p. 4]' is inside the text of '[[b|...]]', which is plain text, so it would be shown as written; put it after the link, as [[b|text with inside]] [@bbc, p. 4]" },
        // Pandoc's suppress-author form was left as text without a word; other bracketed text with an '@' is prose.
        { Source + Brief("a", body: "As reported [-@bbc, p. 4], [via @handle] and [see -@x]."),
            "content/briefs/a.md:7:13: error BG4006: citation '[-@bbc, p. 4]' has pandoc's '-', which leaves out an author's name that numbered citations never show; write [@bbc, p. 4]" },
        // Served at the root these worked; published under a sub-path (GitHub Pages' /repo/) or opened from disk, they led nowhere.
        { Source + Brief("b") + Brief("a", body: "[@bbc] See [b](/briefs/b/), [its page](/briefs/b/index.html), [x](/briefs/b) and [[b]]."),
            "content/briefs/a.md:7:12: warning BG4009: link address '/briefs/b/' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write [[b]] to link to the brief\n" +
            "content/briefs/a.md:7:29: warning BG4009: link address '/briefs/b/index.html' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write [[b]] to link to the brief\n" +
            "content/briefs/a.md:7:63: warning BG4009: link address '/briefs/b' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write [[b]] to link to the brief" },
        // Not a document's page (b is a brief, there is no brief 'c'): the same address written from the page.
        { Source + Brief("b") + Brief("a", body: "[@bbc] See [x](/actors/b/), [y](/briefs/c/), [z](/timeline/#y2025), [w](/) and ![map](  /map.png )."),
            "content/briefs/a.md:7:12: warning BG4009: link address '/actors/b/' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write it from this page, as '../../actors/b/index.html'\n" +
            "content/briefs/a.md:7:29: warning BG4009: link address '/briefs/c/' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write it from this page, as '../../briefs/c/index.html'\n" +
            "content/briefs/a.md:7:46: warning BG4009: link address '/timeline/#y2025' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write it from this page, as '../../timeline/index.html#y2025'\n" +
            "content/briefs/a.md:7:69: warning BG4009: link address '/' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write it from this page, as '../../index.html'\n" +
            "content/briefs/a.md:7:80: warning BG4009: image address '/map.png' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write it from this page, as '../../map.png'" },
        { Source + Brief("a", body: "Text\u0001\u0001 [@bbc]."),
            "content/briefs/a.md:7:5: warning BG4007: invisible control character U+0001 here (1 more in this body); it is shown as a space: remove it" },
        // References to nothing and to a byte-order mark passed in silence; a typed NUL or BOM is named.
        { Source + Brief("a", body: "Nul &#0; &#x110000; bom &#xFEFF; and &#xfffd; are fine [@bbc]."),
            "content/briefs/a.md:7:5: warning BG4007: '&#0;' stands for no character (U+0000, a surrogate, or past U+10FFFF) and is shown as �; remove it\n" +
            "content/briefs/a.md:7:10: warning BG4007: '&#x110000;' stands for no character (U+0000, a surrogate, or past U+10FFFF) and is shown as �; remove it\n" +
            "content/briefs/a.md:7:25: warning BG4007: a character reference here stands for the invisible byte-order mark U+FEFF, which is left out; remove it" },

        { BriefYaml(BriefStart + "extra: {n: " + new string('x', 66_000) + "}"),
            "content/briefs/a.md:2:1: error BG2009: front matter is longer than 64 KiB; move long text into the body" },
        { BriefYaml("title: a\0b"),
            "content/briefs/a.md:2:9: error BG2002: NUL character (U+0000) here; remove it (an editor may show it as nothing or as a box)" },
        { BriefYaml("\0title: A"),
            "content/briefs/a.md:2:1: error BG2002: NUL character (U+0000) here; remove it (an editor may show it as nothing or as a box)" },
        { BriefYaml("title: A\nsummary: a\uFEFFb"),
            "content/briefs/a.md:3:11: error BG2002: invisible BOM character (byte-order mark, U+FEFF) here; delete it (it is only allowed at the very start of the file)" },
        // Pasted from a word processor or a web page: spacing YAML does not read as spacing, named where it is, not lines further on.
        { BriefYaml("title:\u00a0\"X\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:7: error BG2002: YAML: the space after 'title:' is a no-break space (U+00A0), which YAML does not count as one; type an ordinary space" },
        { BriefYaml("title:\"Peru\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:7: error BG2002: YAML: 'title:' needs a space after the ':', or the line reads as one word, not as a key and its value; write 'title: \"Peru\"'" },
        // With a ': ' further on, the line does read as a key: one that runs into the value.
        { BriefYaml("date: 2025-11-10\nsummary: S\ntitle:\"Peru: x\""),
            "content/briefs/a.md:4:1: error BG2005: unknown key 'title:\"Peru': 'title:' needs a space after the ':', or the line reads as one word, not as a key and its value; write 'title: \"Peru...'" },
        // A tab after a key's ':' is YAML's own spacing, and "mailto:x" in a list is text: neither hides the quote left open below.
        { BriefYaml("title:\t\"x\"\ndate: 2025-11-10\nsummary: S\nauthors:\n  - mailto:someone\n  - \"open"),
            "content/briefs/a.md:7:5: error BG2002: YAML: this quoted value is never closed; add the closing \" at its end (a \" inside it is written \\\")" },
        { BriefYaml(BriefStart + "tags:\n\u00a0\u00a0- peru\nauthors: [A]"),
            "content/briefs/a.md:6:1: error BG2002: YAML: this line is indented with a no-break space (U+00A0), which YAML does not count as a space; indent with ordinary spaces" },
        { BriefYaml(BriefStart + "corrections:\n  - {date: 2025-11-11, text: x}\n\u3000 - {date: 2025-11-12, text: y}"),
            "content/briefs/a.md:7:1: error BG2002: YAML: this line is indented with the space character U+3000, which YAML does not count as a space; indent with ordinary spaces" },
        { Source + Brief("a", "extra:\n  a:\n\t  b: 1"),
            "content/briefs/a.md:7:1: error BG2002: YAML: a tab is used to indent this line; YAML indents with spaces only" },
        { BriefYaml("title: A\n\tdate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:3:1: error BG2002: YAML: a tab is used to indent this line; YAML indents with spaces only" },
        { BriefYaml("title: A\ndate: 2025-11-10\nsummary: S\nextra:\n  a:\n  \tb: 1\n  c: 1"),
            "content/briefs/a.md:7:3: error BG2002: YAML: a tab is used to indent this line; YAML indents with spaces only" },
        // Tabs YAML accepts (continuing a quoted value, inside a value) before the one it refuses are not the culprit.
        { BriefYaml("title: \"A\n\tcontinued\"\ndate: 2025-11-10\nsummary: S\tS\nextra:\n  a:\n    b: 1\n\t  c: 1\n  d: 1"),
            "content/briefs/a.md:9:1: error BG2002: YAML: a tab is used to indent this line; YAML indents with spaces only" },
        // A line indented with a tab after some other syntax error is not what the error is about.
        { BriefYaml("title: A\ndate: 2025-11-10\nsummary: \"unclosed\n\tcontinued"),
            "content/briefs/a.md:4:10: error BG2002: YAML: this quoted value is never closed; add the closing \" at its end (a \" inside it is written \\\")" },
        // YamlDotNet fails on some text with exceptions of its internals; the contributor gets what to look for instead.
        { BriefYaml(": {\nk"),
            "content/briefs/a.md:3:1: error BG2002: YAML: the front matter cannot be read from here on; check for an unclosed bracket or quote, a stray '...' or '---', or a '!' tag" },
        // The library's own words ("While parsing a flow sequence, ...") become what to change, where it is.
        { Source + Brief("a", "authors: [\"x\""),
            "content/briefs/a.md:5:10: error BG2002: YAML: the list opened with '[' here is never closed; end it with ']'" },
        { Source + Brief("a", "tags: ["),
            "content/briefs/a.md:5:7: error BG2002: YAML: the list opened with '[' here is never closed; end it with ']'" },
        { Source + Brief("a", "tags: [peru, a: b"),
            "content/briefs/a.md:5:7: error BG2002: YAML: the list opened with '[' here is never closed; end it with ']'" },
        { Source + Brief("a", "extra: {a: [1, 2], b: {c"),
            "content/briefs/a.md:5:23: error BG2002: YAML: the map opened with '{' here is never closed; end it with '}'" },
        { Source + Brief("a", "extra: {a: b"),
            "content/briefs/a.md:5:8: error BG2002: YAML: the map opened with '{' here is never closed; end it with '}'" },
        { Source + Brief("a", "tags: [a, \"b\" c]"),
            "content/briefs/a.md:5:15: error BG2002: YAML: expected ', ' before the next item or ']' to end the list; quote a value that contains a comma, a bracket, a brace or ': '" },
        { BriefYaml("title: Peru: x\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:12: error BG2002: YAML: a value containing ': ' must be quoted: title: \"Peru: x\"" },
        { BriefYaml("title: Peru: \"the rupture\" # why\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:12: error BG2002: YAML: a value containing ': ' must be quoted: title: 'Peru: \"the rupture\"'" },
        { BriefYaml("title: \"Peru\": the rupture\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:14: error BG2002: YAML: a value containing ': ' must be quoted: title: '\"Peru\": the rupture'" },
        { Source + Brief("a", "extra: Peru:"),
            "content/briefs/a.md:5:12: error BG2002: YAML: a value ending in ':' must be quoted: extra: \"Peru:\"" },
        { Source + Brief("a", "extra:\n  - a: b: c"),
            "content/briefs/a.md:6:9: error BG2002: YAML: a value containing ': ' must be quoted: - a: \"b: c\"" },
        { BriefYaml("title: A\n date: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:3:2: error BG2002: YAML: 'date' is indented further than the key above it, so it reads as part of that value; start it in the same column as the other keys (or quote the value above, if this line belongs to it)" },
        { BriefYaml("title: 'A'\ndate: 2025-11-10\nsummary: S\nauthors: 'it's'"),
            "content/briefs/a.md:5:14: error BG2002: YAML: text follows the closing quote of this value; quote the whole value (a ' inside '...' is written '', a \" inside \"...\" is written \\\")" },
        { BriefYaml("title: 'unclosed\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2002: YAML: this quoted value is never closed; add the closing ' at its end (a ' inside it is written '')" },
        { BriefYaml("title: \"C:\\Users\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:11: error BG2002: YAML: '\\U' must be followed by a character's hexadecimal code; inside \"...\" a backslash is written \\\\, or put the value in single quotes, where a backslash is plain text" },
        { BriefYaml("title: \"\\u00e9 \\q\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:16: error BG2002: YAML: '\\q' is not an escape sequence; inside \"...\" a backslash is written \\\\, or put the value in single quotes, where a backslash is plain text" },
        { BriefYaml("title: @peru\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2002: YAML: a value cannot start with '@'; quote it: title: \"@peru\"" },
        { Source + Brief("a", "tags: - peru"),
            "content/briefs/a.md:5:7: error BG2002: YAML: a list item ('- ') cannot follow a key on the same line; put each item on a line of its own under the key, or quote the value if the dash is part of the text" },
        { Source + Brief("a", "- peru"),
            "content/briefs/a.md:5:1: error BG2002: YAML: this list item is not in line with a list: items start in the same column, under a key that ends its line with ':' (such as 'tags:')" },
        { Source + Brief("a", "tags:\n  - peru\n  mexico"),
            "content/briefs/a.md:7:3: error BG2002: YAML: this line is inside the list above but is not an item of it; start it with '- ' in the same column as the other items, or move it back to the column of the keys" },
        // It does start with '- ', a column further in than the item above.
        { Source + Actors.Replace("2022-12}", "2022-12}\n   - {title: Teacher}"),
            "content/actors/pedro-castillo.md:7:4: error BG2002: YAML: this item starts in column 4 and the item above it in column 3; start every item of the list in the same column" },
        { Source + Brief("a", "draft"),
            "content/briefs/a.md:5:1: error BG2002: YAML: 'draft' is not a 'key: value' field; add ': ' after the key, or indent the line if it continues the value above" },
        { Source + Brief("a", "extra:\n  a: 1\n b: 2"),
            "content/briefs/a.md:7:2: error BG2002: YAML: this key is not in line with the keys above it; the keys of one map start in the same column" },
        { Source + Brief("a", "extra: |x"),
            "content/briefs/a.md:5:8: error BG2002: YAML: text cannot follow '|' or '>' on the same line; start the text on the next line, indented" },
        // YamlDotNet's words were "Did not find expected <document start>.", at the line after.
        { BriefYaml("%YAML 1.2\ntitle: A\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:1: error BG2002: YAML: '%YAML 1.2' is a YAML directive, which these fields do not take; remove the line" },
        { "-- content/site.yml --\n%TAG ! tag:example.org,2026:\ntitle: T\n",
            "content/site.yml:1:1: error BG2002: YAML: '%TAG ! tag:example.org,2026:' is a YAML directive, which these fields do not take; remove the line" },
        { BriefYaml(BriefStart + "...\nmore: x"),
            "content/briefs/a.md:6:1: error BG2002: front matter must be a single YAML document" },
        { "-- content/site.yml --\n---\ntitle: T\n---\n",
            "content/site.yml:3:1: error BG2002: site.yml must be a single YAML document; remove this line (unlike a brief, it has no '---' lines around its fields)" },
        { BriefYaml("- a\n- b"),
            "content/briefs/a.md:2:1: error BG2006: front matter must be a set of 'key: value' fields" },
        { Source + Brief("a", "extra: [" + string.Join(",", Enumerable.Repeat("1", 5000)) + "]"),
            "content/briefs/a.md:5:9991: error BG2009: front matter has more than 5000 values" },
        { Source + Brief("a", "extra: *x"),
            "content/briefs/a.md:5:8: error BG2003: '*x' reads as a YAML alias, which front matter does not use; write the value out, or if it is text (*emphasis*), put the whole value in quotes" },
        // Valid YAML the library fails on: the anchor is named, not a missing ', '.
        { Source + Brief("a", "extra: {a: &x 1, b: 2}"),
            "content/briefs/a.md:5:12: error BG2003: '&x' reads as a YAML anchor, which front matter does not use; remove it, or if it is text, put the whole value in quotes" },
        { Source + Brief("a", "extra: {a: 'it''s &x' b: 2}"),
            "content/briefs/a.md:5:23: error BG2002: YAML: expected ', ' before the next field or '}' to end the map; quote a value that contains a comma, a bracket, a brace or ': '" },
        { Source + Brief("a", "extra: {a: Smith &Co b: 2}"),
            "content/briefs/a.md:5:23: error BG2002: YAML: expected ', ' before the next field or '}' to end the map; quote a value that contains a comma, a bracket, a brace or ': '" },
        { Source + Brief("a", "extra: {a: \"x &y\" b: 2}"),
            "content/briefs/a.md:5:19: error BG2002: YAML: expected ', ' before the next field or '}' to end the map; quote a value that contains a comma, a bracket, a brace or ': '" },
        { Source + Brief("a", "extra: &anchor {a: 1}"),
            "content/briefs/a.md:5:8: error BG2003: '&anchor' reads as a YAML anchor, which front matter does not use; remove it, or if it is text, put the whole value in quotes" },
        // The first anchor hid every other problem of the file; the keys whose values were refused say no more,
        // and an alias of a refused anchor is that anchor's problem.
        { BriefYaml("title: &t \"Anchor\"\ndate: 2025-11-10\nsummary: *t\ncorrections:\n  - {date: 2025-11-12, text: x, txt: y}\n  - {date: 2025-11-13}\nextra:\n  k: !!str 1\n  k: 2"),
            "content/briefs/a.md:2:8: error BG2003: '&t' reads as a YAML anchor, which front matter does not use; remove it, or if it is text, put the whole value in quotes\n" +
            "content/briefs/a.md:6:33: error BG2005: unknown key 'txt'; did you mean 'text'? (custom data goes under 'extra:')\n" +
            "content/briefs/a.md:7:5: error BG2007: required key 'text' is missing; add what was corrected\n" +
            "content/briefs/a.md:9:6: error BG2003: YAML tags (tag:yaml.org,2002:str) are not allowed\n" +
            "content/briefs/a.md:10:3: error BG2004: key 'k' is given twice (first on line 9); keep one" },
        // Markdown's emphasis, an ampersand or a hashtag opening a value mean something else to YAML.
        { BriefYaml("title: *Urgent* review\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2003: '*Urgent*' reads as a YAML alias, which front matter does not use; write the value out, or if it is text (*emphasis*), put the whole value in quotes" },
        { BriefYaml("title: T\ndate: 2025-11-10\nsummary: & more"),
            "content/briefs/a.md:4:10: error BG2002: YAML: '&' or '*' starting a value marks a YAML anchor or alias; if it is text, quote the value: summary: \"& more\"" },
        { BriefYaml("title: #MeToo in Peru\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:7: error BG2007: 'title' has no value: YAML reads '#' after a space as the start of a comment; if '#MeToo in Peru' is the value, quote it: title: \"#MeToo in Peru\"" },
        // A hashtag or number after a space cuts a plain value short; a note ("# ...") or a comment after a date is the writer's own.
        { BriefYaml("title: C# and #tags\ndate: 2025-11-10 #approx\nsummary: Peru's partner, then\n  Mexico's #2"),
            "content/briefs/a.md:2:15: warning BG2015: 'title' reads 'C# and': YAML reads '#' after a space as the start of a comment, so '#tags' is left out; if it belongs to the title, quote the whole value: title: \"C# and #tags\"\n" +
            "content/briefs/a.md:5:12: warning BG2015: 'summary' reads 'Peru’s partner, then Mexico’s': YAML reads '#' after a space as the start of a comment, so '#2' is left out; if it belongs to the summary, quote the whole value" },
        { BriefYaml("title: Talks resume # check the date\ndate: 2025-11-10\nsummary: \"S #1\""), "" },
        { "-- content/actors/amlo.md --\n---\nname: Andrés Manuel López Obrador\nkind: person\naliases:\n  - AMLO #1\n  - El Peje # a nickname\n---\n",
            "content/actors/amlo.md:5:10: warning BG2015: an item of 'aliases' reads 'AMLO': YAML reads '#' after a space as the start of a comment, so '#1' is left out; if it belongs to the item, quote the whole value: - \"AMLO #1\"" },
        { BriefYaml("\ttitle: T\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:1: error BG2002: YAML: a tab is used to indent this line; YAML indents with spaces only" },
        { Source + Brief("a", "extra: !!str x"),
            "content/briefs/a.md:5:8: error BG2003: YAML tags (tag:yaml.org,2002:str) are not allowed" },
        { "-- content/briefs/a.md --\n---\n" + string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + "k:\n")) + "---\n",
            "content/briefs/a.md:10:17: error BG2009: front matter is nested more than 8 levels deep" },
        { Source + Brief("a", "? [k]\n: v"),
            "content/briefs/a.md:5:3: error BG2006: a key must be a plain name" },
        { Source + Brief("a", "title: again"),
            "content/briefs/a.md:5:1: error BG2004: key 'title' is given twice (first on line 2); keep one" },

        // Front matter with no fields at all: empty, blank, a comment, or a null document.
        { BriefYaml(""), MissingBriefFields },
        { BriefYaml("  "), MissingBriefFields },
        { BriefYaml("# nothing yet"), MissingBriefFields },
        { BriefYaml("~"), MissingBriefFields },

        // Fields.
        { Source + Brief("a", "summery: x"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'summery'; did you mean 'summary'? (custom data goes under 'extra:')" },
        // Keys are lowercase; one in capitals was told of no key at all, its letters being too far from any.
        { Source + Brief("a", "TAGS: [peru]"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'TAGS'; did you mean 'tags'? (custom data goes under 'extra:')" },
        // A field that fails hid the ids the other fields name until it was fixed: they are checked all the same.
        { Source + Actors + "-- content/events/e.md --\n---\ntitle: E\ndate: 2025-13\nsources: [bcc]\nactors: [nobody]\n---\nBody [[nope]].\n",
            "content/events/e.md:3:7: error BG2008: 'date': '2025-13' has month 13; months run from 01 to 12\n" +
            "content/events/e.md:4:11: error BG3001: unknown source 'bcc' in 'sources'; did you mean 'bbc'?\n" +
            "content/events/e.md:5:10: error BG3001: unknown actor 'nobody' in 'actors'\n" +
            "content/events/e.md:7:6: error BG3003: [[nope]] links to an unknown id" },
        { Source + Actors + "-- content/actors/x.md --\n---\nname: X\nkind: persn\ncountry: pedro-castillo\nroles:\n  - {title: T, of: nobody}\n---\n" + Brief("a", "actors: [peru]", "[@bbc]"),
            "content/actors/x.md:3:7: error BG2010: 'kind' must be one of person, state, organization, group, not 'persn'; did you mean 'person'?\n" +
            "content/actors/x.md:6:20: error BG3001: unknown actor 'nobody' in 'of'" },
        // Shown wherever its document is listed or linked to: one 60,000-character name made 250 MB of site from 1 MB of content.
        { Source + Brief("a", body: "[@bbc]").Replace("title: Brief a", "title: " + new string('x', 501)),
            "content/briefs/a.md:2:8: error BG2010: 'title' is 501 characters long, more than the 500 allowed: it is shown wherever this is listed or linked to, so keep it short" },
        { Source + Brief("a", body: "[@bbc]").Replace("title: Brief a", "title: " + new string('x', 500)).Replace("summary: Summary of a.", "summary: " + new string('y', 2_001)),
            "content/briefs/a.md:4:10: error BG2010: 'summary' is 2,001 characters long, more than the 2,000 allowed: it is shown wherever this is listed or linked to, so keep it short (the rest belongs in the body)" },
        // A correction goes into every feed that lists its brief.
        { Source + Brief("a", "corrections:\n  - date: 2025-11-12\n    text: " + new string('c', 2001)),
            "content/briefs/a.md:7:11: error BG2010: 'text' is 2,001 characters long, more than the 2,000 allowed: it is shown wherever this is listed or linked to, so keep it short (the details belong in the brief's body)" },
        // Counted in characters, not UTF-16 units: 499 Han characters and an emoji are 500.
        { Source + Brief("a", body: "[@bbc]").Replace("title: Brief a", "title: " + new string('水', 499) + "🌊").Replace("summary: Summary of a.", "summary: " + string.Concat(Enumerable.Repeat("🌊", 2_001))),
            "content/briefs/a.md:4:10: error BG2010: 'summary' is 2,001 characters long, more than the 2,000 allowed: it is shown wherever this is listed or linked to, so keep it short (the rest belongs in the body)" },
        { Source.Replace("authors: [\"Tian, Yang\"]", "authors: [\"Tian, Yang\", " + new string('z', 501) + "]") + Brief("a", body: "[@bbc]"),
            "content/sources/bbc.md:4:25: error BG2010: 'authors' is 501 characters long, more than the 500 allowed: it is shown wherever this is listed or linked to, so keep it short" },
        { SiteYml("base_url: https://example.org/" + new string('a', 481)),
            "content/site.yml:2:11: error BG2010: 'base_url' is 501 characters long, more than the 500 allowed: it is shown wherever this is listed or linked to, so keep it short" },
        // Two letters swapped are one slip, not two edits.
        { Source + Brief("a", "titel: x"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'titel'; did you mean 'title'? (custom data goes under 'extra:')" },
        { "-- content/site.yml --\ntitel: T\n",
            "content/site.yml:1:1: error BG2005: unknown key 'titel'; did you mean 'title'? (custom data goes under 'extra:')\n" +
            "content/site.yml:1:1: error BG2007: required key 'title' is missing; add the site's title" },
        // A brief saved in events/: its 'authors' is no misspelt 'actors'. One stray key is a slip, and gets its hint.
        { Source + "-- content/events/e.md --\n---\ntitle: E\ndate: 2025-11-10\nsummary: S\nauthors: [\"Tian, Yang\"]\nevents: [e]\n---\nText [@bbc].\n",
            "content/events/e.md:5:1: error BG2005: unknown key 'authors' (every key of this file is a brief's: if it is one, move it to briefs/; custom data goes under 'extra:')\n"
            + "content/events/e.md:6:1: error BG2005: unknown key 'events' (see line 5)" },
        // A source saved in actors/: its own errors, and not also one at every citation of it.
        { "-- content/actors/bbc.md --\n---\ntitle: Peru cuts ties\npublisher: BBC News\nkind: article\n---\n" + Brief("a") + Brief("b", body: "More [@bbc]."),
            "content/actors/bbc.md:2:1: error BG2005: unknown key 'title' (every key of this file is a source's: if it is one, move it to sources/; custom data goes under 'extra:')\n"
            + "content/actors/bbc.md:2:1: error BG2007: required key 'name' is missing; add the actor's name\n"
            + "content/actors/bbc.md:3:1: error BG2005: unknown key 'publisher' (see line 2)\n"
            + "content/actors/bbc.md:4:7: error BG2010: 'kind' must be one of person, state, organization, group, not 'article'" },
        // A brief too large to read may cite any source: none is said to be uncited until it is fixed.
        { Source + Brief("big", body: "[@bbc] " + new string('x', 600 * 1024)),
            "content/briefs/big.md:1:1: error BG1006: 'content/briefs/big.md' is larger than 512 KiB; split it into smaller briefs" },
        // A source too large to read: one error, for the file, with what to do about a source.
        { Source.Replace("kind: article", "kind: article\nquote: \"" + new string('x', 600 * 1024) + "\"") + Brief("a") + Event("e", "2020", "sources: [bbc]"),
            "content/sources/bbc.md:1:1: error BG1006: 'content/sources/bbc.md' is larger than 512 KiB; a source's file describes the work and the passage relied on; link the work itself with 'url'" },
        { Source + "-- content/events/e.md --\n---\ntitle: E\ndate: 2025-11-10\nauthors: [\"Tian, Yang\"]\n---\nText [@bbc].\n",
            "content/events/e.md:4:1: error BG2005: unknown key 'authors'; did you mean 'actors'? (custom data goes under 'extra:')" },
        { BriefYaml("title:\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:7: error BG2007: 'title' has no value; add the brief's title" },
        { BriefYaml("title: null\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2007: 'title' has no value; add the brief's title" },
        { BriefYaml("title: Null\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2007: 'title' has no value; add the brief's title" },
        { BriefYaml("title: NULL\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2007: 'title' has no value; add the brief's title" },
        { BriefYaml("title: ~\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2007: 'title' has no value; add the brief's title" },
        { BriefYaml("title: \"a\\x01b\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2010: 'title' contains a control character; remove it" },
        // A noncharacter made the brief's BibTeX file one that biber could not read at all.
        { BriefYaml("title: \"a\\uFFFFb\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2010: 'title' contains the noncharacter U+FFFF; remove it" },
        { BriefYaml("title: T\ndate: 2025-11-10\nsummary: S\nauthors: [\"Doe, \\uFDD0\"]"),
            "content/briefs/a.md:5:11: error BG2010: an item of 'authors' contains the noncharacter U+FDD0; remove it" },
        { BriefYaml("title: ' '\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2007: 'title' is empty" },
        { BriefYaml("title: [a]\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2006: 'title' must be text, not a list" },
        { BriefYaml("title: {a: b}\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2006: 'title' must be text, not a map" },
        { Source + Brief("a", "draft: maybe"),
            "content/briefs/a.md:5:8: error BG2006: 'draft' must be true or false" },
        { Source + Brief("a", "draft: \"true\""),
            "content/briefs/a.md:5:8: error BG2006: 'draft' must be true or false, written without quotes: draft: true" },
        { Source + Brief("a", "draft: yes"),
            "content/briefs/a.md:5:8: error BG2006: 'draft' must be true or false: write draft: true" },
        { Source + Brief("a", "draft: True"),
            "content/briefs/a.md:5:8: error BG2006: 'draft' must be true or false: write draft: true" },
        // An ordinary space in a key is no invisible character.
        { Source + Brief("a", "date published: 2020"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'date published' (custom data goes under 'extra:')" },
        // Only an event's date may go with 'end' and 'circa'; a period is not read as a day and a time.
        { Event("p", "2019-05-01 to 2020-06-01") + "-- content/sources/s.md --\n---\ntitle: S\npublished: c. 2019\n---\n" + Brief("a", body: "[@s]"),
            "content/events/p.md:3:7: error BG2008: 'date': '2019-05-01 to 2020-06-01' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone); a period is written 'date: 2019-05-01' with 'end: 2020-06-01'\n" +
            "content/sources/s.md:3:12: error BG2008: 'published': 'c. 2019' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone)" },
        // Pasted from a word processor: the key looked right and read "unknown key 'title'; did you mean 'title'?".
        { Source + Brief("a", "\u200Bsummary2: x\ntags\u00A0: [x]"),
            "content/briefs/a.md:5:1: error BG2005: unknown key '\u200Bsummary2': it holds an invisible U+200B, pasted with it; retype the key\n" +
            "content/briefs/a.md:6:1: error BG2005: unknown key 'tags\u00A0': it holds an invisible U+00A0, pasted with it; retype the key as 'tags'" },
        // Keys of other tools, put under 'extra:' as advised, did nothing.
        { Source + Brief("a", "description: D\ncategories: [x]\nslug: a-b"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'description'; did you mean 'summary'?\n" +
            "content/briefs/a.md:6:1: error BG2005: unknown key 'categories'; did you mean 'tags'?\n" +
            "content/briefs/a.md:7:1: error BG2005: unknown key 'slug'; a document's id is its file's name, so rename the file to change it" },
        { "-- content/sources/s.md --\n---\ntitle: S\ndate: 2020\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:1: error BG2005: unknown key 'date'; did you mean 'published'?" },
        // Links to content files, as Hugo, Jekyll and GitHub write them: the advice had sent a contributor to '../../briefs/a.md', and then to citation files.
        { Source + Brief("a") + Brief("b", body: "See [x](../a.md), [y](a.md), [w](/briefs/a.md) and [n](../nope.md) [@bbc]. [s](../a.MD#part) [r](/briefs/a.md#part)"),
            "content/briefs/b.md:7:5: warning BG4010: link address '../a.md' names the Markdown file of the brief 'a', which the site publishes as a page; write [[a]]\n" +
            "content/briefs/b.md:7:19: warning BG4010: link address 'a.md' names the Markdown file of the brief 'a', which the site publishes as a page; write [[a]]\n" +
            "content/briefs/b.md:7:30: warning BG4009: link address '/briefs/a.md' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write [[a]] to link to the brief\n" +
            "content/briefs/b.md:7:52: warning BG4010: link address '../nope.md' names a Markdown file, which the site does not publish; link to a brief, actor, event or source with [[id]]\n" +
            "content/briefs/b.md:7:76: warning BG4010: link address '../a.MD#part' names the Markdown file of the brief 'a', which the site publishes as a page; write [[a#part]]\n" +
            "content/briefs/b.md:7:94: warning BG4009: link address '/briefs/a.md#part' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; write [[a#part]] to link to the brief" },
        // Hugo's shortcodes and Jekyll's Liquid, moved with a brief, were published as text with nothing said; in code they are meant.
        { Source + Brief("a", body: "See [it]({{< ref \"b.md\" >}}) [@bbc].\n\n{{% note %}}\nLater.\n{{% /note %}}\n\nAt {{ site.baseurl }}/x or {% link _posts/b.md %}, not `{{< ref \"c\" >}}` or {1, 2} [@bbc].\n\n```\n{% raw %}\n```"),
            "content/briefs/a.md:7:10: warning BG4013: '{{< ref \"b.md\" >}}' is a Hugo shortcode, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text\n" +
            "content/briefs/a.md:9:1: warning BG4013: '{{% note %}}' is a Hugo shortcode, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text\n" +
            "content/briefs/a.md:11:1: warning BG4013: '{{% /note %}}' is a Hugo shortcode, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text\n" +
            "content/briefs/a.md:13:4: warning BG4013: '{{ site.baseurl }}' is a Liquid (Jekyll) tag, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text\n" +
            "content/briefs/a.md:13:28: warning BG4013: '{% link _posts/b.md %}' is a Liquid (Jekyll) tag, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text" },
        // Quotes pasted from a word processor, where YAML's were meant, were shown as part of the title.
        { Source + Brief("a").Replace("title: Brief a", "title: “LNG terminals in the Baltic”").Replace("summary: Summary of a.", "summary: ‘It is fine’"),
            "content/briefs/a.md:2:8: warning BG2017: 'title' is wrapped in typographic quotes, which YAML keeps as part of it, so they are shown; remove them, or quote with straight ones: title: \"LNG terminals in the Baltic\"\n" +
            "content/briefs/a.md:4:10: warning BG2017: 'summary' is wrapped in typographic quotes, which YAML keeps as part of it, so they are shown; remove them, or quote with straight ones: summary: \"It is fine\"" },
        // Hugo's TOML front matter.
        { Source + Brief("a") + "-- content/briefs/t.md --\n+++\ntitle = \"T\"\n+++\nText [@bbc].\n",
            "content/briefs/t.md:1:1: error BG2001: front matter is YAML between '---' lines, not TOML between '+++': change both '+++' lines to '---' and write each field as 'key: value' (title = \"A\" becomes title: \"A\")" },
        // A brief's authors are names as shown: one text of several is a list of them (the advice made one author of two).
        { Source + Brief("a", "authors: Anna Virtanen, Markus Weber"),
            "content/briefs/a.md:5:10: error BG2006: 'authors' must be a list: write [Anna Virtanen, Markus Weber] (two of them), or [\"Anna Virtanen, Markus Weber\"] if it is one written family name first" },
        { Source + Brief("a", "authors: Anna Virtanen, Markus Weber, Li Wei"),
            "content/briefs/a.md:5:10: error BG2006: 'authors' must be a list: write [Anna Virtanen, Markus Weber, Li Wei]" },
        // Hugo's and Jekyll's names, CSL's and a calendar's, each given as what it is called here.
        { Source + Brief("a", "lastmod: 2025-11-11\npublished: false\naliases: [/old/path/]\nexcerpt: E"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'lastmod'; did you mean 'updated'?\n" +
            "content/briefs/a.md:6:1: error BG2005: unknown key 'published'; did you mean 'draft'? ('published: false' is 'draft: true'; a brief is published unless it is a draft)\n" +
            "content/briefs/a.md:7:1: error BG2005: unknown key 'aliases'; did you mean 'former_ids'? (the ids the document had before it was renamed, not addresses: [old-id])\n" +
            "content/briefs/a.md:8:1: error BG2005: unknown key 'excerpt'; did you mean 'summary'?" },
        { Source + Brief("a", "published: 2025-01-01"),
            "content/briefs/a.md:5:1: error BG2005: unknown key 'published'; did you mean 'date'?" },
        { "-- content/actors/p.md --\n---\ntitle: P\ntype: person\n---\n",
            "content/actors/p.md:2:1: error BG2005: unknown key 'title'; did you mean 'name'?\n" +
            "content/actors/p.md:2:1: error BG2007: required key 'kind' is missing; add one of person, state, organization, group\n" +
            "content/actors/p.md:2:1: error BG2007: required key 'name' is missing; add the actor's name\n" +
            "content/actors/p.md:3:1: error BG2005: unknown key 'type'; did you mean 'kind'?" },
        { Event("e", "2020", "end_date: 2021\nplace: Lima\napprox: true\nparticipants: [x]"),
            "content/events/e.md:4:1: error BG2005: unknown key 'end_date'; did you mean 'end'?\n" +
            "content/events/e.md:5:1: error BG2005: unknown key 'place'; did you mean 'location'?\n" +
            "content/events/e.md:6:1: error BG2005: unknown key 'approx'; did you mean 'circa'?\n" +
            "content/events/e.md:7:1: error BG2005: unknown key 'participants'; did you mean 'actors'?" },
        { "-- content/sources/s.md --\n---\ntitle: S\nlink: https://example.org/x\nurldate: 2020-01-01\njournal: J\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:1: error BG2005: unknown key 'link'; did you mean 'url'?\n" +
            "content/sources/s.md:4:1: error BG2005: unknown key 'urldate'; did you mean 'accessed'?\n" +
            "content/sources/s.md:5:1: error BG2005: unknown key 'journal'; did you mean 'publisher'?" },
        // Dates as other habits write them.
        { Event("e", "c. 2019") + Event("f", "2019–2020") + Event("g", "2020–05–01") + Event("h", "2019 to 2021"),
            "content/events/e.md:3:7: error BG2008: 'date': 'c. 2019' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone), here '2019' with 'circa: true' for a date known only roughly\n" +
            "content/events/f.md:3:7: error BG2008: 'date': '2019–2020' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone); a period is written 'date: 2019' with 'end: 2020'\n" +
            "content/events/g.md:3:7: error BG2008: 'date': '2020–05–01' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone), here '2020-05-01' (hyphens, not dashes)\n" +
            "content/events/h.md:3:7: error BG2008: 'date': '2019 to 2021' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone); a period is written 'date: 2019' with 'end: 2021'" },
        { Source + Actors + "-- content/actors/x.md --\n---\nname: X\nkind: person\ncountry: pedro-castillo\n---\n",
            "content/actors/x.md:4:10: error BG3002: 'pedro-castillo' in 'country' is a person, not a state; name an actor of kind 'state'" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: state\ncountry: x\n---\n",
            "content/actors/x.md:4:10: error BG3002: 'x' in 'country' is this actor itself; name the state it belongs to, or leave 'country' out" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: planet\n---\n",
            "content/actors/x.md:3:7: error BG2010: 'kind' must be one of person, state, organization, group, not 'planet'" },
        { "-- content/actors/x.md --\n---\nname: X\n---\n",
            "content/actors/x.md:2:1: error BG2007: required key 'kind' is missing; add one of person, state, organization, group" },
        { "-- content/actors/x.md --\n---\nkind: person\n---\n",
            "content/actors/x.md:2:1: error BG2007: required key 'name' is missing; add the actor's name" },
        // The language reaches <html lang>, the feeds' xml:lang and JSON-LD, where only a language tag means anything.
        { SiteYml("language: es_PE"),
            "content/site.yml:2:11: error BG2010: 'language' must be a language tag such as 'en', 'es' or 'pt-BR', not 'es_PE'; write 'es-PE'" },
        { SiteYml("language: Spanish (Peru)"),
            "content/site.yml:2:11: error BG2010: 'language' must be a language tag such as 'en', 'es' or 'pt-BR', not 'Spanish (Peru)' (the language's code, not its name)" },
        { SiteYml("language: Spanish"),
            "content/site.yml:2:11: error BG2010: 'language' must be a language tag such as 'en', 'es' or 'pt-BR', not 'Spanish' (the language's code, not its name)" },
        { SiteYml("language: zh-Hant-TW") + Source + Brief("a"), "" },
        { SiteYml("lint: [citatons]"),
            "content/site.yml:2:8: error BG2010: 'lint' must be one of citations, not 'citatons'; did you mean 'citations'?" },
        { SiteYml("lint: citatons"),
            "content/site.yml:2:7: error BG2010: 'lint' must be one of citations, not 'citatons'; did you mean 'citations'?" },
        { SiteYml("lint: ' '"),
            "content/site.yml:2:7: error BG2007: 'lint' is empty" },
        { "-- content/site.yml --\ndescription: D\n",
            "content/site.yml:1:1: error BG2007: required key 'title' is missing; add the site's title" },
        { BriefYaml(BriefStart + new string('k', 1100) + ": 1"),
            "content/briefs/a.md:5:1: error BG2002: YAML: this key is 1,100 characters long, more than the 1,024 YAML reads as a key; shorten it" },
        { BriefYaml("title: \"\\u200b\\u2060\"\ndate: 2025-11-10\nsummary: S"),
            "content/briefs/a.md:2:8: error BG2007: 'title' holds only characters that do not show (such as a zero-width space or a direction mark); write its text" },
        { BriefYaml("title: T\ndate: 2025-11-10\nsummary: S\nauthors: [Ana Ruiz, \"\\u200b\"]"),
            "content/briefs/a.md:5:21: error BG2006: an item of 'authors' holds only characters that do not show (such as a zero-width space or a direction mark); write its text or remove it" },
        { Source + Brief("a", date: "2019-02-30"),
            "content/briefs/a.md:3:7: error BG2008: 'date': '2019-02-30' does not exist: Feb 2019 has 28 days" },
        { Source + Brief("a", date: "2023-11-00"),
            "content/briefs/a.md:3:7: error BG2008: 'date': '2023-11-00' has day 00; days run from 01" },
        { Source + Brief("a", date: "2019-12"),
            "content/briefs/a.md:3:7: error BG2008: 'date' must be a full date YYYY-MM-DD, not '2019-12'" },
        // A date in words or with slashes: the form to write, with this date in it when its reading is sure.
        { Source + Brief("a", date: "1 May 2025"),
            "content/briefs/a.md:3:7: error BG2008: 'date': '1 May 2025' is not a date; write YYYY-MM-DD (no time or zone), here '2025-05-01'" },
        { Source + Brief("a", date: "May 2025"),
            "content/briefs/a.md:3:7: error BG2008: 'date': 'May 2025' is not a date; write YYYY-MM-DD (no time or zone)" },
        { Source + Brief("a", date: "05/01/2025"),
            "content/briefs/a.md:3:7: error BG2008: 'date': '05/01/2025' is not a date; write YYYY-MM-DD (no time or zone)" },
        { Event("e", "September 2019"),
            "content/events/e.md:3:7: error BG2008: 'date': 'September 2019' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone), here '2019-09'" },
        { Event("e", "2019/9/3"),
            "content/events/e.md:3:7: error BG2008: 'date': '2019/9/3' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (no time or zone), here '2019-09-03'" },
        { BriefYaml("title: A\nsummary: S"),
            "content/briefs/a.md:2:1: error BG2007: required key 'date' is missing; add a date (YYYY-MM-DD)" },
        { "-- content/events/e.md --\n---\ntitle: E\n---\n",
            "content/events/e.md:2:1: error BG2007: required key 'date' is missing; add a date (YYYY, YYYY-MM or YYYY-MM-DD)" },
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: javascript:alert(1)\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:6: error BG2012: 'url' must be an http:// or https:// address, not 'javascript:alert(1)'" },
        // Pasted without its scheme, or as Markdown writes an address.
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: www.bbc.com/news/x\narchive_url: \"<https://archive.org/x>\"\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:6: error BG2012: 'url' must be an http:// or https:// address, not 'www.bbc.com/news/x'; write 'https://www.bbc.com/news/x'\n" +
            "content/sources/s.md:4:14: error BG2012: 'archive_url' must be an http:// or https:// address, not '<https://archive.org/x>'; write it without the angle brackets: 'https://archive.org/x'" },
        // A comma with no family name before it made an author with an empty name in the exports (BibTeX ", Jane").
        { WebSource("authors: [\"Tian, Yang\", \", Jane\"]"),
            "content/sources/s.md:3:25: error BG2010: ', Jane' in 'authors' has no family name before the comma; write 'Family, Given', such as 'Tian, Yang'" },
        // Characters an address cannot hold, with the address as it should be written.
        { WebSource("url: https://example.org/Peru report.pdf"),
            "content/sources/s.md:3:6: error BG2012: 'url' contains a space, which an address cannot hold; percent-encode it as %20: 'https://example.org/Peru%20report.pdf'" },
        { WebSource("archive_url: https://example.org/a|b c|d"),
            "content/sources/s.md:3:14: error BG2012: 'archive_url' contains '|', which an address cannot hold; percent-encode it as %7C: 'https://example.org/a%7Cb%20c%7Cd'" },
        // A zero-width space or a direction override passed, the override rewritten into the page's address unseen.
        { WebSource("url: \"https://example.org/a\\u200Bb\""),
            "content/sources/s.md:3:6: error BG2012: 'url' contains an invisible formatting character (a zero-width space or a direction mark), which an address cannot hold; delete it: 'https://example.org/ab'" },
        { WebSource("url: \"https://example.org/a\\u202Eb c\""),
            "content/sources/s.md:3:6: error BG2012: 'url' contains an invisible formatting character (a zero-width space or a direction mark), which an address cannot hold; delete it: 'https://example.org/ab%20c'" },
        // A Persian word is written with a zero-width non-joiner: not refused.
        { WebSource("url: \"https://fa.wikipedia.org/wiki/می\\u200Cخواهم\"").Replace("[@s]", "[@s] [@s]"), "" },
        { SiteYml("base_url: \"https://example.org/\\u202E/\""), BaseUrlRefused + "'https://example.org/\u2067/' is refused: its path has an invisible formatting character (a zero-width space or a direction mark); delete it" },
        { WebSource("url: \"https://example.org/a\\tb\""),
            "content/sources/s.md:3:6: error BG2012: 'url' contains the invisible character U+0009, which an address cannot hold; percent-encode it as %09: 'https://example.org/a%09b'" },
        { WebSource("url: https://example.org/100%-sure"),
            "content/sources/s.md:3:6: error BG2012: 'url' contains a '%' that starts no percent-encoding; write it as %25: 'https://example.org/100%25-sure'" },
        { WebSource("url: https://es.wikipedia.org/wiki/Perú_(país)%C3%A9"), "" },
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: https://example.org/a\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:6: warning BG2013: a source with a 'url' needs 'accessed: YYYY-MM-DD' (the day you read the page), since pages change" },
        { "-- content/sources/s.md --\n---\ntitle: S\nkind: web\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:7: warning BG2013: a source of kind 'web' needs its 'url', so that a reader can find the page; if it has no address, choose another kind" },
        // A wrong address is that one error.
        { "-- content/sources/s.md --\n---\ntitle: S\nkind: web\nurl: javascript:alert(1)\naccessed: 2025-11-09\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:4:6: error BG2012: 'url' must be an http:// or https:// address, not 'javascript:alert(1)'" },
        // A refused value is that one error: the field is not also missing.
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: https://example.org/a\naccessed: !!str 2025-11-09\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:4:11: error BG2003: YAML tags (tag:yaml.org,2002:str) are not allowed" },
        // An 'accessed' given to the month only is that one error, not also a missing 'accessed'.
        { "-- content/sources/s.md --\n---\ntitle: S\nurl: https://example.org/a\naccessed: 2025-11\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:4:11: error BG2008: 'accessed' must be a full date YYYY-MM-DD, not '2025-11'" },
        { "-- content/sources/s.md --\n---\npublisher: P\n---\n",
            "content/sources/s.md:2:1: error BG2007: required key 'title' is missing; add the source's title, or a 'description' of an untitled work (\"commentary on …\")" },
        { SiteYml("base_url: https://exa mple.org/"), BaseUrlRefused + "'https://exa mple.org/' is refused: it contains a space or a control character" },
        { SiteYml("base_url: https://example.org\\x/"), BaseUrlRefused + "'https://example.org\\x/' is refused: it contains a backslash" },
        { SiteYml("base_url: https://example.org/?q"), BaseUrlRefused + "'https://example.org/?q' is refused: it has a query or fragment ('?' or '#')" },
        { SiteYml("base_url: https://example.org/a%zz/"), BaseUrlRefused + "'https://example.org/a%zz/' is refused: a '%' must begin a percent-escape of two hex digits, such as '%20'" },
        { SiteYml("base_url: https://example.org:99999/"), BaseUrlRefused + "'https://example.org:99999/' is refused: its port 99999 is not from 1 to 65535" },
        { SiteYml("base_url: https://example.org:00/"), BaseUrlRefused + "'https://example.org:00/' is refused: its port 00 is not from 1 to 65535" },
        { SiteYml("base_url: https://example.org:/"), BaseUrlRefused + "'https://example.org:/' is refused: its port is empty (':' with no number)" },
        { SiteYml("base_url: https://example.org/#top"), BaseUrlRefused + "'https://example.org/#top' is refused: it has a query or fragment ('?' or '#')" },
        { SiteYml("base_url: 'https://example.org/a\"b/'"), BaseUrlRefused + "'https://example.org/a\"b/' is refused: '\"' must be percent-encoded" },
        { SiteYml("base_url: https://example.org/<x>/"), BaseUrlRefused + "'https://example.org/<x>/' is refused: '<' must be percent-encoded" },
        { SiteYml("base_url: '?page=1'"), BaseUrlRefused + "'?page=1' is refused: it has a query or fragment ('?' or '#')" },
        { SiteYml("base_url: ftp://example.org/"), BaseUrlRefused + "'ftp://example.org/' is refused: it is not an absolute http:// or https:// address with a host" },
        { SiteYml("base_url: https://me@example.org/"), BaseUrlRefused + "'https://me@example.org/' is refused: it has a user name before the host" },
        { SiteYml("base_url: https://example.org//evil"), BaseUrlRefused + "'https://example.org//evil' is refused: its path has an empty, '.' or '..' segment or an encoded slash" },
        // Copied from the browser's address bar: every canonical link, feed and sitemap address was made under "index.html/".
        { SiteYml("base_url: https://example.org/x/index.html"), BaseUrlRefused + "'https://example.org/x/index.html' is refused: it ends in 'index.html', a file, not the folder the site is published at; write 'https://example.org/x/'" },
        { SiteYml("base_url: https://example.org/x/feed%2Exml"), BaseUrlRefused + "'https://example.org/x/feed%2Exml' is refused: it ends in 'feed%2Exml', a file, not the folder the site is published at; write 'https://example.org/x/'" },
        { SiteYml("base_url: https://example.org/docs/v1.2"), "" },
        // site.yml has no body and no front matter: its messages name it.
        { "-- content/site.yml --\n- title\n- T\n", "content/site.yml:1:1: error BG2006: site.yml must be a set of 'key: value' fields" },
        { "-- content/site.yml --\ntitle: T\nextra: &a {x: 1}\n", "content/site.yml:2:8: error BG2003: '&a' reads as a YAML anchor, which site.yml does not use; remove it, or if it is text, put the whole value in quotes" },
        // Hosts with no form in ASCII: the build ended with an internal error (exit 3) where every address was made.
        { SiteYml("base_url: https://\u05D01.org/"), BaseUrlRefused + "'https://\u05D01.org/' is refused: its host is not a valid international domain name (IDNA), so it has no form in ASCII that every address could carry" },
        { SiteYml("base_url: https://\u0627a.org/"), BaseUrlRefused + "'https://\u0627a.org/' is refused: its host is not a valid international domain name (IDNA), so it has no form in ASCII that every address could carry" },
        { SiteYml("base_url: https://a\u00ADb.org/"), BaseUrlRefused + "'https://a\u00ADb.org/' is refused: its host has the character U+00AD, which a host name cannot hold (letters, digits, '-' and '.' only)" },
        { SiteYml("base_url: https://a\uFF0Fb.org/"), BaseUrlRefused + "'https://a\uFF0Fb.org/' is refused: its host has the character U+FF0F, which a host name cannot hold (letters, digits, '-' and '.' only)" },
        { SiteYml("base_url: https://bücher.example/"), "" },
        { SiteYml("base_url: https://\u0646\u0627\u0645\u0647\u200C\u0627\u06CC.ir/"), "" },
        { SiteYml("base_url: https://例え\u3002jp/"), BaseUrlRefused + "'https://例え\u3002jp/' is refused: its host has '\u3002' where a host name has '.'; write '.'" },
        // A theme prints 'extra' as it is: NUL and escape sequences reached the page raw.
        { Source + Brief("a", "extra: {desk: \"A\\x00B\\x1b[31mC\", ok: fine, list: [x, \"\\x85\"]}"),
            "content/briefs/a.md:5:15: error BG2010: a value of 'extra' contains a control character, which a theme would print as it is; remove it\n" +
            "content/briefs/a.md:5:54: error BG2010: a value of 'extra' contains a control character, which a theme would print as it is; remove it" },
        { SiteYml("extra: {\"k\\x01\": v}"),
            "content/site.yml:2:9: error BG2010: a value of 'extra' contains a control character, which a theme would print as it is; remove it" },
        { Source + Brief("a", "authors: [\"a\\x01\"]"),
            "content/briefs/a.md:5:11: error BG2010: an item of 'authors' contains a control character; remove it" },
        { Source + Brief("a", "authors: [[a]]"),
            "content/briefs/a.md:5:11: error BG2006: each item of 'authors' must be plain text" },
        { Source + Brief("a", "authors: [~, ' ']"),
            "content/briefs/a.md:5:11: error BG2006: an item of 'authors' is empty; remove it or write its text\ncontent/briefs/a.md:5:14: error BG2006: an item of 'authors' is empty; remove it or write its text" },
        { Source + Brief("a", "tags: [\"\"]"),
            "content/briefs/a.md:5:8: error BG2006: an item of 'tags' is empty; remove it or write its text" },
        { Source + Brief("a", "authors: Ann"),
            "content/briefs/a.md:5:10: error BG2006: 'authors' must be a list: write [Ann]" },
        // Written as advised without quotes, [Doe, Jane] would be two authors, "Doe" and "Jane".
        { Source + Brief("a", "authors: \"Doe, Jane\""),
            "content/briefs/a.md:5:10: error BG2006: 'authors' must be a list: write [\"Doe, Jane\"]" },
        // Chinese and Japanese list names with their own commas.
        { Source + "-- content/sources/s.md --\n---\ntitle: S\nauthors: \"佐藤花子、鈴木一郎\"\n---\n" + Brief("a", body: "[@bbc] [@s]"),
            "content/sources/s.md:3:10: error BG2006: 'authors' must be a list: write [佐藤花子, 鈴木一郎]" },
        // One text where a list goes: its items, as they divide, ids at commas or spaces and names at ';'.
        { Source + Brief("a", "tags: \"Peru, Mexico\"\nactors: peru mexico"),
            "content/briefs/a.md:5:7: error BG2006: 'tags' must be a list: write [peru, mexico]\ncontent/briefs/a.md:6:9: error BG2006: 'actors' must be a list: write [peru, mexico]" },
        { "-- content/sources/s.md --\n---\ntitle: S\nauthors: \"Doe, Jane; Roe, John\"\n---\n" + Brief("a", body: "[@s]"),
            "content/sources/s.md:3:10: error BG2006: 'authors' must be a list: write [\"Doe, Jane\", \"Roe, John\"]" },
        { Source + Brief("a", "tags: 'peru: \"mexico\"'"),
            "content/briefs/a.md:5:7: error BG2006: 'tags' must be a list: write [peru-mexico]" },
        { Source + Brief("a", "authors: {a: b}"),
            "content/briefs/a.md:5:10: error BG2006: 'authors' must be a list of text" },
        { Source + Brief("a", "tags: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"t{i}")) + "]"),
            "content/briefs/a.md:5:7: error BG2010: 'tags' lists 101 ids; at most 100 are allowed" },
        { Source + Brief("a", "tags: [con]"),
            "content/briefs/a.md:5:8: error BG2010: 'con' in 'tags' is a device name on Windows (con, prn, aux, nul, com1–com9 and lpt1–lpt9), so the site could not be built there; choose another" },
        { Source + Brief("a", "tags: [Not A Slug]"),
            "content/briefs/a.md:5:8: error BG2010: 'Not A Slug' in 'tags' is not a valid id; ids are lowercase slugs such as 'not-a-slug'" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: person\ncountry: [peru]\n---\n",
            "content/actors/x.md:4:10: error BG2006: 'country' must be an id" },
        { Source + Brief("a", "corrections: [fixed]"),
            "content/briefs/a.md:5:15: error BG2006: each item of 'corrections' must have fields (date, text)" },
        { Source + Brief("a", "corrections: fixed"),
            "content/briefs/a.md:5:14: error BG2006: 'corrections' must be a list" },
        { Source + Brief("a", "extra: x"),
            "content/briefs/a.md:5:8: error BG2006: 'extra' must be a map of 'key: value' fields" },

        { Source + Brief("a", "corrections: [{date: 2025-11-12}]"),
            "content/briefs/a.md:5:15: error BG2007: required key 'text' is missing; add what was corrected" },
        { Source + Brief("a", "corrections: [{text: Fixed.}]"),
            "content/briefs/a.md:5:15: error BG2007: required key 'date' is missing; add a date (YYYY-MM-DD)" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: person\nroles:\n  - {of: x, from: 2021}\n---\n",
            "content/actors/x.md:5:5: error BG2007: required key 'title' is missing; add the role's title" },

        // A document with a required field missing is left out of the site graph, so nothing is checked
        // against a half-read document (an empty title, a date of year 1); the ids it names still are.
        { "-- content/briefs/a.md --\n---\ndate: 2025-11-10\nsummary: S\nactors: [nowhere]\n---\nText.\n",
            "content/briefs/a.md:2:1: error BG2007: required key 'title' is missing; add the brief's title\n" +
            "content/briefs/a.md:4:10: error BG3001: unknown actor 'nowhere' in 'actors'" },
        { "-- content/briefs/a.md --\n---\ntitle: A\nsummary: S\nactors: [nowhere]\n---\nText.\n",
            "content/briefs/a.md:2:1: error BG2007: required key 'date' is missing; add a date (YYYY-MM-DD)\n" +
            "content/briefs/a.md:4:10: error BG3001: unknown actor 'nowhere' in 'actors'" },
        { "-- content/actors/x.md --\n---\nkind: person\ncountry: nowhere\n---\n",
            "content/actors/x.md:2:1: error BG2007: required key 'name' is missing; add the actor's name\n" +
            "content/actors/x.md:3:10: error BG3001: unknown actor 'nowhere' in 'country'" },
        { "-- content/actors/x.md --\n---\nname: X\ncountry: nowhere\n---\n",
            "content/actors/x.md:2:1: error BG2007: required key 'kind' is missing; add one of person, state, organization, group\n" +
            "content/actors/x.md:3:10: error BG3001: unknown actor 'nowhere' in 'country'" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: person\nroles:\n  - {of: nowhere, from: 2021}\n---\n",
            "content/actors/x.md:5:5: error BG2007: required key 'title' is missing; add the role's title\n" +
            "content/actors/x.md:5:10: error BG3001: unknown actor 'nowhere' in 'of'" },
        { "-- content/events/e.md --\n---\ndate: 2021\nactors: [nowhere]\n---\n",
            "content/events/e.md:2:1: error BG2007: required key 'title' is missing; add the event's title\n" +
            "content/events/e.md:3:10: error BG3001: unknown actor 'nowhere' in 'actors'" },
        { "-- content/events/e.md --\n---\ntitle: E\nactors: [nowhere]\n---\n",
            "content/events/e.md:2:1: error BG2007: required key 'date' is missing; add a date (YYYY, YYYY-MM or YYYY-MM-DD)\n" +
            "content/events/e.md:3:10: error BG3001: unknown actor 'nowhere' in 'actors'" },

        // Dates in order.
        { Event("e", "2020", "end: 2019"),
            "content/events/e.md:4:6: error BG2011: 'end' (2019) is before 'date' (2020)" },
        { Source + Brief("a", "updated: 2025-01-01"),
            "content/briefs/a.md:5:10: error BG2011: 'updated' (2025-01-01) is before 'date' (2025-11-10)" },
        { Source + Brief("a", "corrections: [{date: 2025-01-01, text: Fixed.}]"),
            "content/briefs/a.md:5:22: error BG2011: 'date' (2025-01-01) is before the brief's 'date' (2025-11-10)" },
        { "-- content/actors/x.md --\n---\nname: X\nkind: person\nroles:\n  - {title: T, from: 2021, to: 2020}\n---\n",
            "content/actors/x.md:5:32: error BG2011: 'to' (2020) is before 'from' (2021)" },

        // Loading.
        { "-- content/notes/a.md --\nhello\n",
            "content/notes/a.md:1:1: error BG1003: unexpected file 'content/notes/a.md'; content holds site.yml and .md files directly inside briefs/, actors/, events/ and sources/" },
        { "-- content/briefs/a.txt --\nhello\n",
            "content/briefs/a.txt:1:1: error BG1003: unexpected file 'content/briefs/a.txt'; content holds site.yml and .md files directly inside briefs/, actors/, events/ and sources/" },
        { "-- content/briefs/chart.PNG --\nhello\n",
            "content/briefs/chart.PNG:1:1: error BG1003: unexpected file 'content/briefs/chart.PNG'; content holds site.yml and .md files directly inside briefs/, actors/, events/ and sources/; " +
            "an image goes in the theme's assets/ folder (--templates), linked as ../../assets/name, or is linked by its https:// address" },
        { Source + Brief("b") + Brief("Peru") + Brief("PERU"),
            "content/briefs/PERU.md:1:1: error BG1004: file name 'PERU' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/Peru.md'; rename one of the two to 'peru.md' and the other to a name of its own\n" +
            "content/briefs/Peru.md:1:1: error BG1004: file name 'Peru' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/PERU.md'; rename one of the two to 'peru.md' and the other to a name of its own" },
        // Saved on macOS and on Linux: the two names look the same.
        { Source + Brief("b") + Brief("caf\u00E9") + Brief("cafe\u0301"),
            "content/briefs/cafe\u0301.md:1:1: error BG1004: file name 'cafe\u0301' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/caf\u00E9.md', which may be the same name with its accents encoded another way (a letter and an accent, NFD here, one character each, NFC there); rename one of the two to 'cafe.md' and the other to a name of its own\n" +
            "content/briefs/caf\u00E9.md:1:1: error BG1004: file name 'caf\u00E9' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/cafe\u0301.md', which may be the same name with its accents encoded another way (one character each, NFC here, a letter and an accent, NFD there); rename one of the two to 'cafe.md' and the other to a name of its own" },
        // Three that fold to one id: each names the other two, and the NFC/NFD pair is told apart beside a real 'cafe.md'.
        { Source + Brief("cafe") + Brief("caf\u00E9") + Brief("cafe\u0301"),
            "content/briefs/cafe\u0301.md:1:1: error BG1004: file name 'cafe\u0301' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/cafe.md' and 'content/briefs/caf\u00E9.md'; 'content/briefs/caf\u00E9.md' may be the same name with its accents encoded another way (a letter and an accent, NFD here, one character each, NFC there); rename it to a lowercase name no other file has ('cafe' is taken)\n" +
            "content/briefs/caf\u00E9.md:1:1: error BG1004: file name 'caf\u00E9' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/cafe.md' and 'content/briefs/cafe\u0301.md'; 'content/briefs/cafe\u0301.md' may be the same name with its accents encoded another way (one character each, NFC here, a letter and an accent, NFD there); rename it to a lowercase name no other file has ('cafe' is taken)" },
        { Source + Brief("b") + Brief("Peru") + Brief("PERU") + Brief("peru_"),
            "content/briefs/PERU.md:1:1: error BG1004: file name 'PERU' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/Peru.md' and 'content/briefs/peru_.md'; rename one of them to 'peru.md' and the others to names of their own\n" +
            "content/briefs/Peru.md:1:1: error BG1004: file name 'Peru' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/PERU.md' and 'content/briefs/peru_.md'; rename one of them to 'peru.md' and the others to names of their own\n" +
            "content/briefs/peru_.md:1:1: error BG1004: file name 'peru_' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/PERU.md' and 'content/briefs/Peru.md'; rename one of them to 'peru.md' and the others to names of their own" },
        { Source + Brief("a") + Brief("A"),
            "content/briefs/A.md:1:1: error BG1004: file name 'A' is not a valid id (lowercase ASCII letters, digits and single hyphens); it collides with 'content/briefs/a.md'; rename it to a lowercase name no other file has ('a' is taken)" },
        { Source + Brief("a") + Brief("Bad_Name"),
            "content/briefs/Bad_Name.md:1:1: error BG1004: file name 'Bad_Name' is not a valid id (lowercase ASCII letters, digits and single hyphens); rename it to 'bad-name.md'" },
        { Source + Brief("a") + Brief("Café-Perú"),
            "content/briefs/Café-Perú.md:1:1: error BG1004: file name 'Café-Perú' is not a valid id (lowercase ASCII letters, digits and single hyphens); rename it to 'cafe-peru.md'" },
        { Source + Brief("a") + Brief("CON"),
            "content/briefs/CON.md:1:1: error BG1004: file name 'CON' is not a valid id (lowercase ASCII letters, digits and single hyphens); choose another name ('con' is a device name on Windows)" },
        { Source + Brief("a") + Brief("con"),
            "content/briefs/con.md:1:1: error BG1004: 'con' is a device name on Windows (con, prn, aux, nul, com1–com9 and lpt1–lpt9), so the site could not be checked out or built there; choose another file name" },
        { Source + Brief("a") + Brief("main"),
            "content/briefs/main.md:1:1: error BG1004: 'main' is reserved for the site's own pages and anchors; choose another file name" },
        { Source + Event("dup", "2020") + Brief("dup"),
            "content/briefs/dup.md:1:1: error BG1005: id 'dup' is also used by 'content/events/dup.md'; ids must be unique across briefs, actors, events and sources\n" +
            "content/events/dup.md:1:1: error BG1005: id 'dup' is already used by 'content/briefs/dup.md'; ids must be unique across briefs, actors, events and sources" },
    };

    private const string MissingBriefFields =
        "content/briefs/a.md:2:1: error BG2007: required key 'date' is missing; add a date (YYYY-MM-DD)\n" +
        "content/briefs/a.md:2:1: error BG2007: required key 'summary' is missing; add a one-sentence summary\n" +
        "content/briefs/a.md:2:1: error BG2007: required key 'title' is missing; add the brief's title";

    [Fact]
    public void A_link_to_a_place_on_its_own_page_is_checked_against_the_page_as_rendered()
    {
        // The heading's id, the theme's reference list, the top of the page and a text fragment lead
        // somewhere; so does a heading in another script, written or percent-encoded as browsers do.
        var fine = $"[@bbc] See [below](#early-life), [refs](#references), [up](#TOP), [x](#), [quote](#:~:text=ties), [jp](#日本の立場), [encoded](#{Uri.EscapeDataString("日本の立場")}).";
        var site = TestSite.Build(Source + Brief("a", body: fine + " A [typo](#erly-life), [accent](#caf%C3%A9) and [gone](#methods). [Highlight](#early-life:~:text=Early).\n\n## Early life\n\n## 日本の立場\n\n## Café\n\n## Quotas\n\n[As titled](#Quotas)"));
        Assert.Equal(
            "content/briefs/a.md:7:174: warning BG4011: link '#erly-life' leads to no place on this page: nothing on it has the id 'erly-life'; did you mean '#early-life'?\n" +
            "content/briefs/a.md:7:194: warning BG4011: link '#caf%C3%A9' leads to no place on this page: nothing on it has the id 'caf%C3%A9'; did you mean '#cafe'?\n" +
            "content/briefs/a.md:7:219: warning BG4011: link '#methods' leads to no place on this page: nothing on it has the id 'methods'; a heading's id is its words in lower case, joined by '-' (\"## Early life\" is '#early-life')\n" +
            "content/briefs/a.md:17:1: warning BG4011: link '#Quotas' leads to no place on this page: nothing on it has the id 'Quotas'; did you mean '#quotas'?",
            string.Join("\n", site.Diagnostics.Select(d => d.Format())));
        // The links are still shown: a warning, as a broken link to a page is.
        Assert.Equal("gone", site.Page("briefs/a/index.html").QuerySelector(".body a[href='#methods']")?.TextContent);

        // Each hint is compared with every id of the page: past the first few, a link to no place gets none.
        var many = TestSite.Build(Source + Brief("a", body: "[@bbc] " + string.Concat(Enumerable.Repeat("[x](#erly-life) ", 25)) + "\n\n## Early life"));
        Assert.Equal((25, Suggestions.MaxHintsPerFile), (many.Diagnostics.Count, many.Diagnostics.Count(d => d.Message.Contains("did you mean", StringComparison.Ordinal))));

        // An id the theme writes is a place on the page, however the theme writes it.
        var themed = TestSite.Build(Source + Brief("a", body: "[@bbc] See [methods](#methods), [data](#data), [notes](#notes-x) and [q&a](#q&a).")
            + "-- templates/brief.html --\n<article>{{ page.body }}</article><p ID=methods></p><p\nid='data'></p><p id=\"notes-{{ \"x\" }}\"></p><p id=\"{{ \"q&a\" }}\"></p>\n");
        Assert.Empty(themed.Diagnostics);
    }

    [Fact]
    public void A_link_by_path_to_a_section_of_another_page_is_checked_against_its_headings()
    {
        // Readers copy a section's address from the site: it is checked as [[b#section]] would be.
        // The theme's places, the top, a text fragment, a heading in another script (percent-encoded)
        // and pages whose ids are the theme's (the timeline, the list of sources) lead somewhere.
        var fine = $"[@bbc] [a](../b/index.html#early-life) [b](../b/index.html#references) [c](../b/index.html#top) [d](../b/index.html#:~:text=x)"
            + $" [e](../b/index.html#{Uri.EscapeDataString("日本の立場")}) [f](../../timeline/index.html#y2025) [g](../../sources/index.html#bbc) [h](../b/index.html?x=1#early-life)";
        var site = TestSite.Build(Source + Brief("b", body: "[@bbc]\n\n## Early_life\n\n## 日本の立場") + Brief("c", body: "[@bbc] No headings.")
            + Brief("a", body: fine + "\n\n[typo](../b/index.html#erly-life) [gone](../../briefs/b/index.html#methods) [none](../c/index.html#intro) [git](../b/index.html#early_life:~:text=born)"));
        Assert.Equal([
            "content/briefs/a.md:9:1: warning BG4011: link address '../b/index.html#erly-life' leads to no section of the brief 'b': it has no heading with the id 'erly-life'; did you mean '../b/index.html#early-life', or [[b#early-life]]?",
            "content/briefs/a.md:9:35: warning BG4011: link address '../../briefs/b/index.html#methods' leads to no section of the brief 'b': it has no heading with the id 'methods'; a heading's id is its words in lower case joined by '-' (its page has #early-life, #日本の立場)",
            "content/briefs/a.md:9:77: warning BG4011: link address '../c/index.html#intro' leads to no section of the brief 'c': it has no heading with the id 'intro'; its page has no headings: link to the page with [[c]]",
            "content/briefs/a.md:9:107: warning BG4011: link address '../b/index.html#early_life:~:text=born' leads to no section of the brief 'b': a heading's id joins its words with '-', where GitHub's keep '_'; write '../b/index.html#early-life', or [[b#early-life]]",
        ], site.Diagnostics.Select(d => d.Format()));
        Assert.Equal("../b/index.html#erly-life", site.Page("briefs/a/index.html").QuerySelector(".body a[href$='erly-life']")?.GetAttribute("href"));

        // Each hint is compared with every heading of the page: past the first few, a link gets none.
        var many = TestSite.Build(Source + Brief("b", body: "[@bbc]\n\n## Early life") + Brief("a", body: "[@bbc] " + string.Concat(Enumerable.Repeat("[x](../b/index.html#erly-life) ", 25))));
        Assert.Equal((25, DiagnosticBag.KeptPerFileAndCode, Suggestions.MaxHintsPerFile),
            (many.Diagnostics.Sum(d => 1 + d.Repeats), many.Diagnostics.Count, many.Diagnostics.Count(d => d.Message.Contains("did you mean", StringComparison.Ordinal))));
        // Links that lead somewhere take no hint; a text fragment after a wrong id is no excuse.
        var good = string.Concat(Enumerable.Repeat("[b](../b/index.html) [c](../b/index.html#early-life) ", 60));
        var after = TestSite.Build(Source + Brief("b", body: "[@bbc]\n\n## Early life") + Brief("a", body: "[@bbc] " + good + "[x](../b/index.html#erly-life:~:text=born)"));
        Assert.EndsWith("did you mean '../b/index.html#early-life', or [[b#early-life]]?", Assert.Single(after.Diagnostics).Message);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_message_says_what_is_wrong_and_how_to_fix_it(string files, string expected)
    {
        Assert.Equal(expected, string.Join("\n", TestSite.Check(files).Diagnostics.Select(d => d.Format())));
    }

    [Fact]
    public void A_link_to_a_file_other_than_a_page_is_checked_against_the_files_the_build_writes()
    {
        // Passed --strict, each a link to nothing: only .html was checked.
        var body = "[@bbc] [a](../../actors/peru/index.htm) [b](../../actors/peru/peru.bib) [c](../../sources/bbc/wrong.bib) [d](../../data/nothing.json)"
            + " [e](../../briefs/b) [f](../b/b.ris)\n\n"
            + "Fine: [g](../../sources/bbc/bbc.bib) [h](../../data/briefs.json) [i](../../timeline.ics) [j](../../feed.xml) [k](../../assets/style.css)"
            + " [l](../../pagefind/pagefind.js) [m](../../briefs/b/index.html) [n](../../sitemap.xml)";
        var site = TestSite.Build("-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\n" + Source + Actors + Brief("b") + Event("e", "2020") + Brief("a", body: body));
        Assert.Equal([
            "content/briefs/a.md:7:8: warning BG4010: link address '../../actors/peru/index.htm' leads to no file of the site (from this page it is 'actors/peru/index.htm'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/",
            "content/briefs/a.md:7:41: warning BG4010: link address '../../actors/peru/peru.bib' leads to no file of the site (from this page it is 'actors/peru/peru.bib'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/",
            "content/briefs/a.md:7:73: warning BG4010: link address '../../sources/bbc/wrong.bib' leads to no file of the site (from this page it is 'sources/bbc/wrong.bib'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/",
            "content/briefs/a.md:7:106: warning BG4010: link address '../../data/nothing.json' leads to no file of the site (from this page it is 'data/nothing.json'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/",
            "content/briefs/a.md:7:135: warning BG4010: link address '../../briefs/b' names a page's folder without its index.html, so opened from disk the link shows a listing of files; write '../../briefs/b/index.html', or link with [[id]]",
        ], site.Diagnostics.Select(d => d.Format()));
        // Without base_url the same links to feeds and the sitemap lead nowhere, and the message says why;
        // a link to the feed of a tag the site does not have is a dead link either way.
        var unaddressed = TestSite.Build("-- content/site.yml --\ntitle: T\n" + Source + Brief("a", body: "[@bbc] [j](../../feed.xml) [n](../../sitemap.xml) [t](../../tags/none/feed.xml)"));
        Assert.Equal([
            "content/briefs/a.md:7:8: warning BG4010: link address '../../feed.xml' leads to a file made only when the site knows its address: feeds, sitemap.xml and robots.txt need base_url; set base_url in site.yml, or check with --base-url as the published build has it",
            "content/briefs/a.md:7:28: warning BG4010: link address '../../sitemap.xml' leads to a file made only when the site knows its address: feeds, sitemap.xml and robots.txt need base_url; set base_url in site.yml, or check with --base-url as the published build has it",
            "content/briefs/a.md:7:51: warning BG4010: link address '../../tags/none/feed.xml' leads to no file of the site (from this page it is 'tags/none/feed.xml'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/",
        ], unaddressed.Diagnostics.Where(d => d.Code == "BG4010").Select(d => d.Format()));
    }

    [Fact]
    public void A_link_or_image_into_the_themes_assets_is_checked_against_the_theme()
    {
        // The advice for an image beside a page, followed for an image the theme lacks, or a misspelt asset, passed --strict.
        var site = TestSite.Build(Source + Brief("a", body: "[@bbc] ![Map](../../assets/map.png) [style](../../assets/styles.css) [ok](../../assets/style.css)"));
        Assert.Equal(
            "content/briefs/a.md:7:8: warning BG4010: image address '../../assets/map.png' leads to no file of the theme: its assets/ folder has no 'map.png'; add the file to the theme's assets/ (--templates), or use its https:// address\n"
            + "content/briefs/a.md:7:37: warning BG4010: link address '../../assets/styles.css' leads to no file of the theme: its assets/ folder has no 'styles.css'; add the file to the theme's assets/ (--templates), or use its https:// address",
            string.Join("\n", site.Diagnostics.Select(d => d.Format())));
        // A theme that has the file makes the same links good.
        var themed = TestSite.Build(Source + Brief("a", body: "[@bbc] ![Map](../../assets/map.png) [notes](../../assets/notes.md)")
            + "-- templates/assets/map.png --\npng\n" + "-- templates/assets/notes.md --\n# Notes\n");
        Assert.Empty(themed.Diagnostics);
    }

    /// <summary>Ids that differ only by characters that look alike: 0 and o, 1 and i, 1 and l, 5 and s, rn and m.</summary>
    [Theory]
    [InlineData("k0", "ko")]
    [InlineData("k1", "ki")]
    [InlineData("k1", "kl")]
    [InlineData("k5", "ks")]
    [InlineData("km", "krn")]
    public void Look_alike_ids_are_named_together(string first, string later)
    {
        var report = string.Join("\n", TestSite.Check(Source + Brief(first) + Brief(later)).Diagnostics.Select(d => d.Format()));
        // Both files, each naming the other: which of them is new is not known.
        Assert.Equal($"content/briefs/{first}.md:1:1: error BG1005: id '{first}' is easily confused with '{later}' ('content/briefs/{later}.md'); choose a clearly different id\n"
            + $"content/briefs/{later}.md:1:1: error BG1005: id '{later}' is easily confused with '{first}' ('content/briefs/{first}.md'); choose a clearly different id", report);
    }

    /// <summary>A lowercase i has its dot: "it" and "lt", "is" and "ls" are country codes a site may well use together.</summary>
    [Fact]
    public void Ids_that_differ_by_i_and_l_are_both_accepted()
    {
        var states = string.Concat(new[] { "it", "lt", "is", "ls" }.Select(id => $"-- content/actors/{id}.md --\n---\nname: State {id}\nkind: state\n---\n"));
        var page = TestSite.Build(Source + states + Brief("a", "actors: [it, lt, is, ls]")).AssertClean().Page("briefs/a/index.html");
        Assert.Equal(["State it", "State lt", "State is", "State ls"], page.QuerySelectorAll("section.actors a").Select(a => a.TextContent));
    }
}
