namespace BriefingGen.FrontMatter;

/// <summary>
/// YAML also breaks lines at U+0085, U+2028 and U+2029; editors and GitHub break only at LF, CRLF
/// and CR, so every YAML position after one would be a line off, and a comment holding one would
/// spill into the data. While parsing, each stands in as a private-use character the text does not
/// contain (so positions and structure are what the contributor sees); values get the original back.
/// </summary>
public sealed class LineSeparatorDisguise
{
    private static readonly char[] Separators = ['\u0085', '\u2028', '\u2029'];
    private readonly List<(char Original, char StandIn)> _swaps = [];

    public string Text { get; }

    public LineSeparatorDisguise(string yaml)
    {
        Text = yaml;
        if (yaml.AsSpan().IndexOfAny(Separators) < 0) return;
        var present = new bool[char.MaxValue + 1];
        foreach (var c in yaml) present[c] = true;
        var standIn = '\uE000';
        foreach (var separator in Separators.Where(s => present[s]))
        {
            while (standIn <= '\uF8FF' && present[standIn]) standIn++;
            // A text holding every private-use character keeps its separators: it is not a front matter anyone wrote.
            if (standIn > '\uF8FF') return;
            _swaps.Add((separator, standIn));
            Text = Text.Replace(separator, standIn);
            standIn++;
        }
    }

    /// <summary>A value as written, with the original separators.</summary>
    public string Restore(string value)
    {
        foreach (var (original, standIn) in _swaps) value = value.Replace(standIn, original);
        return value;
    }
}
