using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>A document file that passed the file-level checks: its kind and id are known.</summary>
public sealed record DocumentFile(DocumentKind Kind, string Id, ContentFile File);

public sealed record LoadedContent(ContentFile? SiteConfig, IReadOnlyList<DocumentFile> Documents)
{
    /// <summary>
    /// The id and kind of each file refused with an error of its own: one whose id an earlier file
    /// has, one too large or not UTF-8. What it was meant as, so that a reference meant for it
    /// ("events: [x]", where x is also a brief; a citation of a source too large to read) is not also
    /// an error of its own.
    /// </summary>
    public IReadOnlySet<(string Id, DocumentKind Kind)> Refused { get; init; } = new HashSet<(string, DocumentKind)>();

    /// <summary>
    /// The kinds whose folder the build may not list (BG1008): any id of such a kind may be a file it
    /// could not see, so a reference to an unknown one is not also an error of its own.
    /// </summary>
    public IReadOnlySet<DocumentKind> Unlisted { get; init; } = new HashSet<DocumentKind>();
}
