using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>
/// The ids a page's citations give it, whatever the theme: each marker's "cite-x-n", and "ref-x",
/// the reference entry every marker links to. A link from another page to one is checked against
/// what that page cites.
/// </summary>
internal static class CitationAnchors
{
    /// <summary>Why a fragment of either form leads to nothing on the page of <paramref name="target"/>; null when it does, or is of neither form.</summary>
    public static string? Missing(Document target, ParsedBody body, string fragment)
    {
        if (fragment.StartsWith("ref-", StringComparison.Ordinal))
        {
            var source = fragment["ref-".Length..];
            var listed = target is Event e && e.Sources.Any(s => s.Id == source);
            return listed || body.Citations.Any(c => c.SourceId == source) ? null
                : $"it cites no source '{TextElements.Shorten(source, 60, "...")}', so it has no reference entry with that id";
        }
        if (!fragment.StartsWith("cite-", StringComparison.Ordinal) || !Slug.IsPageAnchor(fragment) || fragment is "cite-this" or "cite-this-heading") return null;
        // Numbered as CitationPlan numbers them: the n-th use of a source, a use in an image's description counted too.
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var use in body.Citations)
        {
            var n = uses[use.SourceId] = uses.GetValueOrDefault(use.SourceId) + 1;
            if (use.FigureId is null && fragment == $"cite-{use.SourceId}-{n}") return null;
        }
        return "it has no citation marker with that id";
    }
}
