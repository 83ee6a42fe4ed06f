using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;

namespace BriefingGen.Markdown;

/// <summary>
/// Markdig's bare-address parser (www.x, https://x), limited per paragraph. For every candidate
/// address, Markdig's <see cref="AutoLinkParser"/> walks back over everything before it in its
/// paragraph (looking for an open &lt;a&gt; tag), so n addresses in one paragraph cost n² steps:
/// 40,000 lines of "www.a.com" took 11-23 s. The first <see cref="MaxPerParagraph"/> candidates
/// of a paragraph go to Markdig; later ones stay text and the paragraph is marked, so the body
/// check can say why.
/// </summary>
public sealed class BoundedAutoLinkParser : InlineParser
{
    public const int MaxPerParagraph = 200;

    private static readonly string[] Prefixes = ["http://", "https://", "www.", "ftp://", "mailto:", "tel:"];
    private readonly AutoLinkParser _inner;
    private readonly string _validPrevious;

    public BoundedAutoLinkParser(AutoLinkParser inner)
    {
        _inner = inner;
        _validPrevious = inner.Options.ValidPreviousCharacters;
        OpeningCharacters = inner.OpeningCharacters;
    }

    /// <summary>True when a paragraph had more bare addresses than are linked.</summary>
    public static bool Exceeded(Markdig.Syntax.MarkdownObject block) => block.GetData(typeof(BoundedAutoLinkParser)) is true;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // Markdig's own cheap test, so only the candidates that cost a walk are counted.
        var previous = slice.PeekCharExtra(-1);
        if (!previous.IsWhiteSpaceOrZero() && !_validPrevious.Contains(previous)) return false;
        if (!StartsWithPrefix(slice.AsSpan())) return false;

        // Markdig clears parser states for every paragraph (leaf block), so this counts per paragraph.
        var count = processor.ParserStates[Index] as Counter ?? (Counter)(processor.ParserStates[Index] = new Counter());
        if (++count.Candidates > MaxPerParagraph)
        {
            processor.Block?.SetData(typeof(BoundedAutoLinkParser), true);
            return false;
        }
        return _inner.Match(processor, ref slice);
    }

    private static bool StartsWithPrefix(ReadOnlySpan<char> text)
    {
        foreach (var prefix in Prefixes)
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private sealed class Counter
    {
        public int Candidates;
    }
}
