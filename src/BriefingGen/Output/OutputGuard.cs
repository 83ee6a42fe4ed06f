namespace BriefingGen.Output;

/// <summary>
/// Refuses output folders a build must never replace: the file-system root, the home folder, a
/// repository, the content or templates folder (or one holding them, or one inside them), a
/// symbolic link, a file, or a non-empty folder that an earlier build of ours did not make.
/// </summary>
public static class OutputGuard
{
    public const string MarkerFile = ".briefinggen-output";

    /// <summary>Null when the folder may be used; otherwise the refusal as a sentence naming the folder and the reason.</summary>
    public static string? Check(string output, string content, string? templates) =>
        Reason(output, content, templates) is { } reason ? $"refusing to build into '{output}': {reason}" : null;

    private static string? Reason(string output, string content, string? templates)
    {
        // Path.GetFullPath refuses an empty path with an exception.
        // A folder named " " is legal, and always a script's empty variable.
        if (string.IsNullOrWhiteSpace(output)) return "no folder was named; give one with --output DIR";
        var full = Normalise(output);
        // Folders are compared where they really are: a path through a linked folder can name the content folder.
        var real = Real(full);
        // The root keeps its separator when trimmed, so "/" and "C:\" both equal their own root.
        if (Path.GetPathRoot(real) == real) return "it is the root of the file system";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Real(Normalise(home)) == real) return "it is your home folder";
        foreach (var (name, folder) in new[] { ("content", content), ("templates", templates) })
        {
            if (folder is null) continue;
            var other = Real(Normalise(folder));
            if (other == real) return $"it is the {name} folder";
            if (IsInside(other, real)) return $"it holds the {name} folder '{folder}', which the build would replace";
            if (IsInside(real, other)) return $"it is inside the {name} folder '{folder}', which a build must never write into";
        }
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null) return "it is a symbolic link";
        if (File.Exists(full)) return "it is a file, not a folder";
        if (!info.Exists) return LevelsUpToAFile(real) is { } levels ? $"'{Above(output, levels)}' is a file, so no folder can be made inside it" : null;
        if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git"))) return "it holds a .git repository";
        if (info.EnumerateFileSystemInfos().Any() && !File.Exists(Path.Combine(full, MarkerFile)))
            return $"it is not empty and was not made by BriefingGen (it has no {MarkerFile} file); choose an empty or new folder";
        return null;
    }

    /// <summary>How many levels above a folder still to be made the nearest existing path is, when that is a file (the folder could not be made).</summary>
    private static int? LevelsUpToAFile(string real)
    {
        var levels = 1;
        for (var above = Path.GetDirectoryName(real); above is not null; above = Path.GetDirectoryName(above), levels++)
        {
            if (Directory.Exists(above)) return null;
            if (File.Exists(above)) return levels;
        }
        return null;
    }

    /// <summary>The path as it was written, so many levels up: "a-file" for "a-file/site", one level up.</summary>
    private static string Above(string written, int levels)
    {
        var path = Path.TrimEndingDirectorySeparator(written);
        for (var i = 0; i < levels; i++) path = Path.GetDirectoryName(path) ?? path;
        return path;
    }

    /// <summary>A folder's full path without a trailing separator: "site", "site/." and "./site//" are one folder.</summary>
    public static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>A full path with every link along it followed; the part that does not exist yet is kept as written.</summary>
    private static string Real(string full)
    {
        var real = Path.GetPathRoot(full)!;
        var rest = new Queue<string>(Folders(full));
        // A link's target may run through other links, so it is walked again; as for the system, 40 links are enough.
        for (var links = 0; rest.TryDequeue(out var part);)
        {
            real = Path.Combine(real, part);
            var info = new DirectoryInfo(real);
            // LinkTarget is null for a folder that is no link or does not exist.
            if (info.LinkTarget is not { } target) continue;
            if (++links > 40) throw new IOException($"'{full}' runs through too many symbolic links");
            var next = Path.GetFullPath(target, Path.GetDirectoryName(real)!);
            rest = new Queue<string>(Folders(next).Concat(rest));
            real = Path.GetPathRoot(next)!;
        }
        return Path.TrimEndingDirectorySeparator(real);
    }

    /// <summary>The names of a full path's folders below its root.</summary>
    private static string[] Folders(string full) =>
        full[Path.GetPathRoot(full)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsInside(string inner, string outer) =>
        inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
