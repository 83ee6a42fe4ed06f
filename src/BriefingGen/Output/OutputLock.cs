namespace BriefingGen.Output;

/// <summary>
/// Keeps a second build from writing into the same output folder while one is at it (it would
/// delete the first one's staging folder under it). The lock is the operating system's, held on
/// a file next to the staging folder ("site.building.lock") for as long as this object lives: it is
/// released when the build ends or its process dies, so it never goes stale, and the file is
/// deleted when the build closes it.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>The lock file of an output folder: the staging folder's name with ".lock".</summary>
    public static string PathFor(string output) => OneName(output) + ".building.lock";

    /// <summary>
    /// "site", "site/." and "./site//" are one folder, so they take one lock: named from the full
    /// path, and shown relative when given so and below the working folder. Taken from the text
    /// alone, "site/." (or ".") put its lock inside the site, where a second build took it as well
    /// and deleted it as a stray file.
    /// </summary>
    private static string OneName(string output)
    {
        var full = OutputGuard.Normalise(output);
        if (Path.IsPathRooted(output)) return full;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }

    /// <summary>Takes the output folder's lock; null when another build holds it.</summary>
    public static OutputLock? TryTake(string output)
    {
        var path = Path.GetFullPath(PathFor(output));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Opened as a file, a folder there is only "access denied".
        if (Directory.Exists(path))
            throw new IOException($"'{PathFor(output)}' is a folder, where the build keeps its lock file; remove it (a build never makes it)");
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose));
        }
        catch (IOException e) when (HeldByAnother(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Windows refuses the open with a sharing or lock violation; elsewhere .NET locks the file with
    /// flock, which fails with EWOULDBLOCK (11 on Linux, 35 on macOS and the BSDs), given as the HResult.
    /// </summary>
    private static bool HeldByAnother(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33 : e.HResult == (OperatingSystem.IsLinux() ? 11 : 35);

    public void Dispose() => _file.Dispose();
}
