using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>A document file that passed the file-level checks: its kind and id are known.</summary>
public sealed record DocumentFile(DocumentKind Kind, string Id, ContentFile File);

public sealed record LoadedContent(ContentFile? SiteConfig, IReadOnlyList<DocumentFile> Documents)
{
    /// <summary>
    /// Files refused because an earlier one has their id: what they were meant as, so that a
    /// reference meant for one ("events: [x]", where x is also a brief) is not also an error of its own.
    /// </summary>
    public IReadOnlyList<DocumentFile> Duplicates { get; init; } = [];
}
