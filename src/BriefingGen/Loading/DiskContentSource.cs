namespace BriefingGen.Loading;

/// <summary>
/// Reads a content folder without following links: a symbolic link, FIFO, socket or device is
/// reported as such, never opened, so content cannot reach files outside its folder or stall the
/// build. Only regular files whose names the content contract expects are opened at all.
/// </summary>
public sealed class DiskContentSource(string root) : IContentSource
{
    public string DisplayRoot { get; } = root.Replace('\\', '/').TrimEnd('/');

    public IEnumerable<ContentEntry> Entries() => Walk(new DirectoryInfo(root), "");

    /// <summary>
    /// What <see cref="Entries"/> gives for one path inside the folder ('/'-separated): its entry
    /// and, for a folder, everything inside it; nothing when the path is gone. For a watcher that
    /// knows which paths changed.
    /// </summary>
    public IEnumerable<ContentEntry> EntriesAt(string path)
    {
        var full = System.IO.Path.Combine(root, path);
        var file = new FileInfo(full);
        FileSystemInfo info = file.LinkTarget is null && Directory.Exists(full) ? new DirectoryInfo(full) : file;
        return info.Exists || info.LinkTarget is not null ? EntriesOf(info, path) : [];
    }

    private static IEnumerable<ContentEntry> Walk(DirectoryInfo folder, string prefix) =>
        folder.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal).SelectMany(info => EntriesOf(info, prefix + info.Name));

    private static IEnumerable<ContentEntry> EntriesOf(FileSystemInfo info, string path)
    {
        switch (FileKinds.Of(info))
        {
            case FileKind.SymbolicLink:
                yield return new ContentEntry(path, ContentEntryType.SymbolicLink, null);
                break;
            case FileKind.Special:
                yield return new ContentEntry(path, ContentEntryType.Special, null);
                break;
            case FileKind.Directory:
                yield return new ContentEntry(path, ContentEntryType.Directory, null);
                foreach (var entry in Walk((DirectoryInfo)info, path + "/")) yield return entry;
                break;
            default:
                yield return ContentLayout.IsExpectedFileName(path)
                    ? new ContentEntry(path, ContentEntryType.File, ReadCapped((FileInfo)info))
                    : new ContentEntry(path, ContentEntryType.Other, null);
                break;
        }
    }

    private static byte[] ReadCapped(FileInfo file)
    {
        // Read straight into the array: FileStream's own buffer would be one more allocation per file.
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var buffer = new byte[(int)Math.Min(file.Length, ContentLayout.MaxFileBytes + 1L)];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
