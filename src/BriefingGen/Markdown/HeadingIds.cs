namespace BriefingGen.Markdown;

/// <summary>
/// The ids of one page's headings: the first "x" is "x", the next "x-1", "x-2", and so on, as GitHub,
/// Pandoc, Hugo and Markdig number them, so a link written for one of those lands here too. Each
/// slug remembers the next number to try, so n equal headings cost n steps, not n² (a body of
/// 30,000 empty headings took over 30 s when every heading counted up from the first).
/// </summary>
public sealed class HeadingIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);

    /// <summary>Probes that hit a taken id; at most one per id ever handed out.</summary>
    public int Collisions { get; private set; }

    public string Claim(string slug)
    {
        if (_taken.Add(slug)) return slug;
        var n = _nextNumber.GetValueOrDefault(slug, 1);
        // "x-n" can only ever be tried by slug "x", so each taken id is skipped at most once overall.
        while (!_taken.Add($"{slug}-{n}"))
        {
            n++;
            Collisions++;
        }
        _nextNumber[slug] = n + 1;
        return $"{slug}-{n}";
    }
}
