using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Validation;

namespace BriefingGen.Incremental;

/// <summary>
/// The front matter and Markdown stages with a memory: a file whose text is the same as last time
/// is not read again; its document, body and diagnostics are reused. Each distinct text of a file
/// gets a new version number, which is what page fingerprints are made of.
/// </summary>
internal sealed class ParsedDocuments
{
    private sealed record Entry(string Text, long Version, Document? Document, ParsedBody? Body, IReadOnlyList<Diagnostic> Diagnostics);

    private Dictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private long _lastVersion;

    /// <summary>The version of every loaded document by id, drafts and unreadable files included.</summary>
    public IReadOnlyDictionary<string, long> Versions { get; private set; } = new Dictionary<string, long>();

    /// <summary>The same result as the two stages it replaces: every readable body, with its document when the front matter was valid.</summary>
    public List<(Document? Document, ParsedBody Body)> Parse(IReadOnlyList<DocumentFile> files, DiagnosticBag diagnostics)
    {
        var previous = _byPath;
        var entries = files.AsParallel().AsOrdered().Select(file =>
            previous.TryGetValue(file.File.Path, out var known) && known.Text == file.File.Text ? known : Read(file))
            .ToList();
        _byPath = files.Zip(entries).ToDictionary(p => p.First.File.Path, p => p.Second, StringComparer.Ordinal);
        Versions = files.Zip(entries).ToDictionary(p => p.First.Id, p => p.Second.Version, StringComparer.Ordinal);
        foreach (var entry in entries) diagnostics.AddRange(entry.Diagnostics);
        return entries.Where(e => e.Body is not null).Select(e => (e.Document, e.Body!)).ToList();
    }

    private Entry Read(DocumentFile file)
    {
        var own = new DiagnosticBag();
        var (document, body) = DocumentReader.Read(file, own);
        var parsed = body is null ? null : BodyParser.Parse(file.File.Path, body, own);
        return new Entry(file.File.Text, Interlocked.Increment(ref _lastVersion), document, parsed, own.Sorted());
    }
}
