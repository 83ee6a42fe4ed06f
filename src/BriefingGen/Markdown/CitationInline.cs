using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>[@a], [@a, p. 4] or [@a; @b, ch. 2]: one marker citing one or more sources.</summary>
public sealed class CitationInline(IReadOnlyList<CitationItem> items, string written) : LeafInline
{
    /// <summary>Empty when the marker is malformed; the checker reports it and it renders as text.</summary>
    public IReadOnlyList<CitationItem> Items { get; } = items;

    /// <summary>The marker as written, for messages and for showing a malformed one as text.</summary>
    public string Written { get; } = written;

    /// <summary>
    /// For pandoc's "[-@id]", malformed here: the items of the citation it stands for, each with its
    /// offset from the '[', so the checker counts them; null for any other marker.
    /// </summary>
    public IReadOnlyList<CitationItem>? SuppressedAuthorItems { get; init; }

    /// <summary>Malformed only in its quoted passage: left open, or with words after it.</summary>
    public bool MalformedPassage { get; init; }
}

/// <summary>One cited source with an optional locator and quoted passage; Index is its position among all citations of the body.</summary>
public sealed record CitationItem(string SourceId, string? Locator, int Offset)
{
    public string? Quote { get; init; }

    public int Index { get; set; } = -1;
}
