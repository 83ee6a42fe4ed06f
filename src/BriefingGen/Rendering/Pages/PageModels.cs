namespace BriefingGen.Rendering.Pages;

// One model per page template, named after it.

public sealed record HomePage(IReadOnlyList<BriefItem> Briefs, IReadOnlyList<ActorItem> Actors, IReadOnlyList<EventItem> Events,
    int BriefCount, int ActorCount, int EventCount, int SourceCount);

public sealed record BriefListPage(IReadOnlyList<BriefItem> Briefs, Pager Pager);

/// <summary>Contents lists the sections of a long brief ("#anchor" links), empty for a short one.</summary>
public sealed record BriefPage(BriefItem Brief, IReadOnlyList<LinkView> Tags, IReadOnlyList<string> Authors, DateView? Updated, BodyContent? Body, IReadOnlyList<LinkView> Contents,
    IReadOnlyList<ActorItem> Actors, IReadOnlyList<EventItem> Events, IReadOnlyList<BriefItem> Related,
    IReadOnlyList<ReferenceView> References, IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyList<CorrectionView> Corrections, CiteView Cite);

/// <summary>Groups holds this page's share of the actors; Kinds links to where each kind begins, on any page.</summary>
public sealed record ActorListPage(IReadOnlyList<ActorGroup> Groups, IReadOnlyList<JumpLink> Kinds, Pager Pager);

public sealed record ActorPage(ActorItem Actor, IReadOnlyList<string> Aliases, LinkView? Country, IReadOnlyList<RoleView> Roles,
    BodyContent? Body, IReadOnlyList<BriefItem> Briefs, IReadOnlyList<EventItem> Events, IReadOnlyList<LinkView> Mentions,
    IReadOnlyList<ReferenceView> References, string TimelineUrl, IReadOnlyDictionary<string, object?> Extra);

public sealed record EventListPage(IReadOnlyList<EventItem> Events, Pager Pager);

public sealed record EventPage(EventItem Event, IReadOnlyList<LinkView> Actors, BodyContent? Body, IReadOnlyList<BriefItem> Briefs, IReadOnlyList<LinkView> Tags,
    IReadOnlyList<LinkView> Mentions, IReadOnlyList<ReferenceView> References, IReadOnlyList<NeighbourView> Neighbours,
    IReadOnlyDictionary<string, object?> Extra);

public sealed record TagListPage(IReadOnlyList<TagView> Tags, Pager Pager);

/// <summary>A tag's page: its share of the tagged briefs, then events, of BriefCount and EventCount in all.</summary>
public sealed record TagPage(string Tag, IReadOnlyList<BriefItem> Briefs, IReadOnlyList<EventItem> Events, string TimelineUrl, int BriefCount, int EventCount, Pager Pager)
{
    /// <summary>The tag's briefs began on an earlier page.</summary>
    public bool BriefsContinued { get; init; }

    /// <summary>The tag's events began on an earlier page.</summary>
    public bool EventsContinued { get; init; }
}

/// <summary>
/// The citation index; View is "author" (sorted by author and title) or "publisher" (grouped).
/// Groups holds this page's share of the sources; Publishers links to where each publisher's begin.
/// </summary>
public sealed record SourceIndexPage(string View, IReadOnlyList<SourceGroup> Groups, IReadOnlyList<JumpLink> Publishers, int Total, int Cited, Pager Pager);

/// <param name="IndexUrl">The source's entry in the citation index, on the page that lists it ("sources/page-3.html#src-x").</param>
public sealed record SourcePage(SourceEntry Source, BodyContent? Body, IReadOnlyList<ReferenceView> References, IReadOnlyDictionary<string, object?> Extra, CiteView Cite,
    string IndexUrl)
{
    /// <summary>Every author, when the citation names only the first ("A et al."); empty otherwise.</summary>
    public IReadOnlyList<string> AuthorsInFull { get; init; } = [];

    /// <summary>The heading's own direction (<see cref="Markdown.BlockDirection.Of"/>): an English source on an Arabic site.</summary>
    public string? TitleDirection { get; init; }

    /// <summary>The work's language, which its own title is in (an untitled work's description is the site's).</summary>
    public string? TitleLanguage { get; init; }
}

/// <summary>A timeline's page: its share of the years' events; the picture of them all (Count) on the first page only.</summary>
public sealed record TimelinePage(string Heading, LinkView? ClearFilter, IReadOnlyList<YearGroup> Years, TrustedHtml Picture, string? PictureCountedPer,
    IReadOnlyList<LinkView> ActorFilters, IReadOnlyList<LinkView> TagFilters, int Count, Pager Pager)
{
    /// <summary>Whether the picture counts events (<see cref="PictureCountedPer"/>) instead of drawing each.</summary>
    public bool PictureAggregated => PictureCountedPer is not null;
}

public sealed record NotFoundPage(string Message);

/// <summary>The search page; the counts are its lists for readers without script or a search index.</summary>
public sealed record SearchPage(int BriefCount, int ActorCount, int EventCount, int SourceCount);
