using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>The one order for briefs everywhere: newest first, then by id.</summary>
public sealed class NewestFirst : IComparer<Brief>
{
    public static NewestFirst Instance { get; } = new();

    public int Compare(Brief? x, Brief? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var byDate = y.Date.CompareTo(x.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
