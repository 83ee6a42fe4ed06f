using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>
/// The loader with a memory of its last load, for a source that hands out the same entries again
/// for unchanged files (serve's). When the only entries that differ are documents edited in place
/// (same path, still a readable document), every check across files (duplicate, confusable and
/// colliding ids) comes out as before: the last result is reused with those documents replaced,
/// instead of checking tens of thousands of entries again for one edit.
/// </summary>
public sealed class ContentReloader
{
    /// <summary>More edited files than this (a checkout, a source that makes new entries every time) are loaded anew: each one is searched for in the list.</summary>
    private const int MostEdits = 64;

    private (string DisplayRoot, ContentEntry[] Entries, LoadedContent Loaded, IReadOnlyList<Diagnostic> Diagnostics)? _last;

    public LoadedContent Load(IContentSource source, DiagnosticBag diagnostics)
    {
        var entries = source.Entries().ToArray();
        IReadOnlyList<Diagnostic> reported;
        if (_last is { } last && last.DisplayRoot == source.DisplayRoot && EditedInPlace(last, entries) is { } documents)
        {
            (reported, _last) = (last.Diagnostics, last with { Entries = entries, Loaded = last.Loaded with { Documents = documents } });
        }
        else
        {
            var own = new DiagnosticBag();
            var loaded = ContentLoader.Load(source.DisplayRoot, entries, own);
            reported = own.Sorted();
            _last = (source.DisplayRoot, entries, loaded, reported);
        }
        diagnostics.AddRange(reported);
        return _last.Value.Loaded;
    }

    /// <summary>The last load's documents with the edited ones replaced; null when anything else changed.</summary>
    private static IReadOnlyList<DocumentFile>? EditedInPlace((string DisplayRoot, ContentEntry[] Entries, LoadedContent Loaded, IReadOnlyList<Diagnostic>) last, ContentEntry[] entries)
    {
        if (entries.Length != last.Entries.Length) return null;
        List<DocumentFile>? documents = null;
        var edits = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i], last.Entries[i])) continue;
            if (++edits > MostEdits) return null;
            var before = ContentLoader.DocumentOf(last.Entries[i], last.DisplayRoot);
            var now = ContentLoader.DocumentOf(entries[i], last.DisplayRoot);
            if (before is null || now is null || now.File.Path != before.File.Path) return null;
            documents ??= [.. last.Loaded.Documents];
            // A document rejected as a duplicate is not in the list: then the full load decides.
            var at = documents.FindIndex(d => ReferenceEquals(d, before));
            if (at < 0) return null;
            documents[at] = now;
        }
        return documents ?? last.Loaded.Documents;
    }
}
