using BriefingGen.Search;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>A test that runs the real search indexer: skipped, with the install command, where it is not installed.</summary>
public sealed class PagefindFactAttribute : FactAttribute
{
    public PagefindFactAttribute()
    {
        if (PagefindIndexer.Find(Repository.Root) is null)
            Skip = $"Pagefind is not installed; install it with `{PagefindIndexer.InstallHint}` in {Repository.Root}";
    }
}
