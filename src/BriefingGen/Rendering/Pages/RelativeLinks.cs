using BriefingGen.Diagnostics;
using BriefingGen.Graph;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Rendering.Exports;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// Links written as paths from their page ("../../timeline/index.html"), checked against the files
/// the site will have: a wrong id or a folder too few, and a reader clicks through to nothing. A
/// link to a page (".html", or a folder, which is its index.html) is checked against the pages, an
/// image (content holds none, so only a theme's assets/ can have one) or any file in assets/ against
/// the theme's, and any other file against the exports, citation files and feeds the build writes,
/// whose names are known before it does (all but the search index's, made after the build).
/// </summary>
public static class RelativeLinks
{
    /// <param name="site">The theme's files and the site's files besides its pages; null when the theme is not known, and neither is checked.</param>
    public static void Check(SiteGraph graph, SiteFiles? site, DiagnosticBag diagnostics)
    {
        Dictionary<string, PageSpec>? pages = null;
        // Which page of each list (by its first page) gives each document an anchor: made once, when a link first asks.
        Dictionary<string, Dictionary<string, string>>? anchoredAt = null;
        IReadOnlySet<string>? files = null;
        HashSet<string>? withBaseUrl = null;
        // Each hint is compared with every heading of the page linked to.
        var siteHintsLeft = Suggestions.MaxHintsPerSite;
        foreach (var (id, document) in graph.Documents)
        {
            if (!graph.Bodies.TryGetValue(id, out var body) || body.Relative.Count == 0) continue;
            pages ??= SitePages.Plan(graph).ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
            files ??= site?.BesidePages();
            var hintsLeft = Suggestions.MaxHintsPerFile;
            foreach (var address in body.Relative)
            {
                if (Problem(address, document.Url, pages, site?.ThemeAssets, files, WithBaseUrl, MovedTo, out var reached) is { } problem)
                    diagnostics.Report(DiagnosticCodes.LinkToNoPage, address.Location, problem);
                else if (reached is not null && (NoPlace(graph, address.Url, reached, () => hintsLeft-- > 0 && siteHintsLeft-- > 0) ?? NotListed(graph, address.Url, pages[reached], () => anchoredAt ??= AnchoredAt(pages.Values))) is { } missing)
                    diagnostics.Report(DiagnosticCodes.LinkToNoPlace, address.Location, missing);
            }
        }

        // The files a build with base_url would add, which this one has not: asked only of a link to no file.
        bool WithBaseUrl(string target) => graph.Config.BaseUrl is null && (withBaseUrl ??= Feed.Plan(graph).Select(f => f.Path).Append(Sitemap.Path).Append(RobotsTxt.Path).ToHashSet(StringComparer.Ordinal)).Contains(target);

        // The id a renamed document has now, when this page is its old address (former_ids).
        string? MovedTo(string page) => page.Split('/') is [_, var old, "index.html"] && graph.FormerIds.TryGetValue(old, out var now)
            && Document.UrlOf(graph.Documents[now].Kind, old) == page ? now : null;
    }

    /// <summary>
    /// Why a link to a place on <paramref name="page"/> (a site path) leads to no heading, citation
    /// marker or reference entry of it, checked as [[b#background]] is; null when it does, or names none. Only a document's page has
    /// headings of its own: other pages' ids (the timeline's months, a list's letters) are the theme's.
    /// </summary>
    /// <param name="hint">Whether a hint may still be given, asked only when one is wanted: a link that leads somewhere takes none.</param>
    private static string? NoPlace(SiteGraph graph, string url, string page, Func<bool> hint)
    {
        var at = url.IndexOf('#');
        if (at < 0 || page.Split('/') is not [_, var id, "index.html"] || !graph.Documents.TryGetValue(id, out var document) || document.Url != page
            || !graph.Bodies.TryGetValue(id, out var body) || body.IsRefused) return null;
        if (CitationAnchors.Missing(document, body, url[(at + 1)..]) is { } why)
            return $"link address '{Shorten(url)}' leads to no place on the {document.Kind.Noun()} '{id}': {why}";
        if (Slug.SectionOf(url[(at + 1)..]) is not { } section)
            return Slug.UnderscoredHeading(url[(at + 1)..], body.UnderscoredAnchors) is { } meant
                ? $"link address '{Shorten(url)}' leads to no section of the {document.Kind.Noun()} '{id}': {IdResolver.UnderscoreAdvice}; write '{Shorten(url[..(at + 1)] + meant)}', or [[{id}#{meant}]]"
                : null;
        if (body.HasAnchor(section)) return null;
        return $"link address '{Shorten(url)}' leads to no section of the {document.Kind.Noun()} '{id}': it has no heading with the id '{Shorten(section)}'"
            + IdResolver.NoSectionAdvice(id, section, body.Anchors, hint, near => $"'{Shorten(url[..(at + 1)] + near)}', or [[{id}#{near}]]");
    }

    /// <summary>
    /// Why a link to an entry of a list by its id ("sources/index.html#bbc") leads to no place: the
    /// page does not list that document, which another page of the list may (entries move from page
    /// to page as the list grows); null when it does, or the fragment names no document.
    /// </summary>
    private static string? NotListed(SiteGraph graph, string url, PageSpec page, Func<Dictionary<string, Dictionary<string, string>>> anchoredAt)
    {
        var at = url.IndexOf('#');
        if (at < 0 || page.Anchored is null) return null;
        // A text fragment after the id ("#bbc:~:text=cut") scrolls to the id first.
        var fragment = url[(at + 1)..];
        if (fragment.IndexOf(":~:", StringComparison.Ordinal) is >= 0 and var directive) fragment = fragment[..directive];
        var id = fragment.Contains('%') ? Uri.UnescapeDataString(fragment) : fragment;
        if (!graph.Documents.TryGetValue(id, out var listed)) return null;
        var elsewhere = anchoredAt().GetValueOrDefault(Pagination.FirstPathOf(page.OutputPath))?.GetValueOrDefault(id);
        if (elsewhere == page.OutputPath) return null;
        var where = elsewhere is null ? $"no page of that list shows the {listed.Kind.Noun()} '{id}'"
            : $"the {listed.Kind.Noun()} '{id}' is on '{elsewhere}', and moves as the list grows";
        return $"link address '{Shorten(url)}' leads to no place on '{page.OutputPath}': {where}; link to its own page with [[{id}]]";
    }

    private static Dictionary<string, Dictionary<string, string>> AnchoredAt(IEnumerable<PageSpec> pages)
    {
        var lists = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page.Anchored is not { } anchored) continue;
            var first = Pagination.FirstPathOf(page.OutputPath);
            if (!lists.TryGetValue(first, out var list)) lists[first] = list = new(StringComparer.Ordinal);
            foreach (var id in anchored()) list.TryAdd(id, page.OutputPath);
        }
        return lists;
    }

    /// <summary>What is wrong with a link from the page at <paramref name="from"/> (a site path), or null when it leads to a page or to a file not checked.</summary>
    /// <param name="files">The site's files other than pages; null when the theme is not known, and such links are not checked.</param>
    /// <param name="reached">The page the link leads to, when it leads to one.</param>
    /// <param name="movedTo">The id of the document a page is the old address of, or null.</param>
    /// <param name="withBaseUrl">Whether a file is one the site would have with a base_url, which it lacks (a feed, the sitemap).</param>
    private static string? Problem(RelativeAddress address, string from, IReadOnlyDictionary<string, PageSpec> pages, IReadOnlySet<string>? themeAssets, IReadOnlySet<string>? files,
        Func<string, bool> withBaseUrl, Func<string, string?> movedTo, out string? reached)
    {
        reached = null;
        var url = address.Url;
        string path;
        try
        {
            path = Uri.UnescapeDataString(url[..UrlPolicy.PathEnd(url)]);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (UrlPolicy.StartsWithHost(url))
            return $"link address '{Shorten(url)}' has no https://, so it leads to a page of this site that does not exist; write 'https://{Shorten(url)}'";
        if (Target(from, path) is not { } target)
            return $"link address '{Shorten(url)}' climbs above the site's root, so it leads outside the site; link to a page of the site, or write the full https:// address";
        if (target.StartsWith("assets/", StringComparison.Ordinal) && themeAssets is not null && !themeAssets.Contains(target))
            return $"{(address.IsImage ? "image" : "link")} address '{Shorten(url)}' leads to no file of the theme: its assets/ folder has no '{Shorten(target["assets/".Length..])}'; add the file to the theme's assets/ (--templates), or use its https:// address";
        // Content holds no images: one beside the page is never there. A theme may ship its own (assets/).
        if (address.IsImage)
            return target.StartsWith("assets/", StringComparison.Ordinal) ? null
                : $"image address '{Shorten(url)}' leads to no file of the site: content/ holds no images; use the image's https:// address, or put it in the theme's assets/ folder (--templates) and write '{Shorten(PageSpec.RootOf(from) + "assets/" + Path.GetFileName(target))}'";
        var isFolder = path.EndsWith('/') || target.Length == 0;
        var page = isFolder ? (target.Length == 0 ? "index.html" : target + "/index.html") : target;
        if (pages.ContainsKey(page))
        {
            reached = page;
            return null;
        }
        // A folder's address without its '/' works on a server, which redirects, but opened from disk it shows the folder's listing.
        if (!isFolder && pages.ContainsKey(target + "/index.html"))
            return $"link address '{Shorten(url)}' names a page's folder without its index.html, so opened from disk the link shows a listing of files; write '{Shorten(url[..UrlPolicy.PathEnd(url)] + "/index.html" + url[UrlPolicy.PathEnd(url)..])}', or link with [[id]]";
        // A link to a content file, as Hugo, Jekyll and GitHub write them ("../a.md"): the site publishes its page.
        // (A theme may publish a Markdown file of its own, in assets/.)
        if (!isFolder && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("assets/", StringComparison.Ordinal) && files?.Contains(target) != true)
        {
            var id = Path.GetFileNameWithoutExtension(target);
            var section = UrlPolicy.Fragment(url);
            return Enum.GetValues<DocumentKind>().Where(kind => pages.ContainsKey($"{kind.Folder()}/{id}/index.html")).Select(kind => (DocumentKind?)kind).FirstOrDefault() is { } published
                ? $"link address '{Shorten(url)}' names the Markdown file of the {published.Noun()} '{id}', which the site publishes as a page; write [[{id}{Shorten(section)}]]"
                : $"link address '{Shorten(url)}' names a Markdown file, which the site does not publish; link to a brief, actor, event or source with [[id]]";
        }
        if (!isFolder && !target.EndsWith(".html", StringComparison.Ordinal) && Path.HasExtension(target))
            return files is null || files.Contains(target) || target.StartsWith(SearchIndexFolder, StringComparison.Ordinal) ? null
                : withBaseUrl(target)
                    ? $"link address '{Shorten(url)}' leads to a file made only when the site knows its address: feeds, sitemap.xml and robots.txt need base_url; set base_url in site.yml, or check with --base-url as the published build has it"
                : $"link address '{Shorten(url)}' leads to no file of the site (from this page it is '{Shorten(target)}'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/";
        if (movedTo(page) is { } now)
            return $"link address '{Shorten(url)}' leads to the old address of '{now}', renamed (its former_ids), which only sends the reader on; link to it with [[{now}]]";
        // A later page of a list ("briefs/page-9.html") comes and goes as entries do.
        if (Pagination.IsLaterPage(page) && Pagination.FirstPathOf(page) is var first && pages.TryGetValue(first, out var list))
        {
            var count = list.Pager?.Count ?? 1;
            return $"link address '{Shorten(url)}' leads to no page of the site: the list whose first page is '{first}' has {(count == 1 ? "no other" : $"{count} pages")} ('paginate' in site.yml sets how many entries each shows); link to its first page, whose address never moves";
        }
        return $"link address '{Shorten(url)}' leads to no page of the site (from this page it is '{Shorten(page)}'); link to a brief, actor, event or source with [[id]], which stays right when pages move";
    }

    /// <summary>
    /// The site path a relative path (no query or fragment) leads to from the page at <paramref name="from"/>,
    /// as a browser resolves it ("" for the site's root); null when it climbs above the root.
    /// </summary>
    internal static string? Target(string from, string path)
    {
        var folders = from.Split('/')[..^1].ToList();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part != "..") folders.Add(part);
            else if (folders.Count > 0) folders.RemoveAt(folders.Count - 1);
            else return null;
        }
        return string.Join('/', folders);
    }

    /// <summary>Where Pagefind writes the search index, after the build: its files are not known before.</summary>
    private const string SearchIndexFolder = "pagefind/";

    private static string Shorten(string text) => TextElements.Shorten(text, 60, "...");
}

/// <summary>What a link may lead to besides a page: the theme's files by site path ("assets/style.css"), and every file the build writes besides its pages, listed only when a body links by path.</summary>
public sealed record SiteFiles(IReadOnlySet<string> ThemeAssets, Func<IReadOnlySet<string>> BesidePages);
