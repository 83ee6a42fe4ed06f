using System.Diagnostics.CodeAnalysis;

namespace BriefingGen.Graph;

/// <summary>
/// A map of a revised graph: the last graph's map with a few values replaced, looked up in the
/// replacements first. A revision replaces one document of tens of thousands; copying each of the
/// graph's maps for it was most of what a serve rebuild spent on the graph. Revising a revised map
/// starts again from the same original, so lookups never go through more than two maps. The keys
/// and their order are the original's.
/// </summary>
internal sealed class RevisedMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly IReadOnlyDictionary<string, TValue> _original;
    private readonly Dictionary<string, TValue> _replaced;

    private RevisedMap(IReadOnlyDictionary<string, TValue> original, Dictionary<string, TValue> replaced) =>
        (_original, _replaced) = (original, replaced);

    /// <summary>The map with these keys' values replaced; every key must be in it already.</summary>
    public static IReadOnlyDictionary<string, TValue> Of(IReadOnlyDictionary<string, TValue> map, IEnumerable<KeyValuePair<string, TValue>> replacements)
    {
        var added = replacements.ToList();
        if (added.Count == 0) return map;
        var (original, replaced) = map is RevisedMap<TValue> revised
            ? (revised._original, new Dictionary<string, TValue>(revised._replaced, StringComparer.Ordinal))
            : (map, new Dictionary<string, TValue>(StringComparer.Ordinal));
        foreach (var (key, value) in added)
        {
            if (!original.ContainsKey(key)) throw new InvalidOperationException($"a revision cannot add '{key}'");
            replaced[key] = value;
        }
        return new RevisedMap<TValue>(original, replaced);
    }

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _original.Keys;

    public IEnumerable<TValue> Values => this.Select(pair => pair.Value);

    public int Count => _original.Count;

    public bool ContainsKey(string key) => _original.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) =>
        _replaced.TryGetValue(key, out value) || _original.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        foreach (var (key, value) in _original)
            yield return new(key, _replaced.TryGetValue(key, out var replacement) ? replacement : value);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
