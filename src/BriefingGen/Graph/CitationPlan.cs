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

    /// <summary>The sources a document lists for its reference list besides those its body cites: an event's 'sources'.</summary>
    public static IEnumerable<string> ListedSources(Document document) => document is Event e ? e.Sources.Select(s => s.Id) : [];

    /// <summary>
    /// Each citation's anchor on its page, in the body's order: the n-th use of source x is the marker
    /// "cite-x-n", and a use in an image's description, shown as its number alone, is the image's id.
    /// </summary>
    public static IEnumerable<string> AnchorsOf(IReadOnlyList<CitationUse> citations)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var use in citations)
        {
            var nth = uses[use.SourceId] = uses.GetValueOrDefault(use.SourceId) + 1;
            yield return use.FigureId ?? $"cite-{use.SourceId}-{nth}";
        }
    }

    public CitationPlan(IReadOnlyList<CitationUse> citations, IEnumerable<string> listedSources, IReadOnlyDictionary<string, Source> sources)
    {
        // Each cited or listed source, in order of first appearance, with its uses: its number is its place here.
        var order = new List<(string Id, List<Backref> Backrefs)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (use, anchor) in citations.Zip(AnchorsOf(citations)))
        {
            if (!numbers.TryGetValue(use.SourceId, out var number))
            {
                order.Add((use.SourceId, []));
                numbers[use.SourceId] = number = order.Count;
            }
            order[number - 1].Backrefs.Add(new Backref(anchor, use.Locator, use.Quote));
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
