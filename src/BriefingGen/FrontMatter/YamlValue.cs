using BriefingGen.Diagnostics;

namespace BriefingGen.FrontMatter;

/// <summary>A YAML value that remembers where it was written. Only the three plain shapes; no anchors or tags.</summary>
public abstract record YamlValue(SourceLocation Location);

/// <summary>A scalar as written; Plain is false for quoted and block scalars.</summary>
public sealed record YamlScalar(string Text, bool Plain, SourceLocation Location) : YamlValue(Location)
{
    /// <summary>An empty value, '~' or 'null' written without quotes.</summary>
    public bool IsNull => Plain && Text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// The comment after an empty value on its line ("title: #MeToo in Peru"): most likely the value
    /// itself, which a '#' after a space turned into a comment.
    /// </summary>
    public string? CommentInstead { get; init; }

    /// <summary>A comment after the value on its line that reads as more of it ("title: C# and #tags" reads "C# and").</summary>
    public CutOffWords? WordsCutOff { get; init; }
}

/// <param name="Comment">The comment, from its '#'.</param>
/// <param name="Meant">The value with the comment, as written on its line; none for a value of several lines.</param>
/// <param name="Location">Where the comment starts.</param>
public sealed record CutOffWords(string Comment, string? Meant, SourceLocation Location);

public sealed record YamlSequence(IReadOnlyList<YamlValue> Items, SourceLocation Location) : YamlValue(Location);

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlValue(Location)
{
    /// <summary>Keys whose value holds an anchor, alias or tag: given, but read as having no value, and with no more said of them than that error.</summary>
    public IReadOnlySet<string> Refused { get; init; } = System.Collections.Immutable.ImmutableHashSet<string>.Empty;
}

public sealed record YamlEntry(YamlScalar Key, YamlValue Value);

/// <summary>A value written as YAML, by advice in a message or by `new` in a file.</summary>
public static class YamlText
{
    /// <summary>The text as a double-quoted YAML scalar, read back as written whatever it holds (':', '#', quotes, backslashes).</summary>
    public static string DoubleQuoted(string text) => $"\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}
