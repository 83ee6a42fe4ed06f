using Microsoft.Playwright;

namespace BriefingGen.BrowserTests;

/// <summary>
/// What a reader does with the sample site: search, print a brief, read on a phone. Pages are
/// picked by kind, never by the sample's ids, so these hold for any valid content.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReaderTests(BrowserFixture site)
{
    private const int Phone = 390;
    private const int Desktop = 1280;

    /// <summary>The first page of a kind, e.g. "briefs": a page in that folder other than its index.</summary>
    private string First(string kind) => site.Pages.First(p => p.StartsWith(kind + "/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2);

    /// <summary>What on the page ends past the screen's right edge, outside a box that scrolls (the timeline, a wide table, code).</summary>
    private const string WiderThanTheScreen = """
        () => {
          const width = document.documentElement.clientWidth;
          const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true; return false; };
          const found = [];
          if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
          for (const el of document.body.querySelectorAll("*")) {
            const box = el.getBoundingClientRect();
            if (box.width > 0 && box.right > width + 1 && !scrolls(el)) found.push(`<${el.localName} class="${el.getAttribute("class") ?? ""}"> ends at ${Math.round(box.right)} px`);
          }
          return found.slice(0, 5);
        }
        """;

    /// <summary>Dates split across two lines ("12 ⏎ Nov 2025"): an inline element that wraps has a box on each line.</summary>
    private const string SplitDates = """
        () => [...document.querySelectorAll("time")].filter(t => t.getClientRects().length > 1).map(t => t.textContent).slice(0, 5)
        """;

    [SearchFact]
    public async Task A_reader_searches_for_a_word_of_a_brief_title_and_follows_the_result_to_the_brief()
    {
        var watch = new PageWatch();
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        watch.Watch(page, "search");
        var brief = First("briefs");
        await page.GotoAsync(site.Url(brief));
        var title = (await page.Locator("main h1").TextContentAsync())!.Trim();
        var word = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!.Trim('“', '”', '"', ',', '.', ':', '?');

        await page.GotoAsync(site.Url("search/index.html"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).WaitForAsync(); // reached from the header
        await page.GetByLabel("Search the site").FillAsync(word);
        var briefs = page.Locator(".search-group", new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Briefs \\(\\d+\\)$") }) });
        var hit = briefs.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
        await hit.WaitForAsync();
        Assert.False(await page.Locator(".search-unavailable").IsVisibleAsync());
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"search-{Desktop}.png"), FullPage = true });
        await hit.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/search/", StringComparison.Ordinal));
        Assert.Equal(site.Url(brief), page.Url);
        Assert.Equal(title, (await page.Locator("main h1").TextContentAsync())!.Trim());
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task Without_a_search_index_the_search_page_says_why_and_keeps_its_lists()
    {
        // "Search needs JavaScript" was all it said, to a reader whose browser ran the page's script.
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/pagefind/**", route => route.FulfillAsync(new() { Status = 404 }));
        await page.GotoAsync(site.Url("search/index.html"));
        var note = page.Locator(".search-unavailable");
        await Assertions.Expect(note).ToContainTextAsync("published without its search index");
        Assert.False(await page.Locator(".search").IsVisibleAsync());
        Assert.True(await page.Locator(".browse a").First.IsVisibleAsync());

        // An index that is there but would not load (a server error) is not called missing.
        var failing = await context.NewPageAsync();
        await failing.RouteAsync("**/pagefind/**", route => route.FulfillAsync(new() { Status = 503 }));
        await failing.GotoAsync(site.Url("search/index.html"));
        await Assertions.Expect(failing.Locator(".search-unavailable")).ToContainTextAsync("would not load");

        var fromDisk = await context.NewPageAsync();
        await fromDisk.GotoAsync(new Uri(Path.Combine(site.Site, "search", "index.html")).AbsoluteUri);
        await Assertions.Expect(fromDisk.Locator(".search-unavailable")).ToContainTextAsync("not available on pages opened from disk");
    }

    [BrowserFact]
    public async Task A_printed_brief_has_its_references_and_their_addresses_but_no_navigation_footer_or_back_links()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(First("briefs")));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".site-nav", ".site-footer", ".skip-link", "a.backref", ".footnote-back-ref", ".heading-anchor", ".toc" })
            foreach (var element in await page.Locator(hidden).AllAsync())
                Assert.False(await element.IsVisibleAsync(), $"{hidden} is printed");
        Assert.True(await page.Locator("#references").IsVisibleAsync(), "references are not printed");
        // Where each source is relied on (a page, the words quoted) is content: on paper as on screen, never folded away.
        foreach (var use in await page.Locator("#references .locator, #references q.passage").AllAsync())
            Assert.True(await use.IsVisibleAsync(), $"'{await use.TextContentAsync()}' in the references is not printed");
        // Paper cannot download the BibTeX and RIS files; the formatted citation is what it keeps.
        Assert.True(await page.Locator(".cite-this .formatted-citation").IsVisibleAsync(), "the brief's citation is not printed");
        Assert.Equal(1, await page.Locator(".citation-files").CountAsync());
        Assert.False(await page.Locator(".citation-files").IsVisibleAsync(), "the download links of 'Cite this brief' are printed");
        // Every web address a printed page links to is on the paper: as the link's text or after it.
        var unprinted = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("main a[href^='http']")]
              .filter(a => a.offsetParent !== null)
              .filter(a => !a.textContent.includes(a.href.replace(/\/$/, "")) && !getComputedStyle(a, "::after").content.includes(a.getAttribute("href")))
              .map(a => a.getAttribute("href"))
            """);
        Assert.Empty(unprinted);
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000);
    }

    [BrowserFact]
    public async Task On_a_390_pixel_phone_no_page_scrolls_sideways_no_date_splits_and_the_timeline_scrolls_in_its_own_box_at_a_readable_size()
    {
        var watch = new PageWatch();
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Phone, Height = 800 }, IsMobile = true, HasTouch = true });
        await Parallel.ForEachAsync(site.Pages, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (path, _) =>
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(path));
            // Elements inside a box that scrolls (the timeline, a wide table, code) may be wider than the screen.
            var overflowing = await page.EvaluateAsync<string[]>(WiderThanTheScreen);
            foreach (var problem in overflowing) watch.Add($"{path}: {problem}");
            foreach (var date in await page.EvaluateAsync<string[]>(SplitDates)) watch.Add($"{path}: the date '{date}' is split across two lines");
            await page.CloseAsync();
        });
        watch.AssertNone();

        var timeline = await context.NewPageAsync();
        await timeline.GotoAsync(site.Url("timeline/index.html"));
        var scroller = timeline.Locator(".timeline-scroller");
        Assert.True(await scroller.EvaluateAsync<bool>("s => s.scrollWidth > s.clientWidth && s.getBoundingClientRect().right <= innerWidth"),
            "the timeline picture should scroll inside its own box on a phone");
        var smallest = await timeline.Locator(".timeline-picture text").EvaluateAllAsync<double>("texts => Math.min(...texts.map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 10, $"timeline text is {smallest:0.0} px tall on a phone");
    }

    [BrowserFact]
    public async Task On_a_390_pixel_phone_a_title_name_or_tag_of_one_long_word_wraps_instead_of_widening_the_page()
    {
        // German compounds, bare addresses and slug-like tags are single words wider than a phone.
        const string word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
        await using var server = await BuiltSite.StartAsync(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Long words\n",
            ["actors/board.md"] = $"---\nname: \"{word}\"\nkind: organization\n---\n",
            ["briefs/a.md"] = $"""
                ---
                title: "{word}"
                date: 2024-05-01
                summary: "https://example.com/a/long/address/with/no/place/to/break/it/at/all/whatsoever"
                authors: ["{word}"]
                actors: [board]
                tags: [{word.ToLowerInvariant().Replace("ä", "ae")}-and-more]
                ---
                Text.
                """,
        });
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Phone, Height = 800 }, IsMobile = true });
        var page = await context.NewPageAsync();
        var watch = new PageWatch();
        foreach (var path in new[] { "index.html", "briefs/index.html", "briefs/a/index.html", "actors/index.html", "actors/board/index.html", "tags/index.html" })
        {
            await page.GotoAsync(server.BaseUrl + path);
            foreach (var problem in await page.EvaluateAsync<string[]>(WiderThanTheScreen)) watch.Add($"{path}: {problem}");
        }
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task A_body_heading_is_announced_by_its_own_words_and_its_link_follows_its_last_word_on_a_phone()
    {
        // Inside the heading, the "#" link's label became part of the heading's name: "Background Link to this section".
        const string longHeading = "What the two governments said to each other in the week after the rupture";
        await using var server = await BuiltSite.StartAsync(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Headings\n",
            ["briefs/a.md"] = $"---\ntitle: A\ndate: 2024-05-01\nsummary: S.\n---\nIntro.\n\n## Background\n\nText.\n\n### {longHeading}\n\nMore text.\n",
        });
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Phone, Height = 800 }, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "briefs/a/index.html");
        foreach (var (name, id) in new[] { ("Background", "background"), (longHeading, "what-the-two-governments-said-to-each-other-in-the-week-after-the-rupture") })
        {
            var heading = page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });
            Assert.Equal(1, await heading.CountAsync());
            var link = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            Assert.Equal("#" + id, await link.GetAttributeAsync("href"));
            // On the heading's last line, after its last word, in the heading's size: as if it were inside it.
            var placed = await heading.EvaluateAsync<bool>("""
                h => {
                  const lines = h.getClientRects(), last = lines[lines.length - 1], a = h.nextElementSibling.getBoundingClientRect();
                  return a.left >= last.right && a.top >= last.top - 2 && a.bottom <= last.bottom + 2
                    && getComputedStyle(h.nextElementSibling).fontSize === getComputedStyle(h).fontSize;
                }
                """);
            Assert.True(placed, $"the link of '{name}' is not after the heading's last word");
        }
        // Sized and spaced as headings: larger than the text, h2 larger than h3, apart from the paragraph above.
        var sizes = await page.EvaluateAsync<double[]>("""
            () => ["p", "h2", "h3"].map(s => parseFloat(getComputedStyle(document.querySelector(".body " + s)).fontSize))
            """);
        Assert.True(sizes[1] > sizes[2] && sizes[2] > sizes[0], $"font sizes p, h2, h3: {string.Join(", ", sizes)}");
        var gap = await page.EvaluateAsync<double>("""
            () => { const h = document.querySelector(".body h2"); return h.getBoundingClientRect().top - h.parentElement.previousElementSibling.getBoundingClientRect().bottom; }
            """);
        Assert.True(gap >= sizes[0], $"the h2 is {gap} px below the paragraph above it");
    }

    /// <summary>What on the page starts past the screen's left edge, where a right-to-left page overflows, outside a box that scrolls.</summary>
    private const string PastTheLeftEdge = """
        () => {
          const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true; return false; };
          const found = [];
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
          for (const el of document.body.querySelectorAll("*")) {
            const box = el.getBoundingClientRect();
            if (box.width > 1 && box.left < -1 && !scrolls(el) && !el.matches(".skip-link")) found.push(`<${el.localName} class="${el.getAttribute("class") ?? ""}"> starts at ${Math.round(box.left)} px`);
          }
          return found.slice(0, 5);
        }
        """;

    /// <summary>Whether the element's first text shows the first word to the left of the second.</summary>
    private const string InOrder = """
        (element, [first, then]) => {
          const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const box = word => {
            text.currentNode = element;
            for (let node = text.nextNode(); node; node = text.nextNode()) {
              const at = node.data.indexOf(word);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + word.length);
              return range.getBoundingClientRect();
            }
            return null;
          };
          const a = box(first), b = box(then);
          // Left of it on its line, or on a later line (a wrapped period or reference reads on there).
          return a !== null && b !== null && (a.left < b.left || b.top >= a.bottom - 1);
        }
        """;

    [SearchFact]
    public async Task Each_kind_of_result_counts_all_its_pages_shows_ten_and_the_rest_on_request()
    {
        // 45 actors and a brief match: "Actors (…)" counted only those among the first 40 results of all kinds, and showed ten of them.
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Search\n",
            ["sources/s.md"] = "---\ntitle: Report\n---\n",
            ["briefs/a.md"] = "---\ntitle: The accord\ndate: 2025-11-10\nsummary: S\n---\nThe accord was signed [@s].\n",
        };
        for (var i = 1; i <= 45; i++) files[$"actors/envoy-{i}.md"] = $"---\nname: Envoy {i}\nkind: person\n---\nA negotiator of the accord.\n";
        await using var server = await BuiltSite.StartAsync(files, searchable: true);
        var watch = new PageWatch();
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        watch.Watch(page, "search");
        await page.GotoAsync(server.BaseUrl + "search/index.html?q=accord");

        var actors = page.Locator(".search-group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Actors (45)", Exact = true }) });
        await actors.WaitForAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Briefs (1)", Exact = true }).CountAsync());
        Assert.Equal(10, await actors.Locator(".search-hits li").CountAsync());
        Assert.Equal("46 pages found for “accord”.", await page.Locator(".search-status").TextContentAsync());
        await actors.GetByRole(AriaRole.Button, new() { Name = "Show all 45 actors" }).ClickAsync();
        await actors.Locator(".search-hits li").Nth(44).WaitForAsync();
        Assert.Equal(45, await actors.Locator(".search-hits li").CountAsync());
        Assert.Equal(0, await actors.GetByRole(AriaRole.Button).CountAsync());
        Assert.Equal(Enumerable.Range(1, 45).Select(i => $"Envoy {i}").Order(), (await actors.Locator(".search-hits li a").AllTextContentsAsync()).Order());
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task An_aligned_table_column_is_aligned_under_the_page_s_policy_and_a_folded_list_of_citing_pages_is_printed_whole()
    {
        var content = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Tables\n",
            ["sources/s.md"] = "---\ntitle: Shipping statistics\nkind: dataset\n---\n",
            ["briefs/t.md"] = "---\ntitle: Transits\ndate: 2025-01-02\nsummary: Counts.\n---\n| Year | Transits | Note |\n|:---|---:|:---:|\n| 2021 | 85 | low [@s] |\n| 2024 | 1,204 | high [@s] |\n",
        };
        // Six more briefs citing the source fold its list of citing pages in the citation index.
        for (var i = 1; i <= 6; i++) content[$"briefs/b{i}.md"] = $"---\ntitle: Brief {i}\ndate: 2025-01-0{i + 2}\nsummary: S.\n---\nText [@s].\n";
        await using var server = await BuiltSite.StartAsync(content);
        var watch = new PageWatch();
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // Markdig's style="text-align: right" was refused by the page's Content-Security-Policy: the
        // column showed left aligned, and the console logged a violation per cell.
        watch.Watch(page, "brief with a table");
        await page.GotoAsync(server.BaseUrl + "briefs/t/index.html");
        var aligned = await page.Locator(".body tbody tr").First.Locator("td").EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c).textAlign)");
        Assert.Equal(["left", "right", "center"], aligned);
        await page.GotoAsync(server.BaseUrl + "sources/index.html");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var folded = page.Locator("details.cited-in-fold");
        Assert.False(await folded.EvaluateAsync<bool>("d => d.open"));
        Assert.Equal(7, await folded.Locator(".cited-in li").CountAsync());
        foreach (var item in await folded.Locator(".cited-in li").AllAsync())
            if (!await item.IsVisibleAsync()) watch.Add($"printed, the citing page '{await item.TextContentAsync()}' is not shown");
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task An_english_brief_with_arabic_items_and_sources_keeps_markers_in_the_margin_and_citations_in_order_and_prints_each_place_cited()
    {
        await using var server = await BuiltSite.StartAsync(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Mixed scripts\n",
            ["sources/aj.md"] = "---\ntitle: \"بيرو تقطع العلاقات مع المكسيك\"\npublisher: \"الجزيرة\"\nkind: article\npublished: 2025-11-04\n---\n",
            ["sources/un.md"] = "---\ntitle: UN report on the crisis\npublisher: United Nations\nkind: report\npublished: 2025-11-04\n---\n",
            ["briefs/a.md"] = "---\ntitle: Mixed\ndate: 2025-11-10\nsummary: Mixed scripts.\n---\nOpening [@un].\n\n" +
                "- English item [@un, p. 4].\n- العربية: «بيرو تقطع العلاقات مع المكسيك» وقالت الوزارة إن القرار نهائي ولا رجعة فيه [@aj].\n\n" +
                "1. First numbered English item [@un, ch. 2].\n2. البند الثاني باللغة العربية [@aj].\n\nText [@un, \"the passage relied on\"] and [@un, para. 176].\n\n" +
                "| Year | A | B | C | D | E | F | G | H | Source |\n|---|---|---|---|---|---|---|---|---|---|\n" +
                "| 1949 | Internationalisation | Internationalisation | Internationalisation | Internationalisation | Internationalisation | Internationalisation | Internationalisation | Internationalisation | [@un] |\n",
        });
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Phone, Height = 900 }, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "briefs/a/index.html");
        var watch = new PageWatch();
        // An Arabic item's bullet and number hung past the right edge, away from the list's indent.
        foreach (var problem in await page.EvaluateAsync<string[]>(WiderThanTheScreen)) watch.Add(problem);
        var markersLeftOfText = await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll(".body li.text-rtl")].every(li => li.getBoundingClientRect().left >= li.parentElement.getBoundingClientRect().left + 10)
            """);
        if (!markersLeftOfText) watch.Add("an Arabic item does not sit inside its list's indent");
        // The citation's commas and quotes joined the Arabic title and publisher into one run, publisher first.
        var reference = page.Locator("#ref-aj");
        if (!await reference.EvaluateAsync<bool>(InOrder, new[] { "بيرو", "الجزيرة" })) watch.Add("the publisher is read before the title");
        if (!await reference.EvaluateAsync<bool>(InOrder, new[] { "“", "بيرو" })) watch.Add("the title's opening quote is not before it");
        // On paper the letters linking back are not printed: the places cited are told apart. (A4 is about 720 px between its margins.)
        await page.SetViewportSizeAsync(720, 1000);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.Locator("#ref-un .backrefs").EvaluateAsync<string>("""
            e => [...e.querySelectorAll(".locator, q.passage")].map(x =>
              (x.matches("q") ? "“" + x.textContent + "”" : x.textContent) + (getComputedStyle(x, "::after").content.includes('";"') ? ";" : "")
            ).join(" ")
            """);
        // The first place, cited without a locator, prints nothing: no separator before the first that has one.
        if (printed != "p. 4; ch. 2; “the passage relied on”; para. 176") watch.Add($"the printed places read '{printed}'");
        // A wide table fits the paper by breaking long words, never a year ("194/9").
        foreach (var problem in await page.EvaluateAsync<string[]>(WiderThanTheScreen)) watch.Add("printed: " + problem);
        var yearLines = await page.Locator(".body td").First.EvaluateAsync<int>("td => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length; }");
        if (yearLines != 1) watch.Add($"the printed year is split over {yearLines} lines");
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task A_site_in_arabic_reads_right_to_left_with_nothing_cut_off_and_the_timeline_still_running_left_to_right()
    {
        await using var server = await BuiltSite.StartAsync(new Dictionary<string, string>
        {
            ["site.yml"] = "title: \"موجز\"\nlanguage: ar\n",
            ["sources/s.md"] = "---\ntitle: \"تقرير\"\nkind: report\n---\n",
            ["actors/peru.md"] = "---\nname: \"بيرو\"\nkind: state\n---\n",
            ["events/e.md"] = "---\ntitle: \"قطع العلاقات\"\ndate: 2025-11\nactors: [peru]\nsummary: \"NATO تعلن عن قمة جديدة\"\n---\nنص [@s].\n",
            ["events/y.md"] = "---\ntitle: \"انتخابات\"\ndate: 2024\nactors: [peru]\n---\n",
            ["events/old.md"] = "---\ntitle: \"تأسيس\"\ndate: 0950\n---\n",
            ["briefs/a.md"] = "---\ntitle: \"لماذا قطعت بيرو العلاقات\"\ndate: 2025-11-10\nauthors: [\"أحمد علي\", \"سارة\"]\nsummary: \"ملخص\"\nactors: [peru]\nevents: [e]\ntags: [diplomacy]\n"
                + "corrections: [{date: 2025-11-12, text: \"صُحّح التاريخ.\"}]\n---\n## ما حدث\n\nنص [@s] و[[peru]].\n\n> اقتباس [@s]\n\n- بند [@s]\n",
            // An English brief on the Arabic site, citing an English source, with a period in its timeline.
            ["sources/treaty.md"] = "---\ntitle: Treaty on the Waters\nkind: report\npublisher: Basin Commission\nurl: https://example.org/t\naccessed: 2023-03-02\n---\n",
            ["events/talks.md"] = "---\ntitle: \"مفاوضات\"\ndate: 2021-09-06\nend: 2021-09-08\n---\n",
            ["briefs/en.md"] = "---\ntitle: Plain English brief\ndate: 2025-11-09\nsummary: An English summary.\nevents: [talks]\n---\nEnglish text, and more [@treaty].\n",
        });
        var watch = new PageWatch();
        foreach (var width in new[] { Phone, Desktop })
        {
            await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "index.html", "briefs/a/index.html", "events/e/index.html", "actors/peru/index.html", "timeline/index.html", "sources/index.html" })
            {
                await page.GotoAsync(server.BaseUrl + path);
                Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
                foreach (var problem in await page.EvaluateAsync<string[]>(PastTheLeftEdge)) watch.Add($"{width} px, {path}: {problem}");
            }
            // Dates and the theme's English words read in order: "Nov 2025. 10" and "سارة and أحمد علي By" were shown.
            await page.GotoAsync(server.BaseUrl + "briefs/a/index.html");
            // The correction's label read "صُحّح : 12 Nov 2025 , Correction".
            foreach (var (selector, first, then) in new[] { (".formatted-citation time >> nth=0", "10", "Nov"), (".authors", "By", "أحمد"), (".correction > strong", "Correction", "Nov") })
                if (!await page.Locator(selector).EvaluateAsync<bool>(InOrder, new[] { first, then }))
                    watch.Add($"{width} px: in '{selector}', '{first}' is not left of '{then}'");
            // An English brief reads left to right on its page and in the list; its period and its English reference in their own order.
            await page.GotoAsync(server.BaseUrl + "briefs/en/index.html");
            foreach (var (selector, first, then) in new[] { (".body p", "English", "more"), ("h1", "Plain", "brief"), (".summary", "An", "summary"),
                (".brief-timeline .dates", "6", "8 Sep"), ("#references li", "Treaty", "accessed"), ("#references li", "accessed", "Mar") })
                if (!await page.Locator(selector).EvaluateAsync<bool>(InOrder, new[] { first, then }))
                    watch.Add($"{width} px, English brief: in '{selector}', '{first}' is not left of '{then}'");
            // So does the English source's page: its title, and its citation, which read ".2 Mar 2023 accessed".
            await page.GotoAsync(server.BaseUrl + "sources/treaty/index.html");
            if (await page.Locator("main h1").EvaluateAsync<string>("e => getComputedStyle(e).direction") != "ltr")
                watch.Add($"{width} px: the English source's title is not left to right");
            // (Its citation is given once, at its top: "Cite this source" offers the files.)
            foreach (var (selector, first, then) in new[] { (".citation", "Treaty", "accessed"), (".citation", "accessed", "Mar") })
                if (!await page.Locator(selector).EvaluateAsync<bool>(InOrder, new[] { first, then }))
                    watch.Add($"{width} px, English source: in '{selector}', '{first}' is not left of '{then}'");
            await page.GotoAsync(server.BaseUrl + "briefs/index.html");
            var listed = page.Locator("li.brief-item", new() { HasText = "Plain English brief" });
            foreach (var selector in new[] { "a.item-title", "p.item-summary" })
                if (await listed.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).direction") != "ltr")
                    watch.Add($"{width} px: the English brief's {selector} in the list is not left to right");
            // A contributor's summary opening with a Latin name is still right to left: the name at the right.
            await page.GotoAsync(server.BaseUrl + "events/e/index.html");
            if (!await page.Locator(".summary").EvaluateAsync<bool>(InOrder, new[] { "تعلن", "NATO" }))
                watch.Add($"{width} px: the event's summary 'NATO …' is laid out left to right");
            // The picture's time axis runs left to right, its lane names at its left edge, inside its box.
            await page.GotoAsync(server.BaseUrl + "timeline/index.html");
            var inside = await page.Locator(".timeline-scroller").EvaluateAsync<bool>(
                "s => { const box = s.getBoundingClientRect(); const label = s.querySelector('.lane-label').getBoundingClientRect(); return s.scrollLeft === 0 && label.left >= box.left && label.right <= box.right; }");
            if (!inside) watch.Add($"{width} px: the timeline's lane name is not inside its box at the left");
            // The theme's "2024, month not known" read "month not known ,2024"; each entry's date sat at the far left, away from its title
            // (the text of a block <time>, left to right, starts at its left).
            if (!await page.Locator("h3[id='month_2024-unknown']").EvaluateAsync<bool>(InOrder, new[] { "2024", "month" }))
                watch.Add($"{width} px: the heading '2024, month not known' is not in order");
            // A year before 1000 read "CE 950".
            if (!await page.Locator(".timeline-list h2", new() { HasText = "950" }).EvaluateAsync<bool>(InOrder, new[] { "950", "CE" }))
                watch.Add($"{width} px: the heading '950 CE' is not in order");
            foreach (var line in new[] { ".timeline-entry > time", "h3[id='month_2024-unknown']" })
            {
                var gap = await page.Locator(line).First.EvaluateAsync<double>("""
                    t => { const r = document.createRange(); r.selectNodeContents(t); return t.getBoundingClientRect().right - r.getBoundingClientRect().right; }
                    """);
                if (gap > 2) watch.Add($"{width} px: the text of '{line}' ends {gap:0} px short of the right edge");
            }
        }
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task Screenshots_of_the_main_kinds_of_page_at_desktop_and_phone_width_and_in_the_dark_scheme()
    {
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var pages = new Dictionary<string, string>
        {
            ["home"] = "index.html",
            ["brief"] = First("briefs"),
            ["actor"] = First("actors"),
            ["timeline"] = "timeline/index.html",
            ["citations"] = "sources/index.html",
        };
        foreach (var (width, scheme, suffix) in new[] { (Desktop, ColorScheme.Light, ""), (Phone, ColorScheme.Light, ""), (Desktop, ColorScheme.Dark, "-dark") })
        {
            await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
            var page = await context.NewPageAsync();
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(site.Url(path));
                var file = Path.Combine(BrowserFixture.Screenshots, $"{name}-{width}{suffix}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
            }
        }
    }
}
