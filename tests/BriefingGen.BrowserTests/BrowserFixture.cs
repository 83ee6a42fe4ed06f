using BriefingGen.Cli;
using BriefingGen.Search;
using Microsoft.Playwright;

namespace BriefingGen.BrowserTests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// One build of the sample site, served on 127.0.0.1 under a sub-path, and one Chromium for every
/// browser test. The search index is built when Pagefind is installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string BasePath = "/briefinggen";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly string _folder = Directory.CreateTempSubdirectory("briefinggen-browser-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _server;

    public string Site => Path.Combine(_folder, "site");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Chromium is not installed at {BrowserFactAttribute.Chromium}; install it with `{BrowserFactAttribute.InstallCommand}`");

    public string BaseUrl => _server!.BaseUrl;

    /// <summary>True when the build found Pagefind and the site has a search index.</summary>
    public bool Searchable { get; private set; }

    /// <summary>Every HTML page of the site, site-relative ("briefs/x/index.html"), in ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public string Url(string page) => BaseUrl + page;

    private const string SearchPage = "search/index.html";

    /// <summary>Where screenshots go: the test output folder.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        // Every test here is skipped when the browser is missing and not required.
        if (!File.Exists(BrowserFactAttribute.Chromium) && !BrowserFactAttribute.Required) return;

        Directory.CreateDirectory(Site);
        _server = await SiteServer.StartAsync(Site, BasePath);
        var root = RepositoryRoot();
        var indexer = PagefindIndexer.Find(root);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["build", "--content", Path.Combine(root, "content"), "--output", Site, "--base-url", BaseUrl], stdout, stderr, () => indexer);
        if (code != 0) throw new InvalidOperationException($"building the sample site failed ({code}):\n{stderr}");
        Searchable = indexer is not null;
        Pages = Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith(PagefindIndexer.BundleFolder + "/", StringComparison.Ordinal))
            // Without Pagefind the search page asks for an index that is not there; the search tests
            // say so (and CI, which requires the browser, installs Pagefind and checks the page).
            .Where(p => Searchable || BrowserFactAttribute.Required || p != SearchPage)
            .Order(StringComparer.Ordinal).ToList();

        if (!File.Exists(BrowserFactAttribute.Chromium)) return; // required but missing: Browser says how to install it
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "BriefingGen.sln"))) return folder.FullName;
        throw new InvalidOperationException("BriefingGen.sln not found above " + AppContext.BaseDirectory);
    }
}
