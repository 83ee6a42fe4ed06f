namespace BriefingGen.Model;

/// <summary>
/// Common to briefs, actors, events and sources: an id and the file it came from. The Markdown body
/// is read beside it (<see cref="Markdown.ParsedBody"/>), not held by it.
/// </summary>
public abstract record Document(string Id, string Path, IReadOnlyDictionary<string, object?> Extra)
{
    public abstract DocumentKind Kind { get; }

    /// <summary>What a link to this document shows by default: a title or a name.</summary>
    public abstract string Title { get; }

    /// <summary>Site-relative address of the document's page, with an explicit index.html so it opens from disk.</summary>
    /// <remarks>Made once, by each kind (<see cref="UrlOf"/>): pages, feeds and lists ask for it many times a build.</remarks>
    public abstract string Url { get; }

    /// <summary>
    /// Ids the document had before it was renamed (former_ids): each old address is kept as a page
    /// that sends readers on, so links and bookmarks from elsewhere still work.
    /// </summary>
    public IReadOnlyList<Ref> FormerIds { get; init; } = [];

    /// <summary>The id it was first published under (former_ids are listed oldest first): what a feed entry's id and a calendar's UID keep.</summary>
    public string FirstId => FormerIds.Count > 0 ? FormerIds[0].Id : Id;

    public static string UrlOf(DocumentKind kind, string id) => $"{kind.Folder()}/{id}/index.html";
}

/// <summary>The Markdown after the front matter, and the 1-based file line it starts on.</summary>
public sealed record DocumentBody(string Markdown, int FirstLine);
