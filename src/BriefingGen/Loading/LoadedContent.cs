using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>A document file that passed the file-level checks: its kind and id are known.</summary>
public sealed record DocumentFile(DocumentKind Kind, string Id, ContentFile File);

public sealed record LoadedContent(ContentFile? SiteConfig, IReadOnlyList<DocumentFile> Documents);
