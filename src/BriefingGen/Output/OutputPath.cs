namespace BriefingGen.Output;

/// <summary>Checks a site-relative path before anything is written, so no write can leave the output folder.</summary>
public static class OutputPath
{
    public static void EnsureSafe(string path)
    {
        if (!IsSafe(path)) throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
    }

    /// <summary>A path of '/'-separated names, none empty, '.' or '..', without '\\', ':' or NUL, which mean other things on some systems.</summary>
    public static bool IsSafe(string path) => !path.Contains('\\') && !path.Contains(':') && HasPlainNames(path);

    private static bool HasPlainNames(string path) => path.Length > 0 && !path.Contains('\0') && !path.Split('/').Any(s => s is "" or "." or "..");

    /// <summary>The full path of a site-relative path under root, checked to stay inside it.</summary>
    public static string Resolve(string root, string path)
    {
        EnsureSafe(path);
        return Inside(root, path);
    }

    /// <summary>
    /// The full path of an entry read from the folder under root (<see cref="PublishedSite"/>), to
    /// remove: its names may hold ':' or '\' (a Windows "x:Zone.Identifier" copied in), which a
    /// build never writes but which name a file here as any other character does.
    /// </summary>
    public static string ResolveListed(string root, string path)
    {
        if (!HasPlainNames(path)) throw new InvalidOperationException($"refusing to remove outside the output folder: '{path}'");
        // Where '\' is no separator (Linux, macOS) it is part of a name; the result is checked to stay inside either way.
        return Inside(root, path);
    }

    private static string Inside(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
        return full;
    }
}
