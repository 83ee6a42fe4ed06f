using BriefingGen.Graph;
using BriefingGen.Model;
using BriefingGen.Rendering.Exports;
using BriefingGen.Rendering.Pages;

namespace BriefingGen.Rendering.Metadata;

/// <summary>
/// The head metadata of every page: a document's own page (its Url) gets JSON-LD and its Open Graph
/// type; the pages a feed belongs to announce it.
/// </summary>
public sealed class PageMetadata(SiteGraph graph, IReadOnlyList<Feed> feeds)
{
    /// <summary>Each brief, actor, event and source by the path of its page, for the sitemap; made when first asked (serve's rebuilds seldom do).</summary>
    public IReadOnlyDictionary<string, Document> Subjects => _subjects.Value;

    private readonly Lazy<Dictionary<string, Document>> _subjects = new(() => graph.Documents.Values.ToDictionary(d => d.Url, StringComparer.Ordinal));

    private readonly ILookup<string, LinkView> _feedsByPage = feeds
        .SelectMany(f => f.AnnouncedOn.Select(page => (page, Link: new LinkView(f.Path, f.Title))))
        .ToLookup(p => p.page, p => p.Link, StringComparer.Ordinal);

    public PageDiscovery For(PageSpec page, string root)
    {
        var subject = page.Subject;
        var structuredData = subject is null ? null
            : new TrustedHtml(StructuredData.Write(graph, subject, path => graph.Config.AbsoluteUrl(path) ?? root + path));
        return subject switch
        {
            Brief brief => new PageDiscovery("article", brief.Date.Iso, brief.Modified.Iso, Feeds(page), structuredData),
            Actor { ActorKind: "person" } => new PageDiscovery("profile", null, null, Feeds(page), structuredData),
            _ => new PageDiscovery("website", null, null, Feeds(page), structuredData),
        };
    }

    /// <summary>A list's later pages announce the feeds its first does.</summary>
    private IReadOnlyList<LinkView> Feeds(PageSpec page) => _feedsByPage[page.Pager is { Number: > 1 } ? Pagination.FirstPathOf(page.OutputPath) : page.OutputPath].ToList();
}
