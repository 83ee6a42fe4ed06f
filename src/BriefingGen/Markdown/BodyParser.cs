using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markdown;

/// <summary>
/// Stage 4: parse a body with our pipeline and check it: raw HTML, URLs, our inline syntax and
/// nesting, each reported where it was written. Pure per document.
/// </summary>
public static class BodyParser
{
    /// <summary>Deeper nesting is never prose; Markdig itself gives up, without a position, a little past this.</summary>
    public const int MaxBlockNesting = 24;

    /// <summary>Runs of unclosed '[' make link parsing quadratic; real briefs use a few hundred.</summary>
    public const int MaxOpenBrackets = 5000;

    private static readonly HashSet<string> ReservedIds = ["main", "references", "content", "top", "site-nav", "related", "timeline", "summary", "events", "actors", "briefs", "search"];

    public static ParsedBody Parse(string path, DocumentBody body, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(path, body);
        if (!WithinLimits(body.Markdown, map, diagnostics)) return ParsedBody.Empty;

        MarkdownDocument ast;
        try
        {
            ast = Markdig.Markdown.Parse(body.Markdown, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.NestingTooDeep, map.At(DensestLine(body.Markdown)),
                "Markdown is nested too deeply (quotes, lists, links or emphasis inside each other); flatten it");
            return ParsedBody.Empty;
        }

        var links = new List<LinkUse>();
        var citations = new List<CitationUse>();
        var paragraphs = new List<ParagraphInfo>();
        var headingIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var node in ast.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    diagnostics.Report(DiagnosticCodes.RawHtml, map.At(node.Span.Start),
                        "raw HTML is not allowed and is shown as text; use Markdown instead");
                    break;
                case LinkInline link:
                    CheckUrl(link, link.Url ?? "", link.IsImage ? "image" : "link", map, diagnostics);
                    break;
                case AutolinkInline autolink:
                    CheckUrl(autolink, autolink.Url, "link", map, diagnostics);
                    break;
                case WikiLinkInline wikiLink:
                    if (ContentLayout.IsSlug(wikiLink.TargetId))
                        links.Add(new LinkUse(wikiLink.TargetId, map.At(wikiLink.Span.Start)));
                    else
                        diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(wikiLink.Span.Start),
                            $"'[[{wikiLink.TargetId}]]' does not name an id; write [[id]] or [[id|text]] with a lowercase id such as '{ContentLoader.FoldToSlug(wikiLink.TargetId)}'");
                    break;
                case CitationInline citation when citation.Items.Count == 0:
                    diagnostics.Report(DiagnosticCodes.MalformedInlineSyntax, map.At(citation.Span.Start),
                        $"malformed citation '{citation.Written}'; write [@source-id], [@source-id, p. 4] or [@a; @b]");
                    break;
                case CitationInline citation:
                    foreach (var item in citation.Items)
                    {
                        item.Index = citations.Count;
                        citations.Add(new CitationUse(item.Index, item.SourceId, item.Locator, map.At(citation.Span.Start + item.Offset)));
                    }
                    break;
                case HeadingBlock heading:
                    heading.GetAttributes().Id = UniqueHeadingId(heading, headingIds);
                    break;
                case ParagraphBlock paragraph when IsProse(paragraph):
                    paragraphs.Add(new ParagraphInfo(map.At(paragraph.Span.Start), CountWords(paragraph),
                        paragraph.Inline?.Descendants<CitationInline>().Any(c => c.Items.Count > 0) == true));
                    break;
            }
        }
        return new ParsedBody(ast, links, citations, paragraphs);
    }

    private static void CheckUrl(Inline inline, string url, string what, SourceMap map, DiagnosticBag diagnostics)
    {
        var at = map.At(inline.Span.Start);
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
        if (UrlPolicy.IsExternal(url) && inline is LinkInline { IsImage: false } or AutolinkInline)
            inline.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
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

    private static string Shorten(string url) => url.Length > 60 ? url[..57] + "..." : url;

    private static bool WithinLimits(string markdown, SourceMap map, DiagnosticBag diagnostics)
    {
        var open = 0;
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '[' && ++open > MaxOpenBrackets)
            {
                diagnostics.Report(DiagnosticCodes.PathologicalMarkdown, map.At(i),
                    $"more than {MaxOpenBrackets} '[' in one body; escape literal brackets as \\[ or split the brief");
                return false;
            }
        }

        var lineStart = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var depth = 0;
            var indent = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == ' ') { indent++; continue; }
                if (c == '\t') { indent += 4; continue; }
                // Indentation alone (code, wrapped text) is not nesting; only quote and list markers are.
                if (c == '>') depth++;
                else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ') depth++;
                else break;
                if (depth + indent / 2 > MaxBlockNesting)
                {
                    diagnostics.Report(DiagnosticCodes.NestingTooDeep, map.At(lineStart + i),
                        $"quotes or lists nested more than {MaxBlockNesting} levels deep; flatten the structure");
                    return false;
                }
            }
            lineStart += line.Length + 1;
        }
        return true;
    }

    /// <summary>Where Markdig's own depth limit was most likely hit: the line with the most nesting characters.</summary>
    private static int DensestLine(string markdown)
    {
        int best = 0, bestCount = -1, start = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var count = line.Count(c => c is '[' or '*' or '_' or '>' or '(');
            if (count > bestCount) (best, bestCount) = (start, count);
            start += line.Length + 1;
        }
        return best;
    }

    /// <summary>A paragraph of running text, not a footnote, a table cell or a quote.</summary>
    private static bool IsProse(ParagraphBlock paragraph)
    {
        for (var parent = paragraph.Parent; parent is not null; parent = parent.Parent)
            if (parent is Footnote or FootnoteGroup or Table or QuoteBlock) return false;
        return true;
    }

    private static int CountWords(ParagraphBlock paragraph)
    {
        var words = 0;
        foreach (var literal in paragraph.Inline?.Descendants<LiteralInline>() ?? [])
            words += literal.Content.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words;
    }

    private static string UniqueHeadingId(HeadingBlock heading, HashSet<string> taken)
    {
        var text = new StringBuilder();
        foreach (var literal in heading.Inline?.Descendants<LiteralInline>() ?? []) text.Append(literal.Content.ToString()).Append(' ');
        var slug = ContentLoader.FoldToSlug(text.ToString());
        if (slug.Length == 0) slug = "section";
        var id = slug;
        for (var n = 2; taken.Contains(id) || IsReserved(id); n++) id = $"{slug}-{n}";
        taken.Add(id);
        return id;
    }

    /// <summary>Ids the theme and the reference list use; a heading must not take them.</summary>
    private static bool IsReserved(string id) =>
        ReservedIds.Contains(id) || id.StartsWith("ref-", StringComparison.Ordinal) || id.StartsWith("cite-", StringComparison.Ordinal) || id.StartsWith("fn", StringComparison.Ordinal);
}
