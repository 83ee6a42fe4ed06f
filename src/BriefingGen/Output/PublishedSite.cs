namespace BriefingGen.Output;

/// <summary>
/// What an earlier build left in the output folder, read once before a build so that unchanged
/// files are recognised without a system call each, and removed ones are known at commit.
/// Paths are site-relative with '/'. Symbolic links are listed apart and never followed.
/// </summary>
public sealed class PublishedSite
{
    private readonly string _root;

    private readonly Dictionary<string, DateTime> _modified;

    private PublishedSite(string root, Dictionary<string, long> files, Dictionary<string, DateTime> modified, List<string> folders, List<string> links)
    {
        _root = root;
        Files = files;
        _modified = modified;
        Folders = folders;
        Links = links;
    }

    /// <summary>Regular files and their sizes.</summary>
    public IReadOnlyDictionary<string, long> Files { get; }

    /// <summary>What the marker file says (see <see cref="StagedDirectoryOutput"/>), or null when there is none.</summary>
    public string? Marker => Files.ContainsKey(OutputGuard.MarkerFile) ? File.ReadAllText(OutputPath.Resolve(_root, OutputGuard.MarkerFile)) : null;

    public IReadOnlyList<string> Folders { get; }

    public IReadOnlyList<string> Links { get; }

    /// <summary>Every file but the marker, with its size, as one hash: a file added, removed or resized since changes it.</summary>
    public string Fingerprint() => Fingerprint(Files, Links);

    /// <summary>The same hash for a list of files known without reading the folder (the marker, if listed, is left out).</summary>
    public static string Fingerprint(IReadOnlyDictionary<string, long> files, IEnumerable<string> links)
    {
        var text = new System.Text.StringBuilder();
        foreach (var path in files.Keys.Where(p => p != OutputGuard.MarkerFile).Order(StringComparer.Ordinal))
            text.Append(path).Append('\0').Append(files[path]).Append('\n');
        foreach (var link in links.Order(StringComparer.Ordinal)) text.Append(link).Append("\0link\n");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>True when some file was written after the marker: a build writes the marker last, so that file was changed since.</summary>
    public bool WrittenAfterMarker() =>
        _modified.TryGetValue(OutputGuard.MarkerFile, out var marker) && _modified.Values.Any(time => time > marker);

    public static PublishedSite Read(string root)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        var modified = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var folders = new List<string>();
        var links = new List<string>();
        var undecodable = new List<string>();
        var pending = new Stack<(DirectoryInfo Folder, string Prefix)>();
        pending.Push((new DirectoryInfo(root), ""));
        while (pending.Count > 0)
        {
            var (folder, prefix) = pending.Pop();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                var path = prefix + entry.Name;
                // Its bytes were read with '\uFFFD' for what is not UTF-8: that name finds no file, to keep or to
                // remove, or finds another whose name holds a real U+FFFD (read twice, that one would be removed).
                if (entry.Name.Contains('\uFFFD') && (!Path.Exists(entry.FullName) || !names.Add(entry.Name)))
                {
                    undecodable.Add(Path.Combine(root, path));
                    continue;
                }
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) links.Add(path);
                else if (entry is DirectoryInfo sub)
                {
                    folders.Add(path);
                    pending.Push((sub, path + "/"));
                }
                else if (entry is FileInfo file)
                {
                    files[path] = file.Length;
                    modified[path] = file.LastWriteTimeUtc;
                }
            }
        }
        // All of them at once, so one round of deleting by hand is enough.
        if (undecodable.Count > 0)
            throw new IOException($"{string.Join(", ", undecodable.Order(StringComparer.Ordinal).Take(5).Select(p => $"'{p}'"))}{(undecodable.Count > 5 ? $" and {undecodable.Count - 5} more" : "")} "
                + $"{(undecodable.Count == 1 ? "has a name" : "have names")} that {(undecodable.Count == 1 ? "is" : "are")} not valid UTF-8, so a build can neither keep nor remove {(undecodable.Count == 1 ? "it" : "them")}; delete {(undecodable.Count == 1 ? "it" : "them")} and build again");
        return new PublishedSite(root, files, modified, folders, links);
    }

    private const int ComparedAtOnce = 64 * 1024;

    /// <summary>True when the published file at path holds exactly these bytes.</summary>
    public bool HasSame(string path, ReadOnlySpan<byte> bytes)
    {
        if (!Files.TryGetValue(path, out var length) || length != bytes.Length) return false;
        if (length == 0) return true;
        using var handle = File.OpenHandle(OutputPath.Resolve(_root, path));
        // Compared a piece at a time: a list page of a large site runs to megabytes, and a buffer
        // that size, rented for it, would stay in the pool for the rest of the build.
        var published = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, ComparedAtOnce));
        try
        {
            var at = 0;
            while (at < bytes.Length)
            {
                var read = RandomAccess.Read(handle, published.AsSpan(0, Math.Min(published.Length, bytes.Length - at)), at);
                if (read <= 0 || !published.AsSpan(0, read).SequenceEqual(bytes.Slice(at, read))) return false;
                at += read;
            }
            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(published);
        }
    }
}
