using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>A document file that passed the file-level checks: its kind and id are known.</summary>
public sealed record DocumentFile(DocumentKind Kind, string Id, ContentFile File);

public sealed record LoadedContent(ContentFile? SiteConfig, IReadOnlyList<DocumentFile> Documents)
{
    /// <summary>
    /// The id and kind of each file refused because an earlier one has its id: what it was meant as,
    /// so that a reference meant for it ("events: [x]", where x is also a brief) is not also an error of its own.
    /// </summary>
    public IReadOnlySet<(string Id, DocumentKind Kind)> Duplicates { get; init; } = new HashSet<(string, DocumentKind)>();
}
