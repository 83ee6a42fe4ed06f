namespace BriefingGen.Model;

/// <summary>content/site.yml.</summary>
public sealed record SiteConfig(string Title, string? Description, string? BaseUrl, string Language, string? Author, IReadOnlyDictionary<string, object?> Extra)
{
    public static readonly IReadOnlyList<string> Lints = ["citations"];

    /// <summary>`lint: citations`: every build reports uncited claims, as `--lint citations` does.</summary>
    public bool LintCitations { get; init; }

    public const int DefaultPaginate = 100;

    /// <summary>`paginate`: how many entries a page of a long list shows (the briefs, events, actors and sources indexes, a tag's page, a timeline).</summary>
    public int Paginate { get; init; } = DefaultPaginate;

    /// <summary>The most `paginate` may be: any more, and a list of that many entries is no page a reader's browser opens quickly either.</summary>
    public const int MaxPaginate = 100_000;

    /// <summary>Stands in for a site.yml that failed to read, so the rest of the content is still checked.</summary>
    public static SiteConfig Placeholder { get; } = new("", null, null, "en", null, new Dictionary<string, object?>());

    /// <summary>
    /// "rtl" for a language written right to left (Arabic, Hebrew, Persian, Urdu, …, or any tag with
    /// the Arabic, Hebrew, Syriac or Thaana script), else "ltr": the page's base direction, which
    /// browsers do not infer from lang.
    /// </summary>
    /// <remarks>Read by the theme for every text whose direction it marks: read from the tag in place, without a string made.</remarks>
    public string Direction
    {
        get
        {
            var rest = Language.AsSpan();
            var primary = rest.IndexOf('-') is >= 0 and var dash ? rest[..dash] : rest;
            for (rest = rest[primary.Length..]; rest.Length > 0;)
            {
                rest = rest[1..];
                var subtag = rest.IndexOf('-') is >= 0 and var next ? rest[..next] : rest;
                if (subtag.Length == 4)
                    return IsAny(subtag, "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg") ? "rtl" : "ltr";
                rest = rest[subtag.Length..];
            }
            return IsAny(primary, "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "ji", "dv", "ckb", "syr", "arc") ? "rtl" : "ltr";
        }
    }

    private static bool IsAny(ReadOnlySpan<char> subtag, params ReadOnlySpan<string> codes)
    {
        foreach (var code in codes)
            if (subtag.Equals(code, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The path the site is published at, "/repo/" for https://org.github.io/repo/, or "/" without base_url.</summary>
    public string BasePath => BaseUrl is { } baseUrl ? new Uri(baseUrl).AbsolutePath.TrimEnd('/') + "/" : "/";

    /// <summary>The published address of a site-relative path, or null when base_url is not known.</summary>
    public string? AbsoluteUrl(string sitePath) => BaseUrl is { } baseUrl ? baseUrl.TrimEnd('/') + "/" + sitePath : null;
}
