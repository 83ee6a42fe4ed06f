using BriefingGen.Markdown;

namespace BriefingGen.Rendering.Pages;

// What templates see. Every URL here is site-relative; templates prefix it with `root`, so links
// work from disk and under any sub-path. Text is plain and escaped when printed; only
// TrustedHtml fields hold markup we produced.

public sealed record LinkView(string Url, string Title)
{
    public string? TitleDirection => BlockDirection.Of(Title);
}

public sealed record DateView(string Iso, string Display);

/// <summary>An event's date as shown: "c. 2019", "Dec 2019 – Jan 2020", "23–29 Mar 2021".</summary>
/// <param name="StartInPeriod">The start as a period shows it, without what its end says again: "23" in "23–29 Mar 2021"; the whole start without an end.</param>
/// <param name="Dash">What goes between the ends: "–" between like and like ("23–29", "2015–2017"), else " – "; "" without an end.</param>
public sealed record WhenView(DateView Start, DateView? End, bool Circa, string StartInPeriod, string Dash)
{
    public string Display => (Circa ? "c. " : "") + StartInPeriod + (End is null ? "" : Dash + End.Display);
}

/// <summary>A brief in a list; Tags holds the first few, MoreTags counts the rest (all are on the brief's page).</summary>
public sealed record BriefItem(string Id, string Url, string Title, DateView Date, string Summary, IReadOnlyList<LinkView> Tags, bool Draft, int MoreTags)
{
    /// <summary>The title's own direction, "rtl" or "ltr" (<see cref="BlockDirection.Of"/>): a theme marks a title written against the site's.</summary>
    public string? TitleDirection => BlockDirection.Of(Title);

    public string? SummaryDirection => BlockDirection.Of(Summary);
}

/// <summary>An event in a list; Actors and Briefs hold the first few, More* count the rest (all are on the event's page).</summary>
public sealed record EventItem(string Id, string Url, string Title, WhenView When, string? Location, string? Summary,
    IReadOnlyList<LinkView> Actors, IReadOnlyList<LinkView> Briefs, int MoreActors, int MoreBriefs)
{
    public string? TitleDirection => BlockDirection.Of(Title);

    public string? SummaryDirection => BlockDirection.Of(Summary);
}

public sealed record ActorItem(string Id, string Url, string Name, string Kind, string? Summary)
{
    public string? NameDirection => BlockDirection.Of(Name);

    public string? SummaryDirection => BlockDirection.Of(Summary);
}

public sealed record RoleView(string Title, LinkView? Of, string? Period)
{
    public string? TitleDirection => BlockDirection.Of(Title);

    /// <summary>
    /// The title around the name of the actor the role is held at, where the title says it: "Prime
    /// Minister of Norway" at Norway links its own "Norway" rather than reading "Prime Minister of
    /// Norway, Norway".
    /// </summary>
    public NameInTitle? OfInTitle { get; init; }
}

/// <summary>A title cut around one name it holds, as written there.</summary>
public sealed record NameInTitle(string Before, string Name, string After)
{
    /// <summary>
    /// The first of <paramref name="names"/> (longest first) that stands as whole words in
    /// <paramref name="title"/>, as written: in any case, the African Union's "AU" was found in
    /// "Représentant spécial au Sahel".
    /// </summary>
    public static NameInTitle? Find(string title, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            for (var at = title.IndexOf(name, StringComparison.Ordinal); at >= 0; at = title.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(title[at - 1])) && (end == title.Length || !char.IsLetterOrDigit(title[end])))
                    return new NameInTitle(title[..at], title[at..end], title[end..]);
            }
        }
        return null;
    }
}

/// <summary>A link back to one marker, with what that marker pointed at: a locator, a quoted passage.</summary>
public sealed record BackrefView(string Href, string Label, string? Locator, string? Quote)
{
    public string? QuoteDirection => BlockDirection.Of(Quote);
}

/// <summary>A reference entry; Quote is the source's own passage relied on (its `quote:`).</summary>
public sealed record ReferenceView(string SourceId, int Number, TrustedHtml Citation, string SourceUrl, string? Quote, IReadOnlyList<BackrefView> Backrefs)
{
    /// <summary>Some use gives a locator or the passage relied on: content a reader needs in view and in print, not folded away.</summary>
    public bool Annotated { get; } = Backrefs.Any(b => b.Locator is not null || b.Quote is not null);

    public string? QuoteDirection => BlockDirection.Of(Quote);

    /// <summary>The work's language (<see cref="Model.Source.Language"/>), which its title and passage are in.</summary>
    public string? Language { get; init; }
}

/// <summary>A page citing a source, linking to that source's entry in the page's reference list.</summary>
public sealed record CitingPage(string Url, string Title, string Kind, int Number)
{
    public string? TitleDirection => BlockDirection.Of(Title);
}

public sealed record SourceEntry(string Id, string Url, TrustedHtml Citation, string Kind, string Publisher, IReadOnlyList<CitingPage> CitedIn, string? Quote)
{
    public string? QuoteDirection => BlockDirection.Of(Quote);

    /// <summary>The work's language (<see cref="Model.Source.Language"/>), which its title and passage are in.</summary>
    public string? Language { get; init; }
}

/// <summary>A group's entries on one page of a list; Continued when the group began on an earlier page.</summary>
public sealed record SourceGroup(string Name, string Anchor, IReadOnlyList<SourceEntry> Sources, bool Continued = false)
{
    public string? NameDirection => BlockDirection.Of(Name);
}

/// <inheritdoc cref="SourceGroup"/>
public sealed record ActorGroup(string Kind, string Heading, IReadOnlyList<ActorItem> Actors, bool Continued = false);

/// <summary>A link to where a group of a list begins, on whichever page that is ("sources/by-publisher/page-3.html#publisher_7"), with how many entries it has.</summary>
public sealed record JumpLink(string Name, string Url, int Count)
{
    public string? NameDirection => BlockDirection.Of(Name);
}

public sealed record TagView(string Tag, string Url, int Count);

/// <summary>A month's events on one page of a timeline; Continued when the month began on an earlier page.</summary>
public sealed record MonthGroup(string Label, string Anchor, IReadOnlyList<EventItem> Events, bool Continued = false);

/// <inheritdoc cref="MonthGroup"/>
public sealed record YearGroup(int Year, string Anchor, IReadOnlyList<MonthGroup> Months, bool Continued = false)
{
    /// <summary>The year as dates show it ("987 CE"): a heading "987" above "2 Nov 987 CE" read as another number.</summary>
    public string Label => Model.PartialDate.Shown(Year);
}

/// <summary>The events before and after one event, overall or in one actor's timeline.</summary>
public sealed record NeighbourView(string Scope, LinkView? ScopeLink, EventItem? Previous, EventItem? Next);

/// <summary>"Cite this": the formatted citation and its BibTeX and RIS files (site-relative).</summary>
public sealed record CiteView(TrustedHtml Citation, string BibUrl, string RisUrl);

public sealed record CorrectionView(DateView Date, string Text);
