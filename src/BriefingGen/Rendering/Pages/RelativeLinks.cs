using BriefingGen.Diagnostics;
using BriefingGen.Graph;
using BriefingGen.Markdown;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// Links written as paths from their page ("../../timeline/index.html"), checked against the pages
/// the site has: a wrong id or a folder too few, and a reader clicks through to nothing. A link to
/// a page (".html", or a folder, which is its index.html) is checked, and an image (content holds
/// none, so only a theme's assets/ can have one) or any file in assets/ against the theme's; other
/// files (an export) are not known before the build writes them.
/// </summary>
public static class RelativeLinks
{
    /// <param name="themeAssets">The theme's files by site path ("assets/style.css"); null when the theme is not known, and assets are not checked.</param>
    public static void Check(SiteGraph graph, IReadOnlySet<string>? themeAssets, DiagnosticBag diagnostics)
    {
        HashSet<string>? pages = null;
        foreach (var (id, document) in graph.Documents)
        {
            if (!graph.Bodies.TryGetValue(id, out var body) || body.Relative.Count == 0) continue;
            pages ??= SitePages.Plan(graph).Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
            foreach (var address in body.Relative)
            {
                if (Problem(address, document.Url, pages, themeAssets) is { } problem)
                    diagnostics.Report(DiagnosticCodes.LinkToNoPage, address.Location, problem);
            }
        }
    }

    /// <summary>What is wrong with a link from the page at <paramref name="from"/> (a site path), or null when it leads to a page or to a file not checked.</summary>
    private static string? Problem(RelativeAddress address, string from, IReadOnlySet<string> pages, IReadOnlySet<string>? themeAssets)
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
        if (!isFolder && !target.EndsWith(".html", StringComparison.Ordinal) && Path.HasExtension(target)) return null;
        var page = isFolder ? (target.Length == 0 ? "index.html" : target + "/index.html") : target;
        if (pages.Contains(page) || (!isFolder && pages.Contains(target + "/index.html"))) return null;
        return $"link address '{Shorten(url)}' leads to no page of the site (from this page it is '{Shorten(page)}'); link to a brief, actor, event or source with [[id]], which stays right when pages move";
    }

    private static string Shorten(string text) => Model.TextElements.Shorten(text, 60, "...");
}
