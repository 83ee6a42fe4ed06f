using System.Buffers;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// Stage 4: parse a body with our pipeline and check it: its cost (<see cref="BodyLimits"/>), raw
/// HTML, URLs and our inline syntax, each reported where it was written. Pure per document.
/// </summary>
public static partial class BodyParser
{
    public static ParsedBody Parse(string path, DocumentBody body, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(path, body);
        body = WithoutControlCharacters(body, map, diagnostics);
        var links = new List<LinkUse>();
        var citations = new List<CitationUse>();
        var rootRelative = new List<RootRelativeAddress>();
        var idsInLinkText = new List<IdInLinkText>();
        var relative = new List<RelativeAddress>();
        var inPage = new List<FragmentLink>();
        var anchors = new List<string>();
        var underscored = new List<string>();
        if (Tree(body, map, diagnostics, links, citations, rootRelative, idsInLinkText, relative, inPage, anchors, underscored) is not { } ast) return ParsedBody.Refused;
        var direction = BlockDirection.Mark(ast, body.Markdown);
        return new ParsedBody(links, citations, ProseBlocks.Collect(ast, body.Markdown, map), BodyHtml.Of(ast), BodySection.Of(ast), rootRelative)
        {
            Direction = direction,
            IdsInLinkText = idsInLinkText,
            Relative = relative,
            InPage = inPage,
            Anchors = anchors,
            UnderscoredAnchors = underscored,
            PrefixedCitations = PrefixedCitations.In(ast, body.Markdown, map),
        };
    }

    /// <summary>The checked tree, with heading levels, heading ids and citation numbers set and refused addresses neutralised; null when the body is refused.</summary>
    /// <summary>
    /// Hugo's shortcodes ({{< ref "x.md" >}}, {{% note %}}) and Liquid's tags ({% link … %},
    /// {{ site.baseurl }}), as briefs moved from those generators hold them: shown as written here,
    /// and nothing else said so. Code spans may show them on purpose.
    /// </summary>
    private static void ReportOtherToolTags(LeafBlock block, string markdown, SourceMap map, DiagnosticBag diagnostics)
    {
        var text = markdown.AsSpan(block.Span.Start, Math.Min(block.Span.Length, markdown.Length - block.Span.Start));
        if (text.IndexOf('{') < 0) return;
        var code = block.Inline?.Descendants<CodeInline>().Select(c => (c.Span.Start, c.Span.End)).ToList() ?? [];
        foreach (var match in OtherToolTag().EnumerateMatches(text))
        {
            var at = block.Span.Start + match.Index;
            if (code.Any(c => at >= c.Start && at <= c.End)) continue;
            var written = text.Slice(match.Index, match.Length).ToString();
            var tool = written.StartsWith("{{<", StringComparison.Ordinal) || written.StartsWith("{{%", StringComparison.Ordinal) ? "a Hugo shortcode" : "a Liquid (Jekyll) tag";
            diagnostics.Report(DiagnosticCodes.OtherToolSyntax, map.At(at),
                $"'{TextElements.Shorten(written, 60, "...")}' is {tool}, which is shown here as written; link a document with [[id]] (or [[id|words]]), and write a note as ordinary text");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{[<%].{0,200}?[>%]\}\}|\{%.{0,200}?%\}|\{\{\s*(?:site|page)\.[a-z_]+\s*\}\}", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex OtherToolTag();

    private static MarkdownDocument? Tree(DocumentBody body, SourceMap map, DiagnosticBag diagnostics, List<LinkUse> links, List<CitationUse> citations,
        List<RootRelativeAddress> rootRelative, List<IdInLinkText> idsInLinkText, List<RelativeAddress> relative, List<FragmentLink> inPage, List<string> anchors,
        List<string> underscored)
    {
        if (!BodyLimits.WithinLimits(body.Markdown, map, diagnostics)) return null;

        MarkdownDocument ast;
        try
        {
            ast = Markdig.Markdown.Parse(body.Markdown, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.NestingTooDeep, map.At(BodyLimits.GiveUpLine(body.Markdown)),
                "Markdown is nested too deeply from this line on (quotes, lists, links or emphasis inside each other), or its paragraph holds thousands of '*', '_' or '~'; flatten it or split the paragraph, and write a * or _ meant as text as \\* or \\_");
            return null;
        }

        if (BodyLimits.FirstTooDeeplyNested(ast) is { } tooDeep)
        {
            diagnostics.Report(DiagnosticCodes.NestingTooDeep, map.At(tooDeep.Span.Start), BodyLimits.TooDeeplyNested);
            return null;
        }
        // Only then: brackets that opened no link nest in the tree, not on the page.
        if (BodyLimits.DeepestNode(ast) is not null) BodyLimits.FlattenUnmatchedBrackets(ast);
        if (BodyLimits.DeepestNode(ast) is { } deep)
        {
            diagnostics.Report(DiagnosticCodes.NestingTooDeep, map.At(deep.Span.Start),
                $"Markdown is nested too deeply here ({BodyLimits.WhatIsNested(deep)} inside each other); flatten it");
            return null;
        }

        var headingIds = new HeadingIds();
        var outline = new HeadingOutline();
        long urlCharacters = 0;
        var notes = new List<FootnoteLinkReferenceDefinition>();
        var unmatchedMarkers = new List<(string Marker, int At)>();
        // In the order they are first cited in, as their ids are numbered.
        var citedImages = new OrderedDictionary<LinkInline, List<int>>(ReferenceEqualityComparer.Instance);

        var doubleOpen = false;
        foreach (var node in ast.Descendants())
        {
            // A reference's title ("[r]: https://x \"...\"") is copied with its address into every use.
            var copied = node switch { LinkInline link => (link.Url?.Length ?? 0) + (link.Title?.Length ?? 0), AutolinkInline autolink => autolink.Url.Length, _ => 0 };
            if (copied > 0 && (urlCharacters += copied) > BodyLimits.MaxUrlCharacters)
            {
                diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(((Inline)node).Span.Start),
                    $"link and image addresses and titles in this body add up to more than {BodyLimits.MaxUrlCharacters} characters (one used many times counts each time); link long addresses fewer times, and keep titles short");
                return null;
            }
            if (node is ParagraphBlock or HeadingBlock) ReportOtherToolTags((LeafBlock)node, body.Markdown, map, diagnostics);
            if (node is ParagraphBlock crowded && BoundedAutoLinkParser.Exceeded(crowded))
                diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(crowded.Span.Start),
                    $"more than {BoundedAutoLinkParser.MaxPerParagraph} bare web addresses in one paragraph, too costly to link; the rest are shown as text: split the paragraph or write them as [text](https://...)");
            // Still counted below as a link or citation, so the source it names is not also reported as uncited.
            if (node is WikiLinkInline or CitationInline or FootnoteLink { IsBackLink: false } && InsideLinkText((Inline)node) is { } nested)
                diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(((Inline)node).Span.Start), nested);
            if (node is LeafBlock) doubleOpen = false;
            if (node is LiteralInline text) Apostrophes.Curl(text, ref doubleOpen);
            else if (node is SmartyPant quote) Apostrophes.Curl(quote);
            switch (node)
            {
                // A comment is a note to oneself: shown as text, it is published, and "use Markdown instead" offered nothing.
                case HtmlBlock or HtmlInline when body.Markdown.AsSpan(node.Span.Start).StartsWith("<!--", StringComparison.Ordinal):
                    diagnostics.Report(DiagnosticCodes.RawHtml, map.At(node.Span.Start),
                        "an HTML comment is not hidden here: it is shown as text on the page; delete it before publishing (Markdown has no comments)");
                    break;
                case HtmlBlock or HtmlInline:
                    diagnostics.Report(DiagnosticCodes.RawHtml, map.At(node.Span.Start),
                        "raw HTML is not allowed and is shown as text; use Markdown instead");
                    break;
                case LinkInline link:
                    // One whose text is a citation or a note marker is told so (BG4006), not twice.
                    if (!link.IsImage && !ShowsWords(link) && !link.Descendants<Inline>().Any(i => i is CitationInline or FootnoteLink))
                        diagnostics.Report(DiagnosticCodes.NothingToRead, map.At(link.Span.Start),
                            "this link has no words, so a reader does not see it and a screen reader says only that it is a link; write its text between the brackets, [like this](...)");
                    if (link.Title is { } title) link.Title = Decoded(title, ReferenceIn(body.Markdown, link.Span), map, diagnostics);
                    CheckUrl(link, link.Url ?? "", link.IsImage ? "image" : "link", map, diagnostics, rootRelative);
                    if (!link.IsImage) idsInLinkText.AddRange(IdsInText(link, map));
                    if (UrlPolicy.IsRelativePath(link.Url ?? ""))
                    {
                        relative.Add(new RelativeAddress(link.Url!.Trim(), map.At(link.Span.Start)) { IsImage = link.IsImage });
                        if (!link.IsImage) link.Url = UrlPolicy.WithIndexPage(link.Url!.Trim());
                    }
                    else if (!link.IsImage && link.Url?.Trim() is ['#', .. var fragment])
                        inPage.Add(new FragmentLink(fragment, map.At(link.Span.Start)));
                    break;
                case AutolinkInline autolink:
                    CheckUrl(autolink, autolink.Url, "link", map, diagnostics, rootRelative);
                    break;
                case HtmlEntityInline reference:
                    reference.Transcoded = new StringSlice(Decoded(Usable(reference, body.Markdown, map, diagnostics), reference.Span.Start, map, diagnostics));
                    break;
                case WikiLinkInline wikiLink:
                    if (wikiLink.Label is { } shown) wikiLink.Label = Decoded(shown, ReferenceIn(body.Markdown, wikiLink.Span), map, diagnostics);
                    if (Slug.IsValid(wikiLink.TargetId))
                        links.Add(new LinkUse(wikiLink.TargetId, map.At(wikiLink.Span.Start)) { Fragment = wikiLink.Fragment });
                    else
                        diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(wikiLink.Span.Start), WithoutId(wikiLink));
                    // "[[peru|[[mexico]]]]" ends at the first "]]": the text showed "[[mexico", then "]]".
                    if (wikiLink.Label?.Contains("[[", StringComparison.Ordinal) == true)
                        diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(wikiLink.Span.Start),
                            $"the text of [[{wikiLink.TargetId}|...]] holds another '[[', but a link cannot hold a link; end the first with ']]' before the next begins");
                    if (wikiLink.CitationInLabel is { } cited)
                    {
                        var at = wikiLink.Span.Start + cited.Offset;
                        diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(at), CitationInLabel(wikiLink, cited.Written));
                        // Counted like a citation in a link's text, so its source is not also reported as cited nowhere.
                        Count(CitationParser.Items(cited.Written[1..^1]) ?? [], at, map, citations);
                    }
                    break;
                case CitationInline { SuppressedAuthorItems: { } items } citation:
                    diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(citation.Span.Start),
                        $"citation '{citation.Written}' has pandoc's '-', which leaves out an author's name that numbered citations never show; write [{citation.Written[2..]}");
                    // Counted, so its source is not also reported as cited nowhere.
                    Count(items, citation.Span.Start, map, citations);
                    break;
                case CitationInline citation when citation.Items.Count == 0:
                    diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(citation.Span.Start), citation.MalformedPassage
                        ? MalformedPassage(citation.Written)
                        : MalformedCitation(citation.Written));
                    break;
                case CitationInline citation when ImageAround(citation) is { } image:
                    var first = citations.Count;
                    Count(citation.Items, citation.Span.Start, map, citations);
                    if (!citedImages.TryGetValue(image, out var uses)) citedImages[image] = uses = [];
                    uses.AddRange(Enumerable.Range(first, citations.Count - first));
                    break;
                case CitationInline citation:
                    Count(citation.Items, citation.Span.Start, map, citations);
                    KeepWithTextBefore(citation);
                    break;
                case Table table when table.Count * Math.Max(1, table.ColumnDefinitions.Count) > BodyLimits.MaxTableCells:
                    diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(table.Span.Start),
                        $"table has {table.Count} rows of {table.ColumnDefinitions.Count} columns, more than {BodyLimits.MaxTableCells} cells; split it or link to a dataset");
                    return null;
                // A row wider than its header keeps every cell, and Markdig pads every row to the widest:
                // one row of 200,000 cells made a page of 4 MB.
                case TableRow row when row.Count > BodyLimits.MaxTableColumns:
                    diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(BodyLimits.WidestLine(body.Markdown, row.Parent!.Span)),
                        $"this table row has {row.Count} cells, more than {BodyLimits.MaxTableColumns}: a table this wide cannot be read; split it");
                    return null;
                case HeadingBlock heading:
                    // Set here, before rendering and the contents list, so both show the same outline.
                    heading.Level = outline.Shown(heading.Level);
                    var words = HeadingWords(heading);
                    var headingId = headingIds.Claim(HeadingId(words));
                    // Numbered, a second "## Cite bbc" would be a marker's "cite-bbc-1".
                    heading.GetAttributes().Id = Slug.IsPageAnchor(headingId) ? headingIds.Claim("section-" + headingId) : headingId;
                    anchors.Add(heading.GetAttributes().Id!);
                    if (words.Contains('_')) underscored.Add(heading.GetAttributes().Id!);
                    if (!ShowsWords(heading.Inline))
                        diagnostics.Report(DiagnosticCodes.NothingToRead, map.At(heading.Span.Start),
                            "this heading has no words, so the page's outline and its contents list show an empty entry; write its words after the '#', or remove the line");
                    break;
                case FootnoteLinkReferenceDefinition note:
                    notes.Add(note);
                    break;
                // "[@s]: so says the report" opening a line is Markdown's link definition: the line is not shown.
                case LinkReferenceDefinition { Label: { } label } definition when label.StartsWith('@') && CitationParser.Items(label) is not null:
                    diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(definition.Span.Start),
                        $"'[{label}]:' opening a line is read as a Markdown link definition, so the line is not shown and cites nothing; put words before the citation, or write \\[{label}]");
                    break;
                // Inside a quote or a list, "[^q]: Hello." is no note but a link definition, and not shown.
                case LinkReferenceDefinition { Label: ['^', ..] label } definition:
                    diagnostics.Report(DiagnosticCodes.NoteMismatch, map.At(definition.Span.Start),
                        $"'[{label}]:' inside a quote or a list is read as a Markdown link definition, so the line is not shown and is no note; write the note on a line of its own, outside the quote or list, at the end of the body");
                    break;
                // A marker naming no note is left as text, starting with a literal '['.
                case LiteralInline literal when NoteMarkerAt(body.Markdown, literal.Span.Start) is { } marker:
                    unmatchedMarkers.Add((marker, literal.Span.Start));
                    break;
                // An unmatched '[' stays in the tree as the link parser's delimiter.
                case LinkDelimiterInline or LiteralInline when LeftOpen(body.Markdown, (Inline)node) is { } problem:
                    diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(((Inline)node).Span.Start), problem);
                    break;
            }
        }
        // Once every heading has its id, so none ever depends on where a cited image stands: each
        // such image takes "figure", "figure-1", … for the reference list's back-links to land on.
        foreach (var (image, uses) in citedImages)
        {
            var figureId = image.GetAttributes().Id = headingIds.Claim("figure");
            foreach (var use in uses) citations[use] = citations[use] with { FigureId = figureId };
        }
        ReportNoteMismatches(notes, unmatchedMarkers, map, diagnostics);
        return ast;
    }

    /// <summary>
    /// "elites [1]": the space before a marker does not break, so a line never starts with one
    /// and the number stays with the words it vouches for.
    /// </summary>
    private static void KeepWithTextBefore(CitationInline citation)
    {
        if (citation.PreviousSibling is LiteralInline { Content: { Length: > 0 } content } text && content.Text[content.End] == ' ')
            text.Content = new StringSlice(string.Concat(content.AsSpan()[..^1], "\u00A0"));
    }

    /// <summary>Numbers each item of a citation written at this offset, in the order of the body.</summary>
    private static void Count(IEnumerable<CitationItem> items, int start, SourceMap map, List<CitationUse> citations)
    {
        foreach (var item in items)
        {
            item.Index = citations.Count;
            citations.Add(new CitationUse(item.Index, item.SourceId, item.Locator, item.Quote, map.At(start + item.Offset)));
        }
    }

    /// <summary>
    /// The image whose description holds this inline, if any: the outermost, as an image inside
    /// another's description is written as that one's text, not as an element of its own.
    /// </summary>
    private static LinkInline? ImageAround(Inline inline)
    {
        LinkInline? outermost = null;
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline { IsImage: true } image) outermost = image;
        return outermost;
    }

    /// <summary>Longer than this after "[^" is not taken for a note marker, so a stray "[^" costs no long scan.</summary>
    private const int MaxNoteLabelLength = 100;

    /// <summary>"[^label]" when the text at this offset starts with one, else null.</summary>
    private static string? NoteMarkerAt(string markdown, int offset)
    {
        if (offset < 0 || !markdown.AsSpan(offset).StartsWith("[^", StringComparison.Ordinal)) return null;
        var label = markdown.AsSpan(offset + 2, Math.Min(MaxNoteLabelLength, markdown.Length - offset - 2));
        var end = label.IndexOfAny("] \t\n[");
        return end > 0 && label[end] == ']' ? markdown.Substring(offset, end + 3) : null;
    }

    /// <summary>
    /// Notes are matched with their markers by name, and a mismatch loses text without a sign: a
    /// marker with no note prints as "[^name]", a note no marker names (or the second of two with
    /// one name) is left out of the page.
    /// </summary>
    private static void ReportNoteMismatches(List<FootnoteLinkReferenceDefinition> notes, List<(string Marker, int At)> unmatchedMarkers, SourceMap map, DiagnosticBag diagnostics)
    {
        var firstByLabel = new Dictionary<string, FootnoteLinkReferenceDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var note in notes)
        {
            if (!firstByLabel.TryAdd(note.Label!, note))
                diagnostics.Report(DiagnosticCodes.NoteMismatch, map.At(note.Span.Start),
                    $"a note named '[{note.Label}]' is already written on line {map.At(firstByLabel[note.Label!].Span.Start).Line}, so this one is not shown; give it a name of its own");
            else if (note.Footnote.Order < 0)
                diagnostics.Report(DiagnosticCodes.NoteMismatch, map.At(note.Span.Start),
                    $"note '[{note.Label}]' is not marked anywhere in the text, so it is not shown; put '[{note.Label}]' where it belongs, or remove the note");
        }
        // Each hint is a comparison with every note: uncapped, thousands of markers with no note took minutes.
        var hintsLeft = Suggestions.MaxHintsPerFile;
        foreach (var (marker, at) in unmatchedMarkers)
        {
            var hint = hintsLeft-- > 0 && Suggestions.Closest(marker[1..^1], firstByLabel.Keys) is { } label ? $"; did you mean '[{label}]'?" : "";
            diagnostics.Report(DiagnosticCodes.NoteMismatch, map.At(at),
                $"note marker '{marker}' has no note, so it is shown as text; write the note on a line '{marker}: ...' at the end of the body{hint}");
        }
    }

    /// <summary>
    /// Why a "[@id" or "[[id" never closed is an error: it is shown as text, and the citation or link
    /// meant is lost without a sign. Null for any other text, and for one closed but followed by
    /// something that made it an ordinary link's text that did not parse ("[@a](" left open).
    /// </summary>
    private static string? LeftOpen(string markdown, Inline opening)
    {
        var at = opening.Span.Start;
        if (!InlineSyntax.OpensAt(markdown, at)) return null;
        var link = markdown[at + 1] == '[';
        var after = Math.Max(0, Math.Min(markdown.Length, EndOfText(opening) + 1) - at - 2);
        if (InlineSyntax.CloseOf(markdown, at + 2, after, link ? "]]" : "]") >= 0) return null;
        var id = markdown.AsSpan(at + 2, Math.Min(Slug.MaxLength, after));
        var written = markdown.Substring(at, 2 + (id.IndexOfAnyExcept(IdCharacters) is >= 0 and var stop ? stop : id.Length));
        return link
            ? $"'{written}' is never closed, so it is shown as text, not as a link; end it with ']]' (write \\[ for a bracket meant as text)"
            : $"citation '{written}' is never closed, so it is shown as text and cites nothing; end it with ']' (write \\[ for a bracket meant as text)";
    }

    /// <summary>
    /// Why a citation's passage ("[@a, p. 4, "the words"]") is not read. A quotation inside it, in
    /// straight double quotes, ends the passage early: the fix written out takes single quotes.
    /// </summary>
    private static string MalformedPassage(string written)
    {
        var (open, close) = (written.IndexOf('"'), written.LastIndexOf('"'));
        if (open >= 0 && close > open && written.AsSpan(open + 1, close - open - 1).Contains('"')
            && written.AsSpan(close + 1).Trim().SequenceEqual("]"))
            return $"malformed citation '{written}': the passage relied on is in one pair of double quotes, so a quotation inside it takes single quotes or “ ”; write {written[..(open + 1)]}{written[(open + 1)..close].Replace('"', '\'')}{written[close..]}";
        return $"malformed citation '{written}': a passage relied on goes last, whole, in one pair of double quotes with no ']' inside; write [@source-id, p. 4, \"the words\"]";
    }

    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>
    /// What is wrong with a citation of no recognisable shape, said for the two habits of other tools:
    /// a locator without its comma (pandoc's "[@doe2019 p. 33]", "[@doe2019: 33]"), and a key that is
    /// no id (Better BibTeX's "smith_2020", "smith:2020", "Smith2020").
    /// </summary>
    private static string MalformedCitation(string written)
    {
        // "[ @id": spaced as some write it.
        var at = written.IndexOf('@') + 1;
        var inner = written.AsSpan(at, written.Length - at - (written.EndsWith(']') ? 1 : 0));
        var end = inner.IndexOfAny(",;") is >= 0 and var separator ? separator : inner.Length;
        var first = inner[..end].Trim().ToString();
        // The rest of a group ("; @b, ch. 2"), kept in the citation written out.
        var others = inner[end..].ToString();
        var idLength = first.AsSpan().IndexOfAnyExcept(IdCharacters) is >= 0 and var stop ? stop : first.Length;
        var (id, rest) = (first[..idLength], first[idLength..]);
        if (Slug.IsValid(id) && (rest.StartsWith(' ') || rest.StartsWith(": ", StringComparison.Ordinal)))
            return $"malformed citation '{written}': a locator follows the id after a comma; write [@{id}, {rest.TrimStart(' ', ':')}{others}]";
        // An Arabic, Chinese or Japanese comma, as an Arabic or CJK keyboard types it.
        if (Slug.IsValid(id) && rest.Length > 0 && rest[0] is '،' or '，' or '、')
            return rest[1..].Trim() is { Length: > 0 } locator
                ? $"malformed citation '{written}': a locator follows the id after a comma ','; write [@{id}, {locator}{others}]"
                : $"malformed citation '{written}': a comma is followed by a locator, and this one by none; write [@{id}{others}]";
        var key = first.Split(' ')[0];
        if (!Slug.IsValid(key) && Slug.Suggest(key) is { } slug)
            return $"malformed citation '{written}': '{key}' is not an id, which is lowercase letters, digits and '-' (the source's file name); write [@{slug}{inner[(inner.IndexOf(key) + key.Length)..]}]";
        return $"malformed citation '{written}'; write [@source-id], [@source-id, p. 4] or [@a; @b]";
    }

    /// <summary>The ids a link's text names when it is written "@id" (or "@a; @b, p. 4") or "[id]", as our syntax would be.</summary>
    private static IEnumerable<IdInLinkText> IdsInText(LinkInline link, SourceMap map)
    {
        if (!link.All(child => child is LiteralInline)) return [];
        var text = string.Concat(link.Select(child => ((LiteralInline)child).Content.ToString())).Trim();
        var at = map.At(link.Span.Start);
        if (text.StartsWith('@'))
            return CitationParser.Items(text)?.Select(item => new IdInLinkText(item.SourceId, AsCitation: true, at)) ?? [];
        // "[[b#section]](url)" names b as "[[b]](url)" does.
        if (text.Length > 2 && text[0] == '[' && text[^1] == ']' && text[1..^1].Split('|')[0].Split('#')[0].Trim() is var id && Slug.IsValid(id))
            return [new IdInLinkText(id, AsCitation: false, at)];
        return [];
    }

    /// <summary>
    /// Where the text of the paragraph, heading or table cell an inline is in ends, in the source: its
    /// last inline's end, since a table cell's own span covers only its first characters.
    /// </summary>
    private static int EndOfText(Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is not null) root = root.Parent;
        return Math.Max(root?.ParentBlock?.Span.End ?? inline.Span.End, root?.LastChild?.Span.End ?? inline.Span.End);
    }

    /// <summary>What is wrong with a [[link]] whose target is not an id, and what to write instead.</summary>
    private static string WithoutId(WikiLinkInline link)
    {
        var target = link.TargetId;
        // Obsidian writes [[page#Heading words]]; a section is named by its heading's id.
        if (target.IndexOf('#') is > 0 and var hash && Slug.IsValid(target[..hash]))
            return target[(hash + 1)..].Trim().Length > 0
                ? $"'[[{target}]]' names a section by its heading's words; write its id, [[{target[..hash]}#{HeadingId(target[(hash + 1)..])}]] (a heading's words in lower case, joined by '-')"
                : $"'[[{target}]]' names no section; write [[{target[..hash]}]] to link to the page, or [[{target[..hash]}#id]] with the id of one of its headings";
        // "[[|text]]" has no id to quote: it is named by its text, not as "[[]]".
        var written = target.Length == 0 && link.Label is { } label ? "|" + label : target;
        // Written as a file ("actors/pedro-castillo.md"), its id is the file's name.
        var lastPart = target.Replace('\\', '/').Split('/')[^1];
        var named = target.Contains('/') || target.Contains('\\') || lastPart.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(lastPart) : target;
        return $"'[[{written}]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id{(Slug.IsOnlyTooLong(target) ? $" of at most {Slug.MaxLength} characters" : "")} such as '{Slug.Suggest(named) ?? "peru-mexico"}'";
    }

    /// <summary>
    /// Why a [[link]], citation or note marker in the text of a link (not an image's alt text, which
    /// is plain text) cannot stay: its own link would be an &lt;a&gt; inside an &lt;a&gt;, which browsers split apart.
    /// </summary>
    private static string? InsideLinkText(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is not LinkInline link) continue;
            // An image linked somewhere writes its alt text as plain text, without the inline's own link.
            if (link.IsImage) return null;
            return inline switch
            {
                WikiLinkInline wiki => $"'[[{wiki.TargetId}{(wiki.Label is null ? "" : "|" + wiki.Label)}]]' is inside the text of a link, and a link cannot hold another; put it after the link",
                FootnoteLink marker => $"note marker '[{marker.Footnote.Label}]' is inside the text of a link, which cannot hold the marker's own link; put it after the link",
                _ => $"citation '{((CitationInline)inline).Written}' is inside the text of a link, which cannot hold the citation's own link; put it after the link",
            };
        }
        return null;
    }

    /// <summary>
    /// Why a citation in a [[link]]'s text cannot stay: the text is plain, so the citation would be
    /// printed as written, and the same link with the citation after it.
    /// </summary>
    private static string CitationInLabel(WikiLinkInline link, string citation)
    {
        var text = string.Join(' ', (link.Label ?? "").Replace(citation, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var fixedLink = text.Length == 0 ? $"[[{link.TargetId}]]" : $"[[{link.TargetId}|{text}]]";
        return $"citation '{citation}' is inside the text of '[[{link.TargetId}|...]]', which is plain text, so it would be shown as written; put it after the link, as {fixedLink} {citation}";
    }

    private static void CheckUrl(Inline inline, string url, string what, SourceMap map, DiagnosticBag diagnostics, List<RootRelativeAddress> rootRelative)
    {
        var at = map.At(inline.Span.Start);
        if (url.Length > BodyLimits.MaxUrlLength)
        {
            diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, at, $"{what} address is longer than {BodyLimits.MaxUrlLength} characters");
            Neutralise(inline);
            return;
        }
        switch (UrlPolicy.Check(url))
        {
            case UrlVerdict.Refused:
                diagnostics.Report(DiagnosticCodes.UnsafeLinkUrl, at,
                    $"{what} address '{Shorten(url)}' is not allowed; use https://, mailto:, a relative path or #fragment");
                Neutralise(inline);
                return;
            case UrlVerdict.Insecure:
                diagnostics.Report(DiagnosticCodes.InsecureLinkUrl, at, $"{what} address '{Shorten(url)}' uses plain http; use https:// if the site supports it");
                break;
        }
        if (UrlPolicy.IsRootRelative(url)) rootRelative.Add(new RootRelativeAddress(url.Trim(), inline is LinkInline { IsImage: true }, at));
        if (UrlPolicy.IsExternal(url) && inline is LinkInline { IsImage: false } or AutolinkInline)
            inline.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
        // A bare address is its own text: print, which writes each address after its link, leaves it once.
        if (inline is LinkInline { IsAutoLink: true } or AutolinkInline) inline.GetAttributes().AddClass("url");
    }

    /// <summary>A refused address never reaches the page, even when a caller renders despite errors.</summary>
    private static void Neutralise(Inline inline)
    {
        if (inline is LinkInline link)
        {
            link.Url = "#";
            link.GetDynamicUrl = null;
        }
        else if (inline is AutolinkInline autolink)
        {
            autolink.Url = "#";
        }
    }

    private static string Shorten(string url) => TextElements.Shorten(url, 60, "...");

    /// <summary>The body with each control character made a space, which keeps every position; reported once, where the first is.</summary>
    private static DocumentBody WithoutControlCharacters(DocumentBody body, SourceMap map, DiagnosticBag diagnostics)
    {
        var first = TextFile.IndexOfInvisibleControl(body.Markdown);
        if (first < 0) return body;
        var chars = body.Markdown.ToCharArray();
        var count = 0;
        for (var i = first; i < chars.Length; i++)
        {
            if (!TextFile.InvisibleControls.Contains(chars[i])) continue;
            chars[i] = ' ';
            count++;
        }
        var more = count > 1 ? $" ({count - 1} more in this body)" : "";
        diagnostics.Report(DiagnosticCodes.ControlCharacter, map.At(first),
            $"invisible control character U+{(int)body.Markdown[first]:X4} here{more}; it is shown as a space: remove it");
        return body with { Markdown = new string(chars) };
    }

    /// <summary>
    /// What a character reference stands for, named when it is nothing a reader can see: "&amp;#0;"
    /// (and a surrogate or a number past U+10FFFF) is shown as �, as browsers show it, and "&amp;#xFEFF;"
    /// is an invisible byte-order mark, left out; a typed NUL or stray BOM is named as well.
    /// </summary>
    private static string Usable(HtmlEntityInline reference, string markdown, SourceMap map, DiagnosticBag diagnostics)
    {
        var text = reference.Transcoded.ToString();
        if (text == "\uFEFF")
        {
            diagnostics.Report(DiagnosticCodes.ControlCharacter, map.At(reference.Span.Start),
                "a character reference here stands for the invisible byte-order mark U+FEFF, which is left out; remove it");
            return "";
        }
        var written = markdown.AsSpan(reference.Span.Start, Math.Min(reference.Span.Length, markdown.Length - reference.Span.Start));
        if (text == "\uFFFD" && !written.Contains("FFFD", StringComparison.OrdinalIgnoreCase) && !written.Contains("65533", StringComparison.Ordinal))
            diagnostics.Report(DiagnosticCodes.ControlCharacter, map.At(reference.Span.Start),
                $"'{written}' stands for no character (U+0000, a surrogate, or past U+10FFFF) and is shown as �; remove it");
        return text;
    }

    /// <summary>
    /// Text Markdown decoded from character references ("&amp;#x202E;", "&amp;#7;"), which the checks of
    /// the file's own text never saw: read like that text, embeddings and overrides as isolates and
    /// each control character as a space, reported.
    /// </summary>
    private static string Decoded(string text, int at, SourceMap map, DiagnosticBag diagnostics)
    {
        var control = TextFile.IndexOfInvisibleControl(text);
        if (control >= 0)
        {
            diagnostics.Report(DiagnosticCodes.ControlCharacter, map.At(at),
                $"a character reference here stands for the invisible control character U+{(int)text[control]:X4}; it is shown as a space: remove it");
            text = string.Create(text.Length, text, (chars, from) =>
            {
                for (var i = 0; i < chars.Length; i++) chars[i] = TextFile.InvisibleControls.Contains(from[i]) ? ' ' : from[i];
            });
        }
        return TextFile.WithIsolates(text);
    }

    /// <summary>Where a link's first character reference is written, for a problem with what it decodes to; the link's start when none is found.</summary>
    private static int ReferenceIn(string markdown, SourceSpan span)
    {
        var end = Math.Min(markdown.Length, span.End + 1);
        var at = span.Start < end ? markdown.IndexOf("&#", span.Start, end - span.Start, StringComparison.Ordinal) : -1;
        return at >= 0 ? at : span.Start;
    }

    /// <summary>
    /// Whether a heading or a link shows any words: text, code, a [[link]]'s title, an image's
    /// description, an address shown as itself, or raw HTML (shown as text); a citation marker alone is none.
    /// </summary>
    private static bool ShowsWords(ContainerInline? inlines) =>
        inlines?.Descendants<Inline>().Any(inline => inline is WikiLinkInline or AutolinkInline or HtmlInline || (InlineText.TryRead(inline, out var text) && !TextElements.ShowsNothing(text))) == true;

    /// <summary>The words of a heading, which make its id (<see cref="HeadingId"/>).</summary>
    private static string HeadingWords(HeadingBlock heading)
    {
        // The heading's text as a reader sees it, each piece where it stands: "Castillo's" is one word
        // whether its quote is curled in the text or made a mark of its own by SmartyPants.
        var text = new StringBuilder();
        foreach (var inline in heading.Inline?.Descendants<Inline>() ?? [])
        {
            if (InlineText.TryRead(inline, out var shown)) text.Append(shown);
            else if (inline is SmartyPant mark) text.Append(Apostrophes.Mark(mark));
            // A [[link]] shows the title of a page not yet known here: its own text, or its id, stands for it
            // ("## [[castillo-coup-2022]] and after" had the id "and-after").
            else if (inline is WikiLinkInline link) text.Append(link.Label ?? link.TargetId);
        }
        return text.ToString();
    }

    /// <summary>The id of a heading of these words, before a repeated one is numbered.</summary>
    private static string HeadingId(string words)
    {
        var slug = Slug.Anchor(words);
        // The page's own ids are never taken: such a heading gets a "section-" prefix, which none of them has.
        if (slug.Length == 0 || Slug.IsPageAnchor(slug)) slug = "section-" + slug;
        return slug.TrimEnd('-');
    }
}
