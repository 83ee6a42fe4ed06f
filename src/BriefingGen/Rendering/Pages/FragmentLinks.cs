using BriefingGen.Diagnostics;
using BriefingGen.Markdown;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// Links to a place on their own page ("#background"), checked against the ids of the page as
/// rendered: a heading reworded or an id mistyped, and the link scrolls nowhere. The rendered page
/// is what a reader's browser searches, so the theme's own ids (the reference list, the contents)
/// count exactly as the theme in use writes them.
/// </summary>
public static class FragmentLinks
{
    /// <summary>Each link of the body that leads to no id of its rendered page, as a warning at the link; empty when all lead somewhere.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<FragmentLink> links, ReadOnlySpan<byte> page)
    {
        HashSet<string>? ids = null;
        List<Diagnostic>? found = null;
        foreach (var link in links)
        {
            // A text fragment after the id ("#early-life:~:text=born") scrolls to the id first.
            var fragment = link.Fragment.IndexOf(":~:", StringComparison.Ordinal) is >= 0 and var directive ? link.Fragment[..directive] : link.Fragment;
            if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)) continue;
            ids ??= IdsIn(page);
            // A browser looks for the fragment as written, then percent-decoded ("#caf%C3%A9" finds "café").
            var decoded = fragment.Contains('%') ? Uri.UnescapeDataString(fragment) : fragment;
            if (ids.Contains(fragment) || ids.Contains(decoded)) continue;
            // Each hint is compared with every id of the page: a body of thousands of such links gets the first few.
            var hint = (found?.Count ?? 0) >= Suggestions.MaxHintsPerFile ? ""
                : Model.Slug.NearestAnchor(decoded, ids) is { } near ? $"; did you mean '#{near}'?"
                : "; a heading's id is its words in lower case, joined by '-' (\"## Early life\" is '#early-life')";
            (found ??= []).Add(new Diagnostic(link.Location, DiagnosticCodes.LinkToNoPlace.DefaultSeverity, DiagnosticCodes.LinkToNoPlace.Id,
                $"link '#{Shorten(link.Fragment)}' leads to no place on this page: nothing on it has the id '{Shorten(fragment)}'{hint}"));
        }
        return found ?? [];
    }

    /// <summary>
    /// The values of every id attribute in the page, quoted or not, in any case of the name. Text
    /// that looks like one in the page's prose can only add ids, never hide one, so the check errs
    /// towards silence.
    /// </summary>
    internal static HashSet<string> IdsIn(ReadOnlySpan<byte> html) => new(AttributeValues.Of(html, "id"u8), StringComparer.Ordinal);

    private static string Shorten(string text) => Model.TextElements.Shorten(text, 60, "...");
}
