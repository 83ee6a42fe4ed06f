namespace BriefingGen.Rendering.Pages;

/// <summary>
/// One page to render: where it goes, with which template, and how to build its model. The model
/// is built only when the page renders, from the relative root of the page's folder.
/// </summary>
public sealed record PageSpec(string OutputPath, string Template, string Title, string Section, Func<string, object> Model, string? Description = null)
{
    /// <summary>Extra meta elements for the page's head (the citation meta of a brief), made only when the page renders.</summary>
    public Func<IReadOnlyList<Citing.MetaTag>> Meta { get; init; } = () => [];

    /// <summary>Who wrote the page, where that is not the site: a brief's own authors.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>
    /// A page only a drafts build has (a draft's own, a tag only drafts carry): built for review, so
    /// kept from search engines (noindex) and out of the sitemap.
    /// </summary>
    public bool ForReviewOnly { get; init; }

    /// <summary>Where the page stands in its list, on a page of a list cut into pages (<see cref="Pagination"/>); null on every other page.</summary>
    public Pager? Pager { get; init; }

    /// <summary>
    /// The ids of the documents this page of a list gives an anchor each (the citation index's
    /// sources, a timeline's events), for links to one of them by fragment; null on other pages.
    /// </summary>
    public Func<IEnumerable<string>>? Anchored { get; init; }

    /// <summary>The brief, actor, event or source whose own page this is; null for every other page.</summary>
    public Model.Document? Subject { get; init; }

    /// <summary>"../../" for "briefs/x/index.html": the way back to the site root, so links never depend on the host.</summary>
    public string Root => RootOf(OutputPath);

    /// <summary>The way back to the site root from the page at this site path.</summary>
    public static string RootOf(string sitePath) => string.Concat(Enumerable.Repeat("../", sitePath.Count(c => c == '/')));

    /// <summary>
    /// The ids of every document whose content the page shows, for incremental rebuilds: the page
    /// is rendered again only when one of them changed or the set itself did. Required, so a new
    /// kind of page cannot leave it out and be kept stale. Asked only by incremental builds, so a
    /// full build does not pay for it.
    /// </summary>
    public required Func<IEnumerable<string>> DependsOn { get; init; }
}
