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
            return CitationPlan.ListedSources(target).Contains(source) || body.Citations.Any(c => c.SourceId == source) ? null
                : $"it cites no source '{TextElements.Shorten(source, 60, "...")}', so it has no reference entry with that id";
        }
        if (!fragment.StartsWith("cite-", StringComparison.Ordinal) || !Slug.IsPageAnchor(fragment) || fragment is "cite-this" or "cite-this-heading") return null;
        return CitationPlan.AnchorsOf(body.Citations).Contains(fragment, StringComparer.Ordinal) ? null : "it has no citation marker with that id";
    }
}
