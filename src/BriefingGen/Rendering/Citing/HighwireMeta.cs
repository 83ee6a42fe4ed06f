namespace BriefingGen.Rendering.Citing;

/// <summary>A meta element of a page's head: name and content, both escaped when printed.</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>
/// The citation_* meta of Google Scholar's inclusion guidelines, which Zotero reads too: on a brief
/// page they describe the brief (at its published address), on a source page the source (at its own).
/// </summary>
public static class HighwireMeta
{
    public static IReadOnlyList<MetaTag> Of(CitationRecord record)
    {
        var meta = new List<MetaTag>();
        // An untitled work gets no citation_title: a reference manager would store the description as its title.
        if (record.Title is { } title) meta.Add(new MetaTag("citation_title", title));
        meta.AddRange(record.Authors.Select(a => new MetaTag("citation_author", a.Natural)));
        if (record.Date is { } date) meta.Add(new MetaTag("citation_publication_date", date.Iso.Replace('-', '/')));
        if (record.Container is { } container) meta.Add(new MetaTag("citation_publisher", container));
        if (record.Url is { } url) meta.Add(new MetaTag("citation_public_url", url));
        if (record.Language is { } language) meta.Add(new MetaTag("citation_language", language));
        return meta;
    }
}
