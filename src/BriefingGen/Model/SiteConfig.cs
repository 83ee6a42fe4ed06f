namespace BriefingGen.Model;

/// <summary>content/site.yml.</summary>
public sealed record SiteConfig(string Title, string? Description, string? BaseUrl, string Language, string? Author, IReadOnlyDictionary<string, object?> Extra)
{
    public static readonly IReadOnlyList<string> Lints = ["citations"];

    /// <summary>`lint: citations`: every build reports uncited claims, as `--lint citations` does.</summary>
    public bool LintCitations { get; init; }

    /// <summary>Stands in for a site.yml that failed to read, so the rest of the content is still checked.</summary>
    public static SiteConfig Placeholder { get; } = new("", null, null, "en", null, new Dictionary<string, object?>());

    /// <summary>The published address of a site-relative path, or null when base_url is not known.</summary>
    public string? AbsoluteUrl(string sitePath) => BaseUrl is { } baseUrl ? baseUrl.TrimEnd('/') + "/" + sitePath : null;
}
