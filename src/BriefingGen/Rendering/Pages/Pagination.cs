using BriefingGen.Diagnostics;

namespace BriefingGen.Rendering.Pages;

/// <summary>
/// A long list cut into pages of the site's `paginate` entries: the first at the list's own
/// address ("briefs/index.html"), the others beside it ("briefs/page-2.html"). Beside it, not in a
/// folder: a document's page is always a folder's index.html, so "page-2.html" takes no id from
/// contributors, and every relative link written for the first page holds on the others.
/// </summary>
public static partial class Pagination
{
    /// <summary>Page numbers shown on either side of the current page; the first and last are always shown.</summary>
    private const int Neighbours = 2;

    /// <summary>The site path of a list's page, from the site path of its first.</summary>
    public static string PathOf(string firstPath, int number) =>
        number == 1 ? firstPath : $"{firstPath[..(firstPath.LastIndexOf('/') + 1)]}page-{number}.html";

    /// <summary>The site path of the first page of the list a page belongs to: the index.html of its folder.</summary>
    public static string FirstPathOf(string path) => $"{path[..(path.LastIndexOf('/') + 1)]}index.html";

    /// <summary>The number of the page showing the entry at this index (from 0) of the list.</summary>
    public static int PageOf(int index, int size) => index / size + 1;

    /// <summary>Every page of a list of <paramref name="total"/> entries, with its share of them; an empty list has one page.</summary>
    public static IEnumerable<(string Path, Range Entries, Pager Pager)> Split(string firstPath, int total, int size)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        for (var number = 1; number <= count; number++)
        {
            var start = (number - 1) * size;
            var end = Math.Min(total, start + size);
            yield return (PathOf(firstPath, number), start..end, new Pager(number, count, total == 0 ? 0 : start + 1, end, total,
                number > 1 ? PathOf(firstPath, number - 1) : "", number < count ? PathOf(firstPath, number + 1) : "", Links(firstPath, number, count)));
        }
    }

    /// <summary>A list page's description; a later page's says which it is, as its title does.</summary>
    public static string Description(string description, Pager pager) => pager.Number == 1 ? description : $"{description} Page {pager.Number} of {pager.Count}.";

    /// <summary>Whether a site path is that of a list's later page ("briefs/page-9.html"), which comes and goes as the list's entries do.</summary>
    public static bool IsLaterPage(string path) => LaterPage().IsMatch(path);

    [System.Text.RegularExpressions.GeneratedRegex(@"(^|/)page-[0-9]+\.html$")]
    private static partial System.Text.RegularExpressions.Regex LaterPage();

    /// <summary>
    /// BG5002, at the template, when a page of a list, other than its last, has no link to the page
    /// after it: a theme written before lists had pages shows their first entries alone, and the
    /// rest are out of every reader's reach. Read from the page's href attributes as a browser
    /// resolves them, so text that names a page ("page-2.html" in a summary) does not count, and
    /// neither does a link that skips pages (a timeline's bar to where a year begins).
    /// </summary>
    public static Diagnostic? Unlinked(PageSpec page, string templatePath, ReadOnlySpan<byte> html)
    {
        if (page.Pager is not { } pager || pager.Number == pager.Count || LinksTo(html, page.OutputPath, pager.Next)) return null;
        var list = pager.Number == 1 ? page.Title : page.Title[..page.Title.LastIndexOf(", page ", StringComparison.Ordinal)];
        return new Diagnostic(SourceLocation.StartOf(templatePath), DiagnosticCodes.UnlinkedPages.DefaultSeverity, DiagnosticCodes.UnlinkedPages.Id,
            $"{page.OutputPath} is page {pager.Number} of {pager.Count} of its list, but links to no page after it, so readers never reach {(pager.Last + 1 == pager.Total ? $"entry {pager.Total}" : $"entries {pager.Last + 1}–{pager.Total}")}; "
            + $"show the pager where the list ends ({{{{ pager page.pager \"{list}\" }}}}, see docs/theming.md, Long lists), or raise 'paginate' in site.yml");
    }

    /// <summary>
    /// BG5002 once per template: a theme's list template repeats the same lack on every page of
    /// every list it makes (each tag's), so the first page says it and counts the others.
    /// </summary>
    /// <param name="sorted">A run's diagnostics, in their reported order.</param>
    public static IReadOnlyList<Diagnostic> OneUnlinkedPerTemplate(IReadOnlyList<Diagnostic> sorted)
    {
        var unlinked = sorted.Where(d => d.Code == DiagnosticCodes.UnlinkedPages.Id).GroupBy(d => d.Location).Where(g => g.Count() > 1).ToList();
        if (unlinked.Count == 0) return sorted;
        var firsts = unlinked.ToDictionary(g => g.First(), g => g.Count() - 1);
        var rest = unlinked.SelectMany(g => g.Skip(1)).ToHashSet();
        return sorted.Where(d => !rest.Contains(d))
            .Select(d => firsts.TryGetValue(d, out var more) ? d with { Message = $"{d.Message} ({more} more page{(more == 1 ? "" : "s")} made with this template lack{(more == 1 ? "s" : "")} the same link)" } : d)
            .ToList();
    }

    /// <summary>Whether an href of the page at <paramref name="from"/> leads to the site path <paramref name="target"/>.</summary>
    private static bool LinksTo(ReadOnlySpan<byte> html, string from, string target)
    {
        foreach (var href in AttributeValues.Of(html, "href"u8))
        {
            var path = href[..(href.IndexOfAny(['#', '?']) is >= 0 and var end ? end : href.Length)];
            // An address from the root or with a scheme is not how a page links to its neighbour.
            if (path.Length > 0 && path[0] != '/' && !path.Contains(':') && RelativeLinks.Target(from, path) == target) return true;
        }
        return false;
    }

    /// <summary>The title of a list's page: "Briefs" first, then "Briefs, page 2 of 7", so that tabs, history and search results tell them apart.</summary>
    public static string Title(string title, Pager pager) => pager.Number == 1 ? title : $"{title}, page {pager.Number} of {pager.Count}";

    /// <summary>
    /// Each group's share of the entries in <paramref name="range"/> of all groups' entries one after
    /// another, in order, and whether the group began on an earlier page.
    /// </summary>
    public static IEnumerable<(TGroup Group, List<T> Entries, bool Continued)> Slice<TGroup, T>(IEnumerable<(TGroup Group, IReadOnlyList<T> Entries)> groups, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(int.MaxValue);
        var offset = 0;
        foreach (var (group, entries) in groups)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(start + length, offset + entries.Count);
            if (from < to) yield return (group, entries.Skip(from - offset).Take(to - from).ToList(), from > offset);
            offset += entries.Count;
        }
    }

    /// <summary>The first and last pages, and those around the current one; a gap (number 0) stands for the pages left out.</summary>
    private static List<PagerLink> Links(string firstPath, int current, int count)
    {
        var links = new List<PagerLink>();
        for (var number = 1; number <= count; number++)
        {
            if (number == 1 || number == count || Math.Abs(number - current) <= Neighbours
                // A gap of one page would take as much room as the page's own number.
                || (number == 2 && current - Neighbours == 3) || (number == count - 1 && current + Neighbours == count - 2))
                links.Add(new PagerLink(number, PathOf(firstPath, number), number == current));
            else if (links[^1].Number != 0)
                links.Add(new PagerLink(0, "", false));
        }
        return links;
    }
}

/// <summary>
/// Where a page stands in its list: its number of Count pages, the entries it shows (First to Last,
/// from 1, of Total) and the site paths of the pages before and after it ("" at either end).
/// </summary>
public sealed record Pager(int Number, int Count, int First, int Last, int Total, string Previous, string Next, IReadOnlyList<PagerLink> Pages);

/// <summary>A page's number and site path in a pager; Number 0 is a gap, pages not listed.</summary>
public sealed record PagerLink(int Number, string Url, bool Current)
{
    public bool Gap => Number == 0;
}
