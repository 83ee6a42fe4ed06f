namespace BriefingGen.Output;

/// <summary>
/// Refuses output folders a build must never replace: the file-system root, the home folder, a
/// repository, the content or templates folder (or one holding them), a symbolic link, or a
/// non-empty folder that an earlier build of ours did not make.
/// </summary>
public static class OutputGuard
{
    public const string MarkerFile = ".briefinggen-output";

    /// <summary>Null when the folder may be used; otherwise why not.</summary>
    public static string? Check(string output, string content, string? templates)
    {
        var full = Normalise(output);
        if (Path.GetPathRoot(full) == full || full == "/") return $"'{output}' is the root of the file system";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Normalise(home) == full) return $"'{output}' is your home folder";
        foreach (var (name, folder) in new[] { ("content", content), ("templates", templates) })
        {
            if (folder is null) continue;
            var other = Normalise(folder);
            if (other == full) return $"'{output}' is the {name} folder";
            if (IsInside(other, full)) return $"'{output}' holds the {name} folder '{folder}', which the build would replace";
            if (IsInside(full, other)) return $"'{output}' is inside the {name} folder '{folder}'";
        }
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null) return $"'{output}' is a symbolic link";
        if (File.Exists(full)) return $"'{output}' is a file, not a folder";
        if (!info.Exists) return null;
        if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git"))) return $"'{output}' holds a .git repository";
        if (info.EnumerateFileSystemInfos().Any() && !File.Exists(Path.Combine(full, MarkerFile)))
            return $"'{output}' is not empty and was not made by BriefingGen (no {MarkerFile} file); choose an empty or new folder";
        return null;
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string inner, string outer) =>
        inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
