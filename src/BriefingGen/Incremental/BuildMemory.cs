using System.Collections.Concurrent;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Rendering.Pages;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Incremental;

/// <summary>
/// What the last successful build of one site left behind, so the next build redoes only what
/// changed: files whose text changed are read again, and a page is rendered again only when a
/// document it shows changed (<see cref="PageSpec.DependsOn"/>), or site.yml, the templates or the
/// options did. A failed build changes nothing here, so the next one compares with the last good
/// site. Pass the same memory to each build of the site, one build at a time.
/// </summary>
public sealed class BuildMemory
{
    private readonly ParsedDocuments _documents = new();
    private Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private (string? SiteConfig, TemplateSet? Templates, BuildOptions? Options) _settings;
    private HashSet<string> _paths = new(StringComparer.Ordinal);

    // The build in progress.
    private string? _siteConfig;
    private bool _settingsChanged;
    private ConcurrentDictionary<string, string> _next = new(StringComparer.Ordinal);

    /// <summary>Every file of the last successful build, whether it was rendered then or kept from before.</summary>
    public IReadOnlyCollection<string> Paths => _paths;

    /// <summary>Front matter and Markdown of the files whose text changed; the others come from memory.</summary>
    internal List<(Document? Document, ParsedBody Body)> Reread(LoadedContent loaded, DiagnosticBag diagnostics)
    {
        _siteConfig = loaded.SiteConfig?.Text;
        return _documents.Parse(loaded.Documents, diagnostics);
    }

    internal void BeginRender(TemplateSet templates, BuildOptions options)
    {
        _settingsChanged = _settings != (_siteConfig, templates, Comparable(options));
        _next = new(StringComparer.Ordinal);
    }

    /// <summary>True when the page would come out as it did in the last good build. Called from parallel renders.</summary>
    internal bool Unchanged(PageSpec page) => page.DependsOn is not null && Unchanged(page.OutputPath, page.DependsOn());

    /// <summary>True when the files made from this document alone (its citation files) are as in the last good build.</summary>
    internal bool Unchanged(Document document) => Unchanged("citation files of " + document.Id, [document.Id]);

    private bool Unchanged(string key, IEnumerable<string> dependencies)
    {
        var fingerprint = Fingerprint(dependencies);
        _next[key] = fingerprint;
        return !_settingsChanged && _fingerprints.TryGetValue(key, out var previous) && previous == fingerprint;
    }

    /// <summary>Called when the build succeeded: it becomes the one the next build compares with.</summary>
    internal void Remember(TemplateSet templates, BuildOptions options, IEnumerable<string> paths)
    {
        _settings = (_siteConfig, templates, Comparable(options));
        _fingerprints = new Dictionary<string, string>(_next, StringComparer.Ordinal);
        _paths = paths.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The options that shape the output: a caller's progress reporter, new for every build, does not.</summary>
    private static BuildOptions Comparable(BuildOptions options) => options with { Progress = null };

    /// <summary>Each document the page shows with the version of its text; "-" for one that is not there.</summary>
    private string Fingerprint(IEnumerable<string> ids)
    {
        var text = new StringBuilder();
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            text.Append(id).Append('@').Append(_documents.Versions.TryGetValue(id, out var version) ? version.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-").Append(' ');
        return text.ToString();
    }
}
