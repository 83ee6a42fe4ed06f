using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>How many of a page's claims cite a source: what the citation lint checks and `check` prints.</summary>
public sealed record CitationCoverage(string Path, int Cited, int Claims)
{
    /// <summary>Briefs, actors and events state facts; a source's own page describes the source.</summary>
    public static bool Applies(Document document) => document is Brief or Actor or Event;

    /// <summary>Every published page the lint reads that makes at least one claim, by file path.</summary>
    public static IReadOnlyList<CitationCoverage> PerPage(SiteGraph graph) =>
        graph.Documents.Values.Where(Applies).OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => Of(d.Path, graph.Bodies[d.Id].Prose))
            .Where(c => c.Claims > 0)
            .ToList();

    public static CitationCoverage Site(IReadOnlyList<CitationCoverage> pages) =>
        new("site", pages.Sum(p => p.Cited), pages.Sum(p => p.Claims));

    private static CitationCoverage Of(string path, IReadOnlyList<ProseBlock> prose)
    {
        var claims = prose.Where(p => p.IsClaim).ToList();
        return new CitationCoverage(path, claims.Count(c => c.Cited), claims.Count);
    }
}
