using System.Collections.Immutable;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Markdown;
using BriefingGen.Model;
using BriefingGen.Rendering.Pages;
using BriefingGen.Validation;

namespace BriefingGen.Incremental;

/// <summary>
/// The front matter and Markdown stages with a memory: a file whose text is the same as last time
/// is not read again; its document, body and diagnostics are reused. Each distinct text of a file
/// gets a new version number, which is what page dependencies are compared by; so does each
/// distinct <see cref="Head"/>, under the document's <see cref="PageDependencies.Listed"/> key.
/// </summary>
internal sealed class ParsedDocuments
{
    private sealed record Entry(string Id, string Text, long Version, string Head, long HeadVersion, string Shape, Document? Document, ParsedBody? Body, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    // The last Parse's files and entries, in order: a loader that reuses its documents (ContentReloader) hands the same objects again.
    private (IReadOnlyList<DocumentFile> Files, Entry[] Entries) _last = ([], []);
    private long _lastVersion;

    /// <summary>
    /// The version of every loaded document by id, drafts and unreadable files included, and of
    /// its head by <see cref="PageDependencies.Listed"/> id. Immutable, so the last good build's
    /// versions stay as they were while an edit changes a few.
    /// </summary>
    public ImmutableDictionary<string, long> Versions { get; private set; } = ImmutableDictionary.Create<string, long>(StringComparer.Ordinal);

    /// <summary>The ids of the documents read again, added or gone in the last <see cref="Parse"/>: only their versions and shapes can differ from before.</summary>
    public IReadOnlyCollection<string> Touched { get; private set; } = [];

    /// <summary>Each document's <see cref="Shape"/> by id: when none changed, every page shows the same documents as before.</summary>
    public ImmutableDictionary<string, string> Shapes { get; private set; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The same result as the two stages it replaces: every readable body, with its document when the front matter was valid.</summary>
    public List<(Document? Document, ParsedBody Body)> Parse(IReadOnlyList<DocumentFile> files, DiagnosticBag diagnostics)
    {
        // Only files that are new or whose text changed are read; an edit to a large site is a few.
        var entries = new Entry[files.Count];
        var changed = new List<int>();
        var stayed = 0;
        var samePlaces = files.Count == _last.Files.Count;
        for (var i = 0; i < files.Count; i++)
        {
            if (samePlaces && ReferenceEquals(files[i], _last.Files[i])) (entries[i], stayed) = (_last.Entries[i], stayed + 1);
            else if (_byPath.TryGetValue(files[i].File.Path, out var known) && known.Text == files[i].File.Text) (entries[i], stayed) = (known, stayed + 1);
            else changed.Add(i);
        }
        foreach (var (index, entry) in changed.AsParallel().Select(i => (i, Read(files[i], _byPath.GetValueOrDefault(files[i].File.Path)))).ToList())
            entries[index] = entry;

        // Every known path still there (unchanged or read again) means none has gone.
        var gone = stayed + changed.Count(i => _byPath.ContainsKey(files[i].File.Path)) == _byPath.Count
            ? []
            : _byPath.Keys.Except(files.Select(f => f.File.Path), StringComparer.Ordinal).ToList();
        var (versions, shapes) = (Versions.ToBuilder(), Shapes.ToBuilder());
        var touched = new List<string>();
        foreach (var path in gone)
        {
            var id = _byPath[path].Id;
            _byPath.Remove(path);
            versions.Remove(id);
            versions.Remove(PageDependencies.Listed(id));
            shapes.Remove(id);
            touched.Add(id);
        }
        foreach (var i in changed)
        {
            var (file, entry) = (files[i], entries[i]);
            _byPath[file.File.Path] = entry;
            versions[file.Id] = entry.Version;
            versions[PageDependencies.Listed(file.Id)] = entry.HeadVersion;
            shapes[file.Id] = entry.Shape;
            touched.Add(entry.Id);
        }
        (Versions, Shapes, Touched, _last) = (versions.ToImmutable(), shapes.ToImmutable(), touched, (files, entries));
        foreach (var entry in entries)
            if (entry.Diagnostics.Count > 0) diagnostics.AddRange(entry.Diagnostics);
        return entries.Where(e => e.Body is not null).Select(e => (e.Document, e.Body!)).ToList();
    }

    /// <summary>The documents with these ids, as the last <see cref="Parse"/> read them; Document is null for one whose front matter failed.</summary>
    public List<(Document? Document, ParsedBody? Body)> Of(IReadOnlySet<string> ids) =>
        _byPath.Values.Where(e => ids.Contains(e.Id)).Select(e => (e.Document, e.Body)).ToList();

    private Entry Read(DocumentFile file, Entry? before)
    {
        var own = new DiagnosticBag();
        var (document, body, named) = DocumentReader.Read(file, own);
        var parsed = body is null ? null : BodyParser.Parse(file.File.Path, body, own).WithUnchecked(named);
        var head = Head(file.File.Text, body, parsed);
        var headVersion = before is not null && before.Head == head ? before.HeadVersion : Interlocked.Increment(ref _lastVersion);
        // The kind is the file's folder, not its text: a file moved to another folder keeps its id and text but not its shape.
        return new Entry(file.Id, file.File.Text, Interlocked.Increment(ref _lastVersion), head, headVersion, $"{file.Kind}\n{Shape(head)}", document, parsed, own.Sorted());
    }

    /// <summary>
    /// Everything of a file but the prose of its body: the front matter, and what the body links
    /// to and cites, in order. Other pages show a document's front matter fields, and its links
    /// and citations shape the site (backlinks, citation numbers); its prose shows on its own page only.
    /// </summary>
    /// <summary>
    /// The head without the lines that only show: a title or summary on one line. Which documents a
    /// page shows is chosen by dates, ids, links, tags, actors and names (actors are ordered by
    /// them), never by the title or summary of a brief, event or source; a title may change where
    /// a document stands in a list (sources by author and title), which the build memory compares
    /// apart, since a list's pages each show a part of it.
    /// </summary>
    private static string Shape(string head)
    {
        var lines = head.Split('\n');
        var end = lines[0] == "---" ? Array.IndexOf(lines, "---", 1) : -1;
        return string.Join('\n', lines.Where((line, i) => !(i < end && IsDisplayOnly(line) && !lines[i + 1].StartsWith(' '))));

        // A value continued on the next (indented) line stays, so nothing is left out by mistake.
        static bool IsDisplayOnly(string line) => line.StartsWith("title:", StringComparison.Ordinal) || line.StartsWith("summary:", StringComparison.Ordinal);
    }

    private static string Head(string text, DocumentBody? body, ParsedBody? parsed)
    {
        // Without a body to tell apart, the whole text stands for the head.
        if (body is null || parsed is null || !text.EndsWith(body.Markdown, StringComparison.Ordinal)) return text;
        var head = new StringBuilder(text, 0, text.Length - body.Markdown.Length, text.Length - body.Markdown.Length + 64);
        foreach (var link in parsed.Links) head.Append("\n[[").Append(link.TargetId);
        foreach (var citation in parsed.Citations)
            head.Append("\n[@").Append(citation.SourceId).Append('\u0001').Append(citation.Locator).Append('\u0001').Append(citation.Quote);
        return head.ToString();
    }
}
