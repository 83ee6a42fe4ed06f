namespace BriefingGen.Diagnostics;

/// <summary>
/// "Did you mean" hints: the closest known name within a small edit distance. A hint costs at most
/// (name length × distance) steps per known name of about the same length, however long the names.
/// </summary>
public static class Suggestions
{
    /// <summary>Further apart than this is not a typo worth a hint.</summary>
    public const int MaxDistance = 3;

    /// <summary>Past this many in one front matter or body, unknown ids are reported without a hint: each costs a comparison with every id of its kind.</summary>
    public const int MaxHintsPerFile = 20;

    /// <summary>
    /// Past this many different unknown ids in one run, the rest are reported without a hint: a
    /// site of many files, each with an unknown id of its own, would otherwise cost files × ids.
    /// </summary>
    public const int MaxHintsPerSite = 100;

    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        string? best = null;
        var limit = Math.Min(MaxDistance, Math.Max(1, unknown.Length / 3));
        var bestDistance = limit + 1;
        foreach (var candidate in known)
        {
            var distance = Distance(unknown, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance || (distance == bestDistance && distance <= limit && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string unknown, IEnumerable<string> known) =>
        Closest(unknown, known) is { } match ? $"; did you mean '{match}'?" : "";

    /// <summary>
    /// The edit distance when it is at most max, else max + 1, with two neighbouring letters swapped
    /// counted as one edit ("titel" for "title", the commonest slip in typing). Only cells within max
    /// of the diagonal can hold a distance that small, so only those are computed, and a row with
    /// none left ends it.
    /// </summary>
    private static int Distance(string a, string b, int max)
    {
        var over = max + 1;
        if (Math.Abs(a.Length - b.Length) > max) return over;
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, over);
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[from - 1] = from == 1 ? Math.Min(i, over) : over;
            var rowBest = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), Math.Min(previous[j - 1] + cost, over));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (to < b.Length) current[to + 1] = over;
            if (rowBest >= over) return over;
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return Math.Min(previous[b.Length], over);
    }
}
