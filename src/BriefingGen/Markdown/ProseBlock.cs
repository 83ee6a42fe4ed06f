using BriefingGen.Diagnostics;

namespace BriefingGen.Markdown;

/// <summary>What kind of prose a block is, as the citation lint names it.</summary>
public enum ProseKind
{
    Paragraph,
    ListItem,
    Quotation,
    TableRow,
    Note,
}

/// <summary>
/// One block a reader takes as a statement: a paragraph, a list item, a whole
/// quotation, a table row or a note. The one definition of a claim, used by the citation lint and
/// by the coverage summary.
/// </summary>
/// <param name="IsLabel">
/// Whether the block only introduces or points at what states the facts: a lead-in ending with ':'
/// to a list, table or quotation that cites, or a block that is one link or one image and nothing
/// else (an entry of a contents list, a figure).
/// </param>
public sealed record ProseBlock(ProseKind Kind, SourceLocation Location, int Words, bool Cited, bool IsLabel)
{
    /// <summary>Fewer words than this is a label or a link ("See [[x]]."), not a statement of fact.</summary>
    public const int MinWordsForClaim = 6;

    /// <summary>Long enough to state a fact, and not a label, so it should cite a source.</summary>
    public bool IsClaim => Words >= MinWordsForClaim && !IsLabel;

    public string Noun => Kind switch
    {
        ProseKind.ListItem => "list item",
        ProseKind.Quotation => "quotation",
        ProseKind.TableRow => "table row",
        ProseKind.Note => "note",
        _ => "paragraph",
    };
}
