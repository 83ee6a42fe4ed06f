using BriefingGen.Markdown;

namespace BriefingGen.Rendering;

/// <summary>Stage 6: a parsed body to HTML for one page.</summary>
public static class BodyRenderer
{
    public static TrustedHtml Render(ParsedBody body, IBodyLinkContext links)
    {
        if (body.Ast.Count == 0) return TrustedHtml.Empty;
        // LF on every platform, so output is byte-identical wherever it is built.
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new BodyHtmlRenderer(writer, links);
        MarkdownPipelineFactory.Pipeline.Setup(renderer);
        renderer.Render(body.Ast);
        writer.Flush();
        return new TrustedHtml(writer.ToString());
    }
}
