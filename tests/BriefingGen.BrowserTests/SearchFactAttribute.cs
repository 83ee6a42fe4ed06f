using BriefingGen.Search;

namespace BriefingGen.BrowserTests;

/// <summary>
/// A browser test that also needs the search index: skipped where Chromium or Pagefind is missing,
/// failed instead when BRIEFINGGEN_REQUIRE_BROWSER=1 (CI installs both).
/// </summary>
public sealed class SearchFactAttribute : FactAttribute
{
    public SearchFactAttribute()
    {
        if (BrowserFactAttribute.Required) return;
        if (!File.Exists(BrowserFactAttribute.Chromium))
            Skip = $"Chromium is not installed at {BrowserFactAttribute.Chromium}; install it with `{BrowserFactAttribute.InstallCommand}`";
        else if (PagefindIndexer.Find(BrowserFixture.RepositoryRoot()) is null)
            Skip = $"Pagefind is not installed; install it with `{PagefindIndexer.InstallHint}` in {BrowserFixture.RepositoryRoot()}";
    }
}
