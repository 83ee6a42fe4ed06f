using BriefingGen.Diagnostics;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// Finds every prose block of a parsed body, in document order: what the citation lint reads.
/// A quotation counts as one block whatever it holds, a table row as one block (its header row
/// labels columns and is left out), and every other paragraph as a block of its own.
/// </summary>
public static class ProseBlocks
{
    public static IReadOnlyList<ProseBlock> Collect(MarkdownDocument ast, string markdown, SourceMap map)
    {
        var blocks = new List<ProseBlock>();
        Visit(ast, markdown, map, blocks);
        return blocks;
    }

    private static void Visit(ContainerBlock container, string markdown, SourceMap map, List<ProseBlock> blocks)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case QuoteBlock quote:
                    blocks.Add(Block(ProseKind.Quotation, map.At(quote.Span.Start), quote, false));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                        blocks.Add(Block(ProseKind.TableRow, map.At(RowStart(markdown, row.Span.Start)), row, false));
                    break;
                case ParagraphBlock paragraph:
                    var next = i + 1 < container.Count ? container[i + 1] : null;
                    blocks.Add(Block(KindOf(paragraph), map.At(paragraph.Span.Start), paragraph, EndsWithColon(paragraph) && EveryItemCites(next)));
                    break;
                case ContainerBlock inner:
                    Visit(inner, markdown, map, blocks);
                    break;
            }
        }
    }

    /// <summary>A row's span starts inside its first cell; the row starts at its leading '|'.</summary>
    private static int RowStart(string markdown, int start)
    {
        while (start > 0 && markdown[start - 1] is ' ' or '|') start--;
        while (start < markdown.Length && markdown[start] == ' ') start++;
        return start;
    }

    private static ProseKind KindOf(ParagraphBlock paragraph)
    {
        for (var parent = paragraph.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Footnote) return ProseKind.Note;
            if (parent is ListItemBlock) return ProseKind.ListItem;
        }
        return ProseKind.Paragraph;
    }

    /// <summary>A list each of whose items cites, or a table each of whose rows does.</summary>
    private static bool EveryItemCites(Block? next) => next switch
    {
        ListBlock list => list.Count > 0 && list.All(item => Read(item).Cited),
        Table table => table.OfType<TableRow>().Where(r => !r.IsHeader).All(row => Read(row).Cited),
        _ => false,
    };

    private static bool EndsWithColon(ParagraphBlock paragraph) =>
        paragraph.Inline?.LastChild is LiteralInline last && last.Content.AsSpan().TrimEnd().EndsWith(':');

    private static ProseBlock Block(ProseKind kind, SourceLocation at, Block block, bool leadsInToCitedList)
    {
        var (words, cited) = Read(block);
        return new ProseBlock(kind, at, words, cited, leadsInToCitedList);
    }

    /// <summary>
    /// The words of a block and of every block inside it, and whether any of them cites: one walk
    /// over its inlines, counting without making a string per word (every body goes through here).
    /// </summary>
    private static (int Words, bool Cited) Read(Block block)
    {
        var words = 0;
        var cited = false;
        IEnumerable<LeafBlock> leaves = block is LeafBlock leaf ? [leaf] : ((ContainerBlock)block).Descendants<LeafBlock>();
        foreach (var inline in leaves.SelectMany(l => l.Inline?.Descendants<Inline>() ?? []))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    words += CountWords(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    words += CountWords(code.Content);
                    break;
                // A link without its own text shows a title: a name, counted as one word.
                case WikiLinkInline link:
                    words += link.Label is { } label ? CountWords(label) : 1;
                    break;
                case CitationInline citation when citation.Items.Count > 0:
                    cited = true;
                    break;
                // "A claim.[^1]" with "[^1]: As reported [@s]." cites through its note.
                case FootnoteLink { IsBackLink: false, Footnote: { } note } when CitesItself(note):
                    cited = true;
                    break;
            }
        }
        return (words, cited);
    }

    /// <summary>Whether a note cites in its own text; a note's marker naming another note is not followed, so notes that name each other end.</summary>
    private static bool CitesItself(Footnote note) =>
        note.Descendants<LeafBlock>().Any(l => l.Inline?.Descendants<CitationInline>().Any(c => c.Items.Count > 0) == true);

    /// <summary>Runs of characters other than ' '.</summary>
    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c != ' ' && !inWord) words++;
            inWord = c != ' ';
        }
        return words;
    }
}
