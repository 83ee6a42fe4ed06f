using System.Runtime.CompilerServices;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>
/// Stage 1: read the content folder. Checks what can be checked per file without parsing it:
/// file types, size, UTF-8, and that each file name is a valid, unique id.
/// </summary>
public static class ContentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static LoadedContent Load(IContentSource source, DiagnosticBag diagnostics)
    {
        ContentFile? siteConfig = null;
        var documents = new List<DocumentFile>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var invalidIds = new List<(string Id, string Shown)>();

        string Shown(string path) => source.DisplayRoot.Length == 0 ? path : $"{source.DisplayRoot}/{path}";

        foreach (var entry in source.Entries())
        {
            var shown = Shown(entry.Path);
            var at = SourceLocation.StartOf(shown);
            switch (entry.Type)
            {
                case ContentEntryType.SymbolicLink:
                    diagnostics.Report(DiagnosticCodes.SymbolicLink, at, $"'{shown}' is a symbolic link; content must be plain files inside the content folder");
                    continue;
                case ContentEntryType.Special:
                    diagnostics.Report(DiagnosticCodes.UnexpectedFile, at, $"'{shown}' is not a regular file (a FIFO, socket or device) and was not opened; content must be plain files");
                    continue;
                case ContentEntryType.Directory:
                    if (!ContentLayout.IsKindFolder(entry.Path))
                        diagnostics.Report(DiagnosticCodes.UnexpectedFile, at, $"unexpected folder '{shown}'; content holds site.yml and the folders briefs/, actors/, events/ and sources/");
                    continue;
            }

            // A disk source reports files with unexpected names as Other without opening them.
            if (entry.Type == ContentEntryType.Other || !ContentLayout.IsExpectedFileName(entry.Path))
            {
                diagnostics.Report(DiagnosticCodes.UnexpectedFile, at, $"unexpected file '{shown}'; content holds site.yml and .md files directly inside briefs/, actors/, events/ and sources/");
                continue;
            }
            if (entry.Bytes!.Length > ContentLayout.MaxFileBytes)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, at, $"'{shown}' is larger than {ContentLayout.MaxFileBytes / 1024} KiB; split it into smaller briefs");
                continue;
            }
            if (Decoded(shown, entry.Bytes, diagnostics) is not { } text) continue;

            var file = new ContentFile(shown, text);
            if (entry.Path == ContentLayout.SiteConfigPath)
            {
                siteConfig = file;
                continue;
            }

            var kind = ContentLayout.KindOf(entry.Path)!.Value;
            var id = entry.Path[(entry.Path.IndexOf('/') + 1)..^".md".Length];
            if (!Slug.IsValid(id))
            {
                invalidIds.Add((id, shown));
                continue;
            }
            if (ContentLayout.IdProblem(id) is { } problem)
            {
                diagnostics.Report(DiagnosticCodes.InvalidId, at, problem);
                continue;
            }
            if (byId.TryGetValue(id, out var first))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateId, at, $"id '{id}' is already used by '{first}'; ids must be unique across briefs, actors, events and sources");
                continue;
            }
            byId[id] = shown;
            documents.Add(new DocumentFile(kind, id, file));
        }

        if (siteConfig is null)
        {
            var folder = source.DisplayRoot.Length == 0 ? "." : source.DisplayRoot;
            diagnostics.Report(DiagnosticCodes.MissingSiteConfig, SourceLocation.Folder(folder),
                $"the content folder '{folder}' has no site.yml; create {Shown(ContentLayout.SiteConfigPath)} with at least 'title: Your site'");
        }

        // After the loop, so a case-colliding pair is named whichever file sorts first.
        foreach (var (id, shown) in invalidIds)
        {
            var collision = byId.TryGetValue(Slug.Fold(id), out var other) ? $"it collides with '{other}'" : null;
            diagnostics.Report(DiagnosticCodes.InvalidId, SourceLocation.StartOf(shown), ContentLayout.IdProblem(id, collision)!);
        }
        ReportConfusableIds(documents, diagnostics);
        return new LoadedContent(siteConfig, documents);
    }

    /// <summary>
    /// The text of each file's bytes, decoded once: a source that hands out the same bytes again for
    /// an unchanged file (serve's) is not decoded again, and the same string lets the next stage see
    /// at once that the text is unchanged.
    /// </summary>
    private static readonly ConditionalWeakTable<byte[], string> DecodedTexts = new();

    private static string? Decoded(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (DecodedTexts.TryGetValue(bytes, out var known)) return known;
        // Bytes that are not UTF-8 are reported again on every build, so only a success is kept.
        var text = Decode(path, bytes, diagnostics);
        if (text is not null) DecodedTexts.AddOrUpdate(bytes, text);
        return text;
    }

    /// <summary>Decodes strict UTF-8 (a BOM is dropped) and turns CRLF and CR into LF.</summary>
    private static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException e)
        {
            var valid = StrictUtf8.GetString(bytes, 0, Math.Max(0, e.Index));
            var line = valid.Count(c => c == '\n') + 1;
            var column = valid.Length - (valid.LastIndexOf('\n') + 1) + 1;
            diagnostics.Report(DiagnosticCodes.FileNotUtf8, new SourceLocation(path, line, column), $"'{path}' is not valid UTF-8 (byte 0x{bytes[e.Index]:X2}); save it as UTF-8");
            return null;
        }
    }

    /// <summary>Ids that differ only by look-alike characters ("cast1llo", "castillo") are a trap for readers and contributors.</summary>
    private static void ReportConfusableIds(List<DocumentFile> documents, DiagnosticBag diagnostics)
    {
        // Grouped only where two ids share a skeleton: a large site has tens of thousands of ids and no such pair.
        var first = new Dictionary<string, DocumentFile>(documents.Count, StringComparer.Ordinal);
        var shared = new Dictionary<string, List<DocumentFile>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var skeleton = Skeleton(document.Id);
            if (first.TryAdd(skeleton, document)) continue;
            if (!shared.TryGetValue(skeleton, out var group)) shared[skeleton] = group = [first[skeleton]];
            group.Add(document);
        }
        foreach (var group in shared.Values)
        {
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            foreach (var later in files.Skip(1))
                diagnostics.Report(DiagnosticCodes.DuplicateId, SourceLocation.StartOf(later.File.Path),
                    $"id '{later.Id}' is easily confused with '{files[0].Id}' ('{files[0].File.Path}'); choose a clearly different id");
        }
    }

    private static string Skeleton(string id) =>
        string.Create(id.Length, id, static (skeleton, id) =>
        {
            for (var i = 0; i < id.Length; i++) skeleton[i] = id[i] switch { '0' => 'o', '1' or 'l' => 'i', '5' => 's', var c => c };
        }).Replace("rn", "m");
}
