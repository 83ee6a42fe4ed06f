using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace BriefingGen.Markdown;

/// <summary>Our syntax ([[id]], [@source]) and our rendering rules (raw HTML as text, lettered notes, headings with a link to themselves, tables and code in a box that scrolls).</summary>
public sealed class BriefingMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // All four must see '[' (or the '!' before one) before the standard link parser claims it.
        var linkParser = pipeline.InlineParsers.FindExact<LinkInlineParser>();
        var at = linkParser is null ? 0 : pipeline.InlineParsers.IndexOf(linkParser);
        pipeline.InlineParsers.Insert(at, new NoteMarkerParser());
        pipeline.InlineParsers.Insert(at, new CitationParser());
        pipeline.InlineParsers.Insert(at, new WikiLinkParser());
        pipeline.InlineParsers.Insert(at, new BangBeforeSyntaxParser());
        if (pipeline.InlineParsers.FindExact<AutoLinkParser>() is { } autoLinks)
            pipeline.InlineParsers.Replace<AutoLinkParser>(new BoundedAutoLinkParser(autoLinks));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Insert(0, new WikiLinkRenderer());
        html.ObjectRenderers.Insert(0, new CitationRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new NoteLinkRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new NotesRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollingTableRenderer());
        html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new ScrollingCodeRenderer());
    }
}
