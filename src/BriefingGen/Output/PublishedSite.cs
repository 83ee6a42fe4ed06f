namespace BriefingGen.Output;

/// <summary>
/// What an earlier build left in the output folder, read once before a build so that unchanged
/// files are recognised without a system call each, and removed ones are known at commit.
/// Paths are site-relative with '/'. Symbolic links are listed apart and never followed.
/// </summary>
public sealed class PublishedSite
{
    private readonly string _root;

    private PublishedSite(string root, Dictionary<string, long> files, List<string> folders, List<string> links)
    {
        _root = root;
        Files = files;
        Folders = folders;
        Links = links;
    }

    /// <summary>Regular files and their sizes.</summary>
    public IReadOnlyDictionary<string, long> Files { get; }

    public IReadOnlyList<string> Folders { get; }

    public IReadOnlyList<string> Links { get; }

    public static PublishedSite Read(string root)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        var folders = new List<string>();
        var links = new List<string>();
        var pending = new Stack<(DirectoryInfo Folder, string Prefix)>();
        pending.Push((new DirectoryInfo(root), ""));
        while (pending.Count > 0)
        {
            var (folder, prefix) = pending.Pop();
            foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                var path = prefix + entry.Name;
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) links.Add(path);
                else if (entry is DirectoryInfo sub)
                {
                    folders.Add(path);
                    pending.Push((sub, path + "/"));
                }
                else if (entry is FileInfo file) files[path] = file.Length;
            }
        }
        return new PublishedSite(root, files, folders, links);
    }

    /// <summary>True when the published file at path holds exactly these bytes.</summary>
    public bool HasSame(string path, byte[] bytes)
    {
        if (!Files.TryGetValue(path, out var length) || length != bytes.Length) return false;
        if (length == 0) return true;
        using var handle = File.OpenHandle(OutputPath.Resolve(_root, path));
        var published = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, published.AsSpan(read, bytes.Length - read), read) is var n and > 0) read += n;
            return read == bytes.Length && published.AsSpan(0, read).SequenceEqual(bytes);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(published);
        }
    }
}
