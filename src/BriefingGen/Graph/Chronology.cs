using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>
/// The one order for events everywhere (timeline, actor pages, feeds, exports): year, then month
/// (a missing month first), then day (a missing day first), then id.
/// </summary>
public sealed class Chronology : IComparer<Event>
{
    public static Chronology Instance { get; } = new();

    public int Compare(Event? x, Event? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byDate = x.Date.CompareTo(y.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
