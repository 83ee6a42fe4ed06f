using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>
/// How one page numbers its sources: by first appearance in the body, a source cited again keeping
/// its number; sources listed in front matter but not cited in the text follow, without back-links.
/// </summary>
public sealed class CitationPlan
{
    private readonly List<CitationMarker> _markers = [];

    public IReadOnlyList<Reference> References { get; }

    public CitationMarker Marker(int citationIndex) => _markers[citationIndex];

    public CitationPlan(IReadOnlyList<CitationUse> citations, IEnumerable<string> listedSources, IReadOnlyDictionary<string, Source> sources)
    {
        var order = new List<string>();
        var backrefs = new Dictionary<string, List<Backref>>(StringComparer.Ordinal);
        foreach (var use in citations)
        {
            if (!backrefs.TryGetValue(use.SourceId, out var list))
            {
                backrefs[use.SourceId] = list = [];
                order.Add(use.SourceId);
            }
            var anchor = $"cite-{use.SourceId}-{list.Count + 1}";
            list.Add(new Backref(anchor, use.Locator, use.Quote));
            _markers.Add(new CitationMarker(use.SourceId, order.IndexOf(use.SourceId) + 1, anchor));
        }
        foreach (var id in listedSources)
        {
            if (backrefs.ContainsKey(id)) continue;
            backrefs[id] = [];
            order.Add(id);
        }
        References = order
            .Select((id, i) => sources.TryGetValue(id, out var source) ? new Reference(source, i + 1, backrefs[id]) : null)
            .OfType<Reference>()
            .ToList();
    }
}
