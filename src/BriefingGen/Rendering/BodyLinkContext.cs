using BriefingGen.Graph;
using BriefingGen.Markdown;

namespace BriefingGen.Rendering;

/// <summary>Resolves [[id]] and citation markers for one page at one depth.</summary>
public sealed class BodyLinkContext(SiteGraph graph, string root, CitationPlan plan) : IBodyLinkContext
{
    public (string Href, string Title)? Resolve(string id) =>
        graph.Documents.TryGetValue(id, out var target) ? (root + target.Url, target.Title) : null;

    public CitationMarker Marker(int citationIndex) => plan.Marker(citationIndex);
}
