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
/// One block a reader takes as a statement: a paragraph, a list item's paragraph, a whole
/// quotation, a table row or a note. The one definition of a claim, used by the citation lint and
/// by the coverage summary.
/// </summary>
public sealed record ProseBlock(ProseKind Kind, SourceLocation Location, int Words, bool Cited, bool LeadsInToCitedList)
{
    /// <summary>Fewer words than this is a label or a link ("See [[x]]."), not a statement of fact.</summary>
    public const int MinWordsForClaim = 6;

    /// <summary>
    /// Long enough to state a fact, so it should cite a source; a lead-in ending with ':' is not,
    /// when every item of the list (or row of the table) it introduces cites one.
    /// </summary>
    public bool IsClaim => Words >= MinWordsForClaim && !LeadsInToCitedList;

    public string Noun => Kind switch
    {
        ProseKind.ListItem => "list item",
        ProseKind.Quotation => "quotation",
        ProseKind.TableRow => "table row",
        ProseKind.Note => "note",
        _ => "paragraph",
    };
}
