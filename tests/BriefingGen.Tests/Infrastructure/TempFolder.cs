namespace BriefingGen.Tests.Infrastructure;

/// <summary>A fresh folder for one test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("briefinggen-test-").FullName;

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes the files of a TestSite string (content/... and templates/...) under this folder.</summary>
    public TempFolder WriteSite(string files)
    {
        var (content, templates) = TestSite.Split(files);
        foreach (var (name, text) in content) Write("content/" + name, text);
        foreach (var (name, text) in templates) Write("templates/" + name, text);
        return this;
    }

    /// <summary>Copies the repository's sample content/ into this folder's content/, for tests that change it.</summary>
    public TempFolder WithSampleContent()
    {
        var from = System.IO.Path.Combine(Repository.Root, "content");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = this["content/" + System.IO.Path.GetRelativePath(from, file)];
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return this;
    }

    public void Write(string relative, string text)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Every file below a folder with its bytes, for comparing whole trees.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
