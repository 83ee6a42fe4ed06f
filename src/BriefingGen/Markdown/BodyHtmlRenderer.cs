using BriefingGen.Output;
using Markdig.Renderers;

namespace BriefingGen.Markdown;

/// <summary>
/// An HtmlRenderer that leaves a hole where the page decides what to write (see <see cref="BodyHtml"/>):
/// our inline renderers hand it their holes instead of writing.
/// </summary>
public sealed class BodyHtmlRenderer(Utf8Output output) : HtmlRenderer(new Utf8TextWriter(output))
{
    /// <summary>Where each hole goes, in bytes of the output.</summary>
    public List<int> HoleAt { get; } = [];
    public List<BodyHole> Holes { get; } = [];

    public void Leave(BodyHole hole)
    {
        HoleAt.Add(output.Length);
        Holes.Add(hole);
        // What fills a hole is never empty and never ends a line, so the next block starts a line as it would after it.
        previousWasLine = false;
    }
}
