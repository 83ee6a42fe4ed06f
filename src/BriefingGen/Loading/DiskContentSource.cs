namespace BriefingGen.Loading;

/// <summary>
/// Reads a content folder without following links: a symbolic link is reported as such, never
/// opened, so content cannot reach files outside its folder. Only files whose names the content
/// contract expects are opened at all.
/// </summary>
public sealed class DiskContentSource(string root) : IContentSource
{
    public string DisplayRoot { get; } = root.Replace('\\', '/').TrimEnd('/');

    public IEnumerable<ContentEntry> Entries() => Walk(new DirectoryInfo(root), "");

    private static IEnumerable<ContentEntry> Walk(DirectoryInfo folder, string prefix)
    {
        foreach (var info in folder.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            var path = prefix + info.Name;
            if (info.LinkTarget is not null)
            {
                yield return new ContentEntry(path, ContentEntryType.SymbolicLink, null);
            }
            else if (info is DirectoryInfo sub)
            {
                yield return new ContentEntry(path, ContentEntryType.Directory, null);
                foreach (var entry in Walk(sub, path + "/")) yield return entry;
            }
            else if (info is FileInfo file && ContentLayout.IsExpectedFileName(path))
            {
                yield return new ContentEntry(path, ContentEntryType.File, ReadCapped(file));
            }
            else
            {
                yield return new ContentEntry(path, ContentEntryType.Other, null);
            }
        }
    }

    private static byte[] ReadCapped(FileInfo file)
    {
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[(int)Math.Min(file.Length, ContentLayout.MaxFileBytes + 1L)];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
