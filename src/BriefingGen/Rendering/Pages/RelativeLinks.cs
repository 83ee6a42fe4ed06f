using BriefingGen.Diagnostics;
using BriefingGen.Graph;
using BriefingGen.Markdown;
using BriefingGen.Rendering.Citing;
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
    /// <param name="themeAssets">The theme's files by site path ("assets/style.css"); null when the theme is not known, and assets are not checked.</param>
    public static void Check(SiteGraph graph, IReadOnlySet<string>? themeAssets, DiagnosticBag diagnostics)
    {
        HashSet<string>? pages = null;
        HashSet<string>? files = null;
        foreach (var (id, document) in graph.Documents)
        {
            if (!graph.Bodies.TryGetValue(id, out var body) || body.Relative.Count == 0) continue;
            pages ??= SitePages.Plan(graph).Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
            files ??= themeAssets is null ? null : OtherFiles(graph, themeAssets);
            foreach (var address in body.Relative)
            {
                if (Problem(address, document.Url, pages, themeAssets, files) is { } problem)
                    diagnostics.Report(DiagnosticCodes.LinkToNoPage, address.Location, problem);
            }
        }
    }

    /// <summary>What is wrong with a link from the page at <paramref name="from"/> (a site path), or null when it leads to a page or to a file not checked.</summary>
    /// <param name="files">The site's files other than pages; null when the theme is not known, and such links are not checked.</param>
    private static string? Problem(RelativeAddress address, string from, IReadOnlySet<string> pages, IReadOnlySet<string>? themeAssets, IReadOnlySet<string>? files)
    {
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
        var folders = from.Split('/')[..^1].ToList();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part != "..") folders.Add(part);
            else if (folders.Count > 0) folders.RemoveAt(folders.Count - 1);
            else return $"link address '{Shorten(url)}' climbs above the site's root, so it leads outside the site; link to a page of the site, or write the full https:// address";
        }
        var target = string.Join('/', folders);
        if (target.StartsWith("assets/", StringComparison.Ordinal) && themeAssets is not null && !themeAssets.Contains(target))
            return $"{(address.IsImage ? "image" : "link")} address '{Shorten(url)}' leads to no file of the theme: its assets/ folder has no '{Shorten(target["assets/".Length..])}'; add the file to the theme's assets/ (--templates), or use its https:// address";
        // Content holds no images: one beside the page is never there. A theme may ship its own (assets/).
        if (address.IsImage)
            return target.StartsWith("assets/", StringComparison.Ordinal) ? null
                : $"image address '{Shorten(url)}' leads to no file of the site: content/ holds no images; use the image's https:// address, or put it in the theme's assets/ folder (--templates) and write '{Shorten(PageSpec.RootOf(from) + "assets/" + Path.GetFileName(target))}'";
        var isFolder = path.EndsWith('/') || target.Length == 0;
        var page = isFolder ? (target.Length == 0 ? "index.html" : target + "/index.html") : target;
        if (pages.Contains(page)) return null;
        // A folder's address without its '/' works on a server, which redirects, but opened from disk it shows the folder's listing.
        if (!isFolder && pages.Contains(target + "/index.html"))
            return $"link address '{Shorten(url)}' names a page's folder without its index.html, so opened from disk the link shows a listing of files; write '{Shorten(url[..UrlPolicy.PathEnd(url)] + "/index.html" + url[UrlPolicy.PathEnd(url)..])}', or link with [[id]]";
        if (!isFolder && !target.EndsWith(".html", StringComparison.Ordinal) && Path.HasExtension(target))
            return files is null || files.Contains(target) || target.StartsWith(SearchIndexFolder, StringComparison.Ordinal) ? null
                : $"link address '{Shorten(url)}' leads to no file of the site (from this page it is '{Shorten(target)}'); a brief's or a source's citation files are '<id>/<id>.bib' and '.ris' in its folder, and the site's data is in data/";
        return $"link address '{Shorten(url)}' leads to no page of the site (from this page it is '{Shorten(page)}'); link to a brief, actor, event or source with [[id]], which stays right when pages move";
    }

    /// <summary>Where Pagefind writes the search index, after the build: its files are not known before.</summary>
    private const string SearchIndexFolder = "pagefind/";

    /// <summary>The files the build writes besides its pages: the theme's, each brief's and source's citation files, the exports and, with base_url, the feeds.</summary>
    private static HashSet<string> OtherFiles(SiteGraph graph, IReadOnlySet<string> themeAssets)
    {
        var files = new HashSet<string>(themeAssets, StringComparer.Ordinal) { EventsJson.Path, TimelineJsJson.Path, CslJson.Path, BriefsJson.Path, ActorsJson.Path };
        if (graph.Events.Count > 0) files.Add(ICalendarFeed.Path);
        foreach (var document in graph.Briefs.Cast<Model.Document>().Concat(graph.Sources))
        {
            files.Add(CitationRecord.FilePath(document, "bib"));
            files.Add(CitationRecord.FilePath(document, "ris"));
        }
        if (graph.Config.BaseUrl is null) return files;
        files.UnionWith([RobotsTxt.Path, Sitemap.Path]);
        files.UnionWith(Feed.Plan(graph).Select(feed => feed.Path));
        return files;
    }

    private static string Shorten(string text) => Model.TextElements.Shorten(text, 60, "...");
}
