namespace BriefingGen.Output;

/// <summary>Checks a site-relative path before anything is written, so no write can leave the output folder.</summary>
public static class OutputPath
{
    public static void EnsureSafe(string path)
    {
        if (!IsSafe(path)) throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
    }

    /// <summary>A path of '/'-separated names, none empty, '.' or '..', without '\\', ':' or NUL, which mean other things on some systems.</summary>
    public static bool IsSafe(string path) =>
        path.Length > 0 && !path.Contains('\\') && !path.Contains(':') && !path.Contains('\0') && !path.Split('/').Any(s => s is "" or "." or "..");

    /// <summary>The full path of a site-relative path under root, checked to stay inside it.</summary>
    public static string Resolve(string root, string path)
    {
        EnsureSafe(path);
        var full = Path.GetFullPath(Path.Combine(root, path));
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
        return full;
    }
}
