using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// Pandoc's "[see @id, p. 4]": words before the '@' make the brackets plain text, shown as written
/// and citing nothing. Found in the text of a paragraph (not in code), reported once the ids are
/// known and only where the id names a source: "[by @handle]" is meant as it is.
/// </summary>
public static partial class PrefixedCitations
{
    [GeneratedRegex(@"\[(?<prefix>[^\[\]@`\n]*[^\s\[\]@`])\s+@(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?<rest>[^\[\]\n]*)\](?![(\[])")]
    private static partial Regex Pattern();

    /// <summary>Those of a body, in the order written; a body with no " @" (most) is not walked.</summary>
    public static IReadOnlyList<PrefixedCitation> In(MarkdownDocument ast, string markdown, SourceMap map) =>
        markdown.Contains(" @", StringComparison.Ordinal) ? [.. ast.Descendants<ParagraphBlock>().SelectMany(p => In(p, markdown, map))] : [];

    private static IEnumerable<PrefixedCitation> In(ParagraphBlock paragraph, string markdown, SourceMap map)
    {
        var start = paragraph.Span.Start;
        var end = Math.Min(markdown.Length, paragraph.Span.End + 1);
        if (start >= end || markdown.AsSpan(start, end - start).IndexOf(" @", StringComparison.Ordinal) < 0) yield break;
        var code = paragraph.Inline?.Descendants<CodeInline>().Select(c => c.Span).ToList() ?? [];
        foreach (Match match in Pattern().Matches(markdown[start..end]))
        {
            var at = start + match.Index;
            if (code.Any(span => span.Start <= at && at <= span.End)) continue;
            yield return new PrefixedCitation(match.Groups["id"].Value, match.Value, Instead(match), map.At(at));
        }
    }

    [GeneratedRegex(@"^\s*(?<prefix>[^@]*?)\s*@(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?<rest>.*?)\s*$")]
    private static partial Regex Item();

    /// <summary>
    /// Each item's words before the brackets: "[see @a, p. 4; also @b]" is "see [@a, p. 4]; also [@b]".
    /// Only the first item's moved out, "also" stayed inside, and the advice made a malformed citation.
    /// </summary>
    private static string Instead(Match match)
    {
        var items = match.Value[1..^1].Split(';').Select(part => Item().Match(part)).ToList();
        if (items.Any(item => !item.Success))
            return $"{match.Groups["prefix"].Value} [@{match.Groups["id"].Value}{match.Groups["rest"].Value}]";
        return string.Join("; ", items.Select(item =>
            (item.Groups["prefix"].Value is { Length: > 0 } prefix ? prefix + " " : "") + $"[@{item.Groups["id"].Value}{item.Groups["rest"].Value}]"));
    }
}

/// <summary>"[see @id, p. 4]" as written, and how to write it so it cites: "see [@id, p. 4]".</summary>
public sealed record PrefixedCitation(string SourceId, string Written, string Instead, Diagnostics.SourceLocation Location);
