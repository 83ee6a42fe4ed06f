namespace BriefingGen.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The checkout's root folder (the one holding BriefingGen.sln).</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "BriefingGen.sln"))) return folder.FullName;
        throw new InvalidOperationException("BriefingGen.sln not found above " + AppContext.BaseDirectory);
    }
}
