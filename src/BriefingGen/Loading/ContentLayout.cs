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
        var folder = path.AsSpan(0, slash);
        foreach (var kind in DocumentKinds.All)
            if (folder.SequenceEqual(kind.Folder())) return kind;
        return null;
    }

    /// <summary>
    /// Why a file name is not a usable id, as the loader reports it (and `new` refuses it); null
    /// when it is one. A collision, when known, is named before the suggested name.
    /// </summary>
    /// <param name="typed">Typed as an id (`new brief Bad`), not found as a file's name: the advice is another id, not a rename.</param>
    /// <param name="collidesWithId">The collision is with a file whose name is an id (so the name it folds to is taken), not with another misnamed file.</param>
    /// <param name="collidesWithMany">The collision is with more than one other misnamed file.</param>
    public static string? IdProblem(string id, string? collision = null, bool typed = false, bool collidesWithId = false, bool collidesWithMany = false)
    {
        if (!Slug.IsValid(id))
        {
            var suggested = Slug.Suggest(id);
            var rename = suggested is null ? "rename it"
                : Slug.IsWindowsDeviceName(suggested) ? $"choose another name ('{suggested}' is a device name on Windows)"
                : Slug.Reserved.Contains(suggested) ? $"choose another name ('{suggested}' is reserved for the site's own pages and anchors)"
                : typed ? $"use the id '{suggested}'"
                // The name it folds to is the other file's: suggesting it led straight to BG1005.
                : collision is not null && collidesWithId ? $"rename it to a lowercase name no other file has ('{suggested}' is taken)"
                : collision is not null && collidesWithMany ? $"rename one of them to '{suggested}.md' and the others to names of their own"
                : collision is not null ? $"rename one of the two to '{suggested}.md' and the other to a name of its own"
                : $"rename it to '{suggested}.md'";
            var what = Slug.IsOnlyTooLong(id)
                ? $"is {id.Length} characters long, more than the {Slug.MaxLength} an id may have"
                : "is not a valid id (lowercase ASCII letters, digits and single hyphens)";
            return $"{(typed ? "id" : "file name")} '{id}' {what}{(collision is null ? "" : "; " + collision)}; {rename}";
        }
        if (Slug.IsWindowsDeviceName(id))
            return $"'{id}' is a device name on Windows ({Slug.WindowsDeviceNames}), so the site could not be checked out or built there; choose another {(typed ? "id" : "file name")}";
        return Slug.Reserved.Contains(id) ? $"'{id}' is reserved for the site's own pages and anchors; choose another {(typed ? "id" : "file name")}" : null;
    }

    /// <summary>
    /// An id with look-alike characters folded: two ids that share a skeleton ("cast1llo",
    /// "castillo") are a trap for readers and contributors. A '1' reads as an 'i' and as an 'l', so
    /// an id with one has two skeletons; 'i' and 'l' themselves are told apart ("it" and "lt" are
    /// both country codes).
    /// </summary>
    public static IReadOnlyList<string> Skeletons(string id)
    {
        var asI = Fold(id, '1', 'i');
        return id.Contains('1') ? [asI, Fold(id, '1', 'l')] : [asI];
    }

    private static string Fold(string id, char from, char to) =>
        string.Create(id.Length, (id, from, to), static (skeleton, state) =>
        {
            for (var i = 0; i < state.id.Length; i++)
                skeleton[i] = state.id[i] switch { '0' => 'o', '5' => 's', var c when c == state.from => state.to, var c => c };
        }).Replace("rn", "m");

    /// <summary>Whether two ids read alike (<see cref="Skeletons"/>).</summary>
    public static bool LookAlike(string id, string other) => Skeletons(id).Intersect(Skeletons(other), StringComparer.Ordinal).Any();

    /// <summary>
    /// Names that are not content and are left out without a word, as Hugo and git tooling do: hidden
    /// files and folders (.gitkeep, .DS_Store, .git, vim's .x.md.swp, emacs's .#x.md lock), editor
    /// backups (x.md~, emacs's #x.md#) and JetBrains' safe-write copies (x.md___jb_tmp___,
    /// x.md___jb_old___). Reporting them failed every build while a brief was open in an editor.
    /// </summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal);

    /// <summary>Whether a '/'-separated path inside the content folder is, or is inside, an ignored name.</summary>
    public static bool IsIgnoredPath(string path) => path.Split('/').Any(IsIgnored);

    /// <summary>A content path as diagnostics and notes show it: the content folder as given, then the path ("content/site.yml").</summary>
    public static string Shown(string displayRoot, string path) => displayRoot.Length == 0 ? path : $"{displayRoot}/{path}";

    public static bool IsKindFolder(string path) => KindOfFolder(path) is not null;

    /// <summary>The kind whose documents a top-level folder holds ("briefs"), or null.</summary>
    public static DocumentKind? KindOfFolder(string path)
    {
        foreach (var kind in DocumentKinds.All)
            if (kind.Folder() == path) return kind;
        return null;
    }
}
