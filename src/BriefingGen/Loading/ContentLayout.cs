using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Where each kind of content lives and what a valid id looks like.</summary>
public static class ContentLayout
{
    public const string SiteConfigPath = "site.yml";

    /// <summary>A file above this size is an error; it keeps one contribution from stalling the build.</summary>
    public const int MaxFileBytes = 512 * 1024;

    /// <summary>True for site.yml and for a .md file directly inside one of the four kind folders.</summary>
    public static bool IsExpectedFileName(string path) =>
        path == SiteConfigPath || KindOf(path) is not null;

    /// <summary>The kind a path belongs to by its folder, for "kind/name.md"; null otherwise.</summary>
    public static DocumentKind? KindOf(string path)
    {
        var slash = path.IndexOf('/');
        if (slash < 0 || path.IndexOf('/', slash + 1) >= 0 || !path.EndsWith(".md", StringComparison.Ordinal)) return null;
        var folder = path[..slash];
        return DocumentKinds.All.Cast<DocumentKind?>().FirstOrDefault(k => k!.Value.Folder() == folder);
    }

    public static bool IsKindFolder(string path) => DocumentKinds.All.Any(k => k.Folder() == path);
}
