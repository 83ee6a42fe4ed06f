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
        // Each cited or listed source, in order of first appearance, with its uses: its number is its place here.
        var order = new List<(string Id, List<Backref> Backrefs)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var use in citations)
        {
            if (!numbers.TryGetValue(use.SourceId, out var number))
            {
                order.Add((use.SourceId, []));
                numbers[use.SourceId] = number = order.Count;
            }
            var backrefs = order[number - 1].Backrefs;
            // A use in an image's description is shown as its number alone, and its back-link leads to the image.
            var anchor = use.FigureId ?? $"cite-{use.SourceId}-{backrefs.Count + 1}";
            backrefs.Add(new Backref(anchor, use.Locator, use.Quote));
            _markers.Add(new CitationMarker(use.SourceId, number, anchor));
        }
        foreach (var id in listedSources)
        {
            if (numbers.TryAdd(id, order.Count + 1)) order.Add((id, []));
        }
        var references = new List<Reference>(order.Count);
        for (var i = 0; i < order.Count; i++)
            if (sources.TryGetValue(order[i].Id, out var source)) references.Add(new Reference(source, i + 1, order[i].Backrefs));
        References = references;
    }
}
