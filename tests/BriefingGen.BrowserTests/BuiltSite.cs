using BriefingGen.Cli;
using BriefingGen.Search;

namespace BriefingGen.BrowserTests;

/// <summary>
/// A site a test writes itself (content files by path under content/), built by the CLI into a
/// temporary folder and served under the sub-path; the folder goes when the test is done.
/// </summary>
public sealed class BuiltSite : IAsyncDisposable
{
    private readonly string _folder;
    private readonly SiteServer _server;

    private BuiltSite(string folder, SiteServer server) => (_folder, _server) = (folder, server);

    public string BaseUrl => _server.BaseUrl;

    /// <param name="searchable">Index it with the repository's Pagefind, as the sample site is.</param>
    public static async Task<BuiltSite> StartAsync(IReadOnlyDictionary<string, string> content, bool searchable = false)
    {
        var folder = Directory.CreateTempSubdirectory("briefinggen-browser-").FullName;
        try
        {
            var root = Path.Combine(folder, "content");
            foreach (var kind in new[] { "briefs", "actors", "events", "sources" }) Directory.CreateDirectory(Path.Combine(root, kind));
            foreach (var (path, text) in content) File.WriteAllText(Path.Combine(root, path), text);
            var output = Path.Combine(folder, "site");
            var stderr = new StringWriter();
            var indexer = searchable ? PagefindIndexer.Find(BrowserFixture.RepositoryRoot()) : null;
            Assert.True(CliApp.Run(["build", "--content", root, "--output", output], new StringWriter(), stderr, () => indexer) == 0, stderr.ToString());
            return new BuiltSite(folder, await SiteServer.StartAsync(output, BrowserFixture.BasePath));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
