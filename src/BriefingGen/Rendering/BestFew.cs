namespace BriefingGen.Rendering;

/// <summary>
/// The first few items of a sequence in an order, kept in order while it is read: a page that shows
/// five related briefs, or a feed of fifty, need not sort every candidate (at 10,000 briefs that was
/// a large share of a page's, and of a serve rebuild's, time).
/// </summary>
public static class BestFew
{
    /// <param name="order">A total order over distinct items; equal items (the same one twice) may come in either order.</param>
    public static List<T> Of<T>(IEnumerable<T> items, int count, IComparer<T> order)
    {
        var best = new List<T>(count + 1);
        foreach (var item in items)
        {
            if (best.Count == count && order.Compare(item, best[^1]) >= 0) continue;
            var at = best.BinarySearch(item, order);
            best.Insert(at >= 0 ? at : ~at, item);
            if (best.Count > count) best.RemoveAt(count);
        }
        return best;
    }
}
