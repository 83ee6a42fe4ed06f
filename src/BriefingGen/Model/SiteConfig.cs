namespace BriefingGen.Model;

/// <summary>content/site.yml.</summary>
public sealed record SiteConfig(string Title, string? Description, string? BaseUrl, string Language, string? Author, IReadOnlyDictionary<string, object?> Extra);
