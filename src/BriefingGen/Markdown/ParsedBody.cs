using BriefingGen.Diagnostics;

namespace BriefingGen.Markdown;

/// <summary>
/// A parsed, checked body: what it refers to, in document order, its prose, its HTML with the holes
/// each page fills (<see cref="BodyHtml"/>), its top-level sections and its addresses from the site
/// root. The syntax tree is not kept.
/// </summary>
public sealed record ParsedBody(IReadOnlyList<LinkUse> Links, IReadOnlyList<CitationUse> Citations, IReadOnlyList<ProseBlock> Prose,
    BodyHtml Html, IReadOnlyList<BodySection> Sections, IReadOnlyList<RootRelativeAddress> RootRelative)
{
    public static ParsedBody Empty { get; } = new([], [], [], BodyHtml.Empty, [], []);

    /// <summary>A body refused with an error (nested too deep, too costly to parse): what it cites is not known.</summary>
    public static ParsedBody Refused { get; } = Empty with { IsRefused = true };

    public bool IsRefused { get; init; }

    /// <summary>"ltr" or "rtl" when all the body's letters run that way (see <see cref="BlockDirection"/>); null when it has both.</summary>
    public string? Direction { get; init; } = "ltr";

    /// <summary>Ordinary links whose text is written as a citation or a [[link]]: reported once the ids are known.</summary>
    public IReadOnlyList<IdInLinkText> IdsInLinkText { get; init; } = [];

    /// <summary>Citations with words before the '@' ("[see @id]"), shown as written: reported once it is known which ids are sources.</summary>
    public IReadOnlyList<PrefixedCitation> PrefixedCitations { get; init; } = [];

    /// <summary>Link addresses relative to the page ("../../timeline/index.html"): checked against the pages the site has once they are known.</summary>
    public IReadOnlyList<RelativeAddress> Relative { get; init; } = [];

    /// <summary>The ids of the body's headings, in order: the sections a [[id#section]] from another page may lead to, and the hints for one that leads nowhere.</summary>
    public IReadOnlyList<string> Anchors
    {
        get => _anchors;
        init => (_anchors, _anchorSet) = (value, null);
    }

    private readonly IReadOnlyList<string> _anchors = [];

    // Built on first use, as links are checked on both cores (two may build it; either serves): a page
    // of thousands of headings may be linked to thousands of times.
    private HashSet<string>? _anchorSet;

    /// <summary>
    /// The ids of the headings whose words hold '_' ("## snake_case_word" is "snake-case-word"): GitHub
    /// keeps the '_' in a heading's id, and a link copied from there names it so.
    /// </summary>
    public IReadOnlyList<string> UnderscoredAnchors { get; init; } = [];

    /// <summary>The ids of the images whose descriptions cite (<see cref="CitationUse.FigureId"/>), in order.</summary>
    public IEnumerable<string> FigureIds => Citations.Select(c => c.FigureId).OfType<string>().Distinct();

    /// <summary>Whether one of the body's headings, or a cited image, has this id: a link to either lands.</summary>
    public bool HasAnchor(string id) => (_anchorSet ??= _anchors.Concat(FigureIds).ToHashSet(StringComparer.Ordinal)).Contains(id);

    /// <summary>Links to a place on the body's own page ("#background"): checked against the page once it is rendered.</summary>
    public IReadOnlyList<FragmentLink> InPage { get; init; } = [];

    /// <summary>Ids the front matter names that its document does not carry (all of them, when it failed): checked with the body's.</summary>
    public IReadOnlyList<Model.NamedIds> UncheckedFrontMatter { get; init; } = [];

    /// <summary>This body with the front matter's unchecked ids; itself when there are none, as for nearly every file.</summary>
    public ParsedBody WithUnchecked(IReadOnlyList<Model.NamedIds> named) => named.Count == 0 ? this : this with { UncheckedFrontMatter = named };
}

/// <summary>A [[id]] written in a body.</summary>
public sealed record LinkUse(string TargetId, SourceLocation Location)
{
    /// <summary>The section linked to, "background" of [[id#background]]; null for the page itself.</summary>
    public string? Fragment { get; init; }
}

/// <summary>
/// A link or image address from the site root ("/briefs/b/"), reported once the ids are known, so
/// that one naming a document's page can suggest its [[id]].
/// </summary>
public sealed record RootRelativeAddress(string Url, bool IsImage, SourceLocation Location);

/// <summary>A link address relative to the page it is written on, with where it is written.</summary>
public sealed record RelativeAddress(string Url, SourceLocation Location)
{
    public bool IsImage { get; init; }
}

/// <summary>A link to a place on the page it is written on, "#background": Fragment is what follows the '#'.</summary>
public sealed record FragmentLink(string Fragment, SourceLocation Location);

/// <summary>
/// An id written as a link's text, "[@id](url)" or "[[id]](url)": an ordinary link to the address,
/// which neither cites nor links to the document. Only worth a word when the id names one (a
/// "[@handle](url)" to a social profile is meant as it is).
/// </summary>
public sealed record IdInLinkText(string Id, bool AsCitation, SourceLocation Location);

/// <summary>One source cited by a marker, with the locator and the passage relied on if given; Index orders all citations of a body.</summary>
public sealed record CitationUse(int Index, string SourceId, string? Locator, string? Quote, SourceLocation Location)
{
    /// <summary>
    /// The id of the image whose description holds it. That text is plain: it shows the numbers
    /// alone, and the reference list links back to the image.
    /// </summary>
    public string? FigureId { get; init; }
}
