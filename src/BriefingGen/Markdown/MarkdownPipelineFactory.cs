using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;

namespace BriefingGen.Markdown;

/// <summary>
/// The one Markdown pipeline: CommonMark, GFM tables, footnotes, autolinks and strikethrough,
/// typographic quotes and dashes (SmartyPants: text in, fixed entities out), plus our syntax. Only extensions we chose: no generic attributes, no media embeds, no raw HTML
/// output. Built once; a built pipeline is immutable and shared by every thread.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseSmartyPants()
        .UsePreciseSourceLocation()
        .Use<BriefingMarkdownExtension>()
        .Build();
}
