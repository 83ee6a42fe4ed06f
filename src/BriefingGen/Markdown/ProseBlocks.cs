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
                    blocks.Add(new ProseBlock(ProseKind.Quotation, map.At(quote.Span.Start), Words(quote), Cites(quote), false));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                        blocks.Add(new ProseBlock(ProseKind.TableRow, map.At(RowStart(markdown, row.Span.Start)), Words(row), Cites(row), false));
                    break;
                case ParagraphBlock paragraph:
                    var next = i + 1 < container.Count ? container[i + 1] : null;
                    blocks.Add(new ProseBlock(KindOf(paragraph), map.At(paragraph.Span.Start), Words(paragraph), Cites(paragraph),
                        EndsWithColon(paragraph) && EveryItemCites(next)));
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
        ListBlock list => list.Count > 0 && list.All(Cites),
        Table table => table.OfType<TableRow>().Where(r => !r.IsHeader).All(Cites),
        _ => false,
    };

    private static bool EndsWithColon(ParagraphBlock paragraph) =>
        paragraph.Inline?.LastChild is LiteralInline last && last.Content.ToString().TrimEnd().EndsWith(':');

    private static bool Cites(Block block) => Inlines<CitationInline>(block).Any(c => c.Items.Count > 0);

    /// <summary>The inlines of a block and of every block inside it.</summary>
    private static IEnumerable<T> Inlines<T>(Block block) where T : Inline
    {
        IEnumerable<LeafBlock> leaves = block is LeafBlock leaf ? [leaf] : ((ContainerBlock)block).Descendants<LeafBlock>();
        return leaves.SelectMany(l => l.Inline?.Descendants<T>() ?? []);
    }

    private static int Words(Block block)
    {
        var words = 0;
        foreach (var inline in Inlines<Inline>(block))
        {
            var text = inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                // A link without its own text shows a title: a name, counted as one word.
                WikiLinkInline link => link.Label ?? "name",
                _ => "",
            };
            words += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        return words;
    }
}
