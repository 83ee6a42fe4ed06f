using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Citing;

/// <summary>
/// What a reference manager needs to cite a brief or a source, one shape for both, so BibTeX,
/// RIS and the page's citation meta say the same. Title is null for an untitled work, whose
/// Description then says what it is.
/// </summary>
public sealed record CitationRecord(
    string Key, string Kind, string? Title, string? Description, IReadOnlyList<PersonName> Authors,
    string? Container, PartialDate? Date, PartialDate? Updated, string? Url, PartialDate? Accessed)
{
    /// <summary>Kind "brief" for our own briefs; a source keeps its kind (article, report, …).</summary>
    public const string BriefKind = "brief";

    /// <summary>The language of the work (a tag), when known: the site's for a brief, a source's own language:.</summary>
    public string? Language { get; init; }

    /// <summary>A brief as published on this site; its address is known only with a base_url.</summary>
    public static CitationRecord Of(Brief brief, SiteConfig site) => new(
        brief.Id, BriefKind, brief.Title, null,
        // Brief authors are written as shown ("Jane Doe", "Sample team"): kept whole, never split into family and given names.
        brief.Authors.Select(a => new PersonName(a, null)).ToList(),
        site.Title, brief.Date, brief.Updated, site.AbsoluteUrl(brief.Url), null) { Language = site.Language };

    public static CitationRecord Of(Source source) => new(
        source.Id, source.SourceKind, source.SourceTitle, source.Untitled ? source.Title : null, source.Authors,
        source.Publisher, source.Published, null, source.WebUrl, source.Accessed) { Language = source.Language };

    /// <summary>Where the .bib and .ris files of a page go: beside its index.html, named after the id.</summary>
    public static string FilePath(Document document, string extension) => $"{document.Kind.Folder()}/{document.Id}/{document.Id}.{extension}";
}
