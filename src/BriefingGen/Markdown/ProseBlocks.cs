using System.Text;
using BriefingGen.Diagnostics;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// Finds every prose block of a parsed body, in document order: what the citation lint reads.
/// A quotation counts as one block whatever it holds, a table row as one block (its header row
/// labels columns and is left out), a list item's or a note's own paragraphs together as one (its
/// nested lists and quotations are blocks of their own), and every other paragraph as a block of
/// its own.
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
        for (var i = 0; i < container.Count; i++) VisitChild(container, i, markdown, map, blocks);
    }

    private static void VisitChild(ContainerBlock container, int i, string markdown, SourceMap map, List<ProseBlock> blocks)
    {
        switch (container[i])
        {
            case QuoteBlock quote:
                blocks.Add(Block(ProseKind.Quotation, map.At(quote.Span.Start), quote, quote is [ParagraphBlock only] && IsLoneLinkOrImage(only)));
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                    blocks.Add(Block(ProseKind.TableRow, map.At(RowStart(markdown, row.Span.Start)), row, false));
                break;
            case ParagraphBlock paragraph:
                blocks.Add(Block(KindOf(paragraph), map.At(paragraph.Span.Start), paragraph, IsLabel(paragraph, container, i)));
                break;
            // A reader takes an item, or a note, as one statement: its second paragraph goes on with the first's, under the first's citation.
            case ListItemBlock or Footnote:
                VisitItem((ContainerBlock)container[i], markdown, map, blocks);
                break;
            case ContainerBlock inner:
                Visit(inner, markdown, map, blocks);
                break;
        }
    }

    /// <summary>A list item or a note: its paragraphs that are no label one block, at the first of them; the blocks inside it in their places.</summary>
    private static void VisitItem(ContainerBlock item, string markdown, SourceMap map, List<ProseBlock> blocks)
    {
        var (at, words, cited, first) = (blocks.Count, 0, false, (ParagraphBlock?)null);
        for (var i = 0; i < item.Count; i++)
        {
            if (item[i] is not ParagraphBlock paragraph)
            {
                VisitChild(item, i, markdown, map, blocks);
                continue;
            }
            if (IsLabel(paragraph, item, i))
            {
                blocks.Add(Block(KindOf(paragraph), map.At(paragraph.Span.Start), paragraph, true));
                continue;
            }
            var (more, cites) = Read(paragraph);
            (words, cited) = (words + more, cited || cites);
            if (first is null) (first, at) = (paragraph, blocks.Count);
        }
        if (first is not null) blocks.Insert(at, new ProseBlock(KindOf(first), map.At(first.Span.Start), words, cited, false));
    }

    /// <summary>A lead-in ending with ':' to what follows it, when that cites, or a paragraph that is one link or image.</summary>
    private static bool IsLabel(ParagraphBlock paragraph, ContainerBlock container, int index) =>
        (EndsWithColon(paragraph) && EveryItemCites(index + 1 < container.Count ? container[index + 1] : null)) || IsLoneLinkOrImage(paragraph);

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

    /// <summary>A list each of whose items cites, a table each of whose rows does, or a quotation that cites.</summary>
    private static bool EveryItemCites(Block? next) => next switch
    {
        ListBlock list => list.Count > 0 && list.All(item => Read(item).Cited),
        Table table => table.OfType<TableRow>().Where(r => !r.IsHeader).All(row => Read(row).Cited),
        QuoteBlock quote => Read(quote).Cited,
        _ => false,
    };

    /// <summary>
    /// Whether the paragraph's last text ends with a colon, inside emphasis or a link too ("**Three
    /// reasons:**"); Chinese and Japanese write it full width ('：').
    /// </summary>
    private static bool EndsWithColon(ParagraphBlock paragraph)
    {
        Inline? last = paragraph.Inline?.LastChild;
        while (last is ContainerInline container) last = container.LastChild;
        return last is LiteralInline literal && literal.Content.AsSpan().TrimEnd() is [.., ':' or '：'];
    }

    /// <summary>
    /// Whether the paragraph is one link to a place on its page or to a page of the site ("[Why now?](#why-now)"
    /// in a contents list, "[[b|the earlier brief]]", "[the earlier brief](../b/index.html)") or one
    /// image (a figure, described by its alt text), emphasised or not, with nothing around it but
    /// spaces. One link to an outside address is a claim in its own words, however it is set.
    /// </summary>
    private static bool IsLoneLinkOrImage(ParagraphBlock paragraph)
    {
        Inline? lone = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            if (lone is not null) return false;
            lone = inline;
        }
        while (lone is EmphasisInline { FirstChild: { } only } && only.NextSibling is null) lone = only;
        return lone is WikiLinkInline or LinkInline { IsImage: true } || (lone is LinkInline { Url: { } url } && IsWithinTheSite(url));
    }

    /// <summary>A relative address ("#why-now", "../b/index.html"): no scheme, no host of its own.</summary>
    private static bool IsWithinTheSite(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal) && (url.IndexOf(':') is var colon && (colon < 0 || url.AsSpan(0, colon).IndexOfAny("/?#") >= 0));

    private static ProseBlock Block(ProseKind kind, SourceLocation at, Block block, bool isLabel)
    {
        var (words, cited) = Read(block);
        return new ProseBlock(kind, at, words, cited, isLabel);
    }

    /// <summary>
    /// The words of a block and of every block inside it, and whether any of them cites: one walk
    /// over its inlines, counting without making a string per word (every body goes through here).
    /// </summary>
    private static (int Words, bool Cited) Read(Block block)
    {
        var words = new WordCounter();
        var cited = false;
        IEnumerable<LeafBlock> leaves = block is LeafBlock leaf ? [leaf] : ((ContainerBlock)block).Descendants<LeafBlock>();
        foreach (var leafBlock in leaves)
        {
            foreach (var inline in leafBlock.Inline?.Descendants<Inline>() ?? [])
            {
                if (InlineText.TryRead(inline, out var shown))
                {
                    words.Read(shown);
                    continue;
                }
                switch (inline)
                {
                    // A link without its own text shows a title: a name, counted as one word.
                    case WikiLinkInline link:
                        words.Read(link.Label ?? "x");
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
            words.Read(" ");
        }
        return (words.Count, cited);
    }

    /// <summary>
    /// Whether a note cites in its own paragraphs, the claim it is (<see cref="VisitItem"/>): a list in
    /// it is claims of its own. A note's marker naming another note is not followed, so notes that name each other end.
    /// </summary>
    private static bool CitesItself(Footnote note) =>
        note.OfType<ParagraphBlock>().Any(p => p.Inline?.Descendants<CitationInline>().Any(c => c.Items.Count > 0) == true);

    /// <summary>
    /// Counts words as a reader does, across the pieces a line is parsed into: a run without spaces
    /// is a word if it holds a letter or a digit (", " between two links is not one), and each Chinese
    /// or Japanese character is a word of its own, as word processors count them, since those
    /// languages put no spaces between words.
    /// </summary>
    private struct WordCounter
    {
        public int Count { get; private set; }
        private bool _inRun;
        private bool _runCounted;

        public void Read(ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                // Every body's every word comes through here: ASCII without decoding or a call.
                var c = text[i];
                if (char.IsAscii(c))
                {
                    if (c is ' ' or (>= '\t' and <= '\r'))
                    {
                        _inRun = false;
                        continue;
                    }
                    if (!_inRun) (_inRun, _runCounted) = (true, false);
                    if (!_runCounted && char.IsAsciiLetterOrDigit(c)) (Count, _runCounted) = (Count + 1, true);
                    continue;
                }
                Rune.DecodeFromUtf16(text[i..], out var rune, out var length);
                i += length - 1;
                Step(Rune.IsWhiteSpace(rune), Rune.IsLetterOrDigit(rune), IsWordOfItsOwn(rune));
            }
        }

        private void Step(bool space, bool letterOrDigit, bool wordOfItsOwn)
        {
            if (space || wordOfItsOwn)
            {
                if (wordOfItsOwn) Count++;
                _inRun = false;
                return;
            }
            if (!_inRun) (_inRun, _runCounted) = (true, false);
            if (!_runCounted && letterOrDigit) (Count, _runCounted) = (Count + 1, true);
        }

        /// <summary>Han ideographs, kana, and Han beyond the first plane (CJK extensions B and on).</summary>
        private static bool IsWordOfItsOwn(Rune rune) => rune.Value is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;
    }
}
