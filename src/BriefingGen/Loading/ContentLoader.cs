using System.Globalization;
using System.Runtime.CompilerServices;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>
/// Stage 1: read the content folder. Checks what can be checked per file without parsing it:
/// file types, size, UTF-8, and that each file name is a valid, unique id.
/// </summary>
public static class ContentLoader
{
    public static LoadedContent Load(IContentSource source, DiagnosticBag diagnostics) => Load(source.DisplayRoot, source.Entries(), diagnostics);

    internal static LoadedContent Load(string displayRoot, IEnumerable<ContentEntry> entries, DiagnosticBag diagnostics)
    {
        ContentFile? siteConfig = null;
        var siteConfigRefused = false;
        var documents = new List<DocumentFile>();
        var skeletons = new List<IReadOnlyList<string>>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new HashSet<(string Id, DocumentKind Kind)>();
        var unlisted = new HashSet<DocumentKind>();
        var invalidIds = new List<(string Id, string Shown)>();

        foreach (var entry in entries)
        {
            var examined = Examine(entry, displayRoot);
            if (examined.Problem is { } problem)
            {
                diagnostics.Report(problem.Code, problem.At, problem.Message);
                if (examined.RefusedDocument is { } meant) refused.Add(meant);
                if (entry.Type == ContentEntryType.Unreadable && ContentLayout.KindOfFolder(entry.Path) is { } kind) unlisted.Add(kind);
                // A site.yml that is there but cannot be used is that problem alone, not also a missing one.
                siteConfigRefused |= entry.Path == ContentLayout.SiteConfigPath && entry.Type != ContentEntryType.Directory;
                continue;
            }
            if (examined.SiteConfig is { } config)
            {
                siteConfig = config;
                continue;
            }
            if (examined.InvalidId is { } invalid)
            {
                invalidIds.Add((invalid, examined.Shown));
                continue;
            }
            // Otherwise it is one of the kinds' folders.
            if (examined.Document is not { } document) continue;
            if (byId.TryGetValue(document.Id, out var first))
            {
                // Both files are named, each at its own first line: which of them is new is not known,
                // and a pull request's check must annotate the file it adds.
                diagnostics.Report(DiagnosticCodes.DuplicateId, SourceLocation.StartOf(examined.Shown),
                    $"id '{document.Id}' is already used by '{first}'; ids must be unique across briefs, actors, events and sources");
                diagnostics.Report(DiagnosticCodes.DuplicateId, SourceLocation.StartOf(first),
                    $"id '{document.Id}' is also used by '{examined.Shown}'; ids must be unique across briefs, actors, events and sources");
                refused.Add((document.Id, document.Kind));
                continue;
            }
            byId[document.Id] = examined.Shown;
            documents.Add(document);
            skeletons.Add(examined.Skeletons!);
        }

        if (siteConfig is null && !siteConfigRefused)
        {
            var folder = displayRoot.Length == 0 ? "." : displayRoot;
            diagnostics.Report(DiagnosticCodes.MissingSiteConfig, SourceLocation.Folder(folder),
                $"the content folder '{folder}' has no site.yml; create {ContentLayout.Shown(displayRoot, ContentLayout.SiteConfigPath)} with at least 'title: Your site'");
        }

        // After the loop, so a case-colliding pair is named whichever file sorts first.
        // Two misnamed files folding to one name ('Peru.md', 'PERU.md') could not both take it.
        var misnamedByFold = invalidIds.ToLookup(i => Slug.Fold(i.Id), i => i.Shown, StringComparer.Ordinal);
        foreach (var (id, shown) in invalidIds)
        {
            var collidesWithId = byId.TryGetValue(Slug.Fold(id), out var other);
            var twins = misnamedByFold[Slug.Fold(id)].Where(twin => twin != shown).ToList();
            var others = (collidesWithId ? twins.Prepend(other!) : twins).ToList();
            // 'café' saved on macOS (é as e and an accent) and on Linux (é): two names that look one.
            var lookAlike = twins.FirstOrDefault(twin => AccentsEncodedApart(twin, shown));
            var collision = others.Count == 0 ? null
                : $"it collides with {string.Join(" and ", others.Take(3).Select(o => $"'{o}'"))}{(others.Count > 3 ? $" and {others.Count - 3} more" : "")}"
                  + (lookAlike is null ? "" : $"{(others.Count == 1 ? ", which" : $"; '{lookAlike}'")} may be the same name with its accents encoded another way ({Encoding(shown)} here, {Encoding(lookAlike)} there)");
            diagnostics.Report(DiagnosticCodes.InvalidId, SourceLocation.StartOf(shown), ContentLayout.IdProblem(id, collision, collidesWithId: collidesWithId, collidesWithMany: twins.Count > 1)!);
        }
        ReportConfusableIds(documents, skeletons, diagnostics);
        return new LoadedContent(siteConfig, documents) { Refused = refused, Unlisted = unlisted };
    }

    /// <summary>How a name's accented letters are encoded: as one character each (NFC, as Linux and Windows save them) or as a letter and an accent (NFD, as macOS may).</summary>
    private static string Encoding(string name) => HasAccentMark(name) ? "a letter and an accent, NFD" : "one character each, NFC";

    /// <summary>
    /// Whether two names differ only in how their accents are encoded. Told without Unicode
    /// normalization, which the build's invariant globalization leaves out: one of them writes
    /// accents as marks, and both fold to one id with their capitals alike.
    /// </summary>
    private static bool AccentsEncodedApart(string a, string b) =>
        a != b && HasAccentMark(a) != HasAccentMark(b) && Slug.Fold(a) == Slug.Fold(b) && a.Count(char.IsUpper) == b.Count(char.IsUpper);

    private static bool HasAccentMark(string name) => name.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    /// <summary>What one entry is on its own, whatever else the folder holds: a problem, site.yml, a document, or a file name that is no id.</summary>
    private sealed record Examined(string DisplayRoot, string Shown)
    {
        public (DiagnosticCode Code, SourceLocation At, string Message)? Problem { get; init; }
        public ContentFile? SiteConfig { get; init; }
        public DocumentFile? Document { get; init; }
        /// <summary>The document's id with look-alike characters folded (<see cref="ContentLayout.Skeletons"/>), for <see cref="ReportConfusableIds"/>.</summary>
        public IReadOnlyList<string>? Skeletons { get; init; }
        public string? InvalidId { get; init; }
        /// <summary>The id and kind of a document refused with its problem (too large, not UTF-8): references to it are not unknown.</summary>
        public (string Id, DocumentKind Kind)? RefusedDocument { get; init; }
    }

    /// <summary>
    /// Each entry examined once: a source that hands out the same entry again for an unchanged file
    /// (serve's) gets the same document back, text and all, without decoding or checking it again;
    /// the same string lets the next stage see at once that the text is unchanged.
    /// </summary>
    private static readonly ConditionalWeakTable<ContentEntry, Examined> Examinations = new();

    private static Examined Examine(ContentEntry entry, string displayRoot)
    {
        if (Examinations.TryGetValue(entry, out var known) && known.DisplayRoot == displayRoot) return known;
        var examined = ExamineAnew(entry, displayRoot);
        Examinations.AddOrUpdate(entry, examined);
        return examined;
    }

    /// <summary>The document this entry is on its own (a readable file with a valid id); null for anything else.</summary>
    internal static DocumentFile? DocumentOf(ContentEntry entry, string displayRoot) => Examine(entry, displayRoot).Document;

    private static Examined ExamineAnew(ContentEntry entry, string displayRoot)
    {
        var shown = ContentLayout.Shown(displayRoot, entry.Path);
        var examined = new Examined(displayRoot, shown);
        Examined Problem(DiagnosticCode code, string message) => examined with { Problem = (code, SourceLocation.StartOf(shown), message) };
        switch (entry.Type)
        {
            case ContentEntryType.SymbolicLink:
                return Problem(DiagnosticCodes.SymbolicLink, $"'{shown}' is a symbolic link; content must be plain files inside the content folder");
            case ContentEntryType.UnreadableName:
                return Problem(DiagnosticCodes.FileNotUtf8, FileKinds.UnreadableNameProblem(shown));
            case ContentEntryType.Unreadable when ContentLayout.IsKindFolder(entry.Path):
                return Problem(DiagnosticCodes.Unreadable,
                    $"the folder '{shown}' cannot be listed by the user who builds the site (its permissions); make it readable and searchable (chmod a+rx), as the other folders are");
            case ContentEntryType.Special:
                return Problem(DiagnosticCodes.UnexpectedFile, $"'{shown}' is not a regular file (a FIFO, socket or device) and was not opened; content must be plain files");
            case ContentEntryType.Directory:
                return ContentLayout.IsKindFolder(entry.Path)
                    ? examined
                    : Problem(DiagnosticCodes.UnexpectedFile, $"unexpected folder '{shown}'; content holds site.yml and the folders briefs/, actors/, events/ and sources/");
        }

        // A disk source reports files with unexpected names as Other without opening them.
        if (entry.Type == ContentEntryType.Other || !ContentLayout.IsExpectedFileName(entry.Path))
            return Problem(DiagnosticCodes.UnexpectedFile, $"unexpected file '{shown}'; content holds site.yml and .md files directly inside briefs/, actors/, events/ and sources/" + ImageAdvice(entry.Path));
        var kind = ContentLayout.KindOf(entry.Path);
        var id = kind is null ? null : entry.Path[(entry.Path.IndexOf('/') + 1)..^".md".Length];
        var validId = id is not null && Slug.IsValid(id);
        var idProblem = validId ? ContentLayout.IdProblem(id!) : null;
        // A file refused for its bytes still has its name: what cites or links to it is not also wrong.
        (string, DocumentKind)? meant = validId && idProblem is null ? (id!, kind!.Value) : null;
        if (entry.Type == ContentEntryType.Unreadable)
            return Problem(DiagnosticCodes.Unreadable, $"'{shown}' cannot be read by the user who builds the site (its permissions); make it readable (chmod a+r), as the other files are")
                with { RefusedDocument = meant };
        if (entry.Bytes!.Length > ContentLayout.MaxFileBytes)
            return Problem(DiagnosticCodes.FileTooLarge, $"'{shown}' is larger than {ContentLayout.MaxFileBytes / 1024} KiB; " + kind switch
            {
                null => "keep it to the site's settings",
                DocumentKind.Brief => "split it into smaller briefs",
                DocumentKind.Source => "a source's file describes the work and the passage relied on; link the work itself with 'url'",
                _ => $"keep {TextElements.WithArticle(kind.Value.Noun())}'s own text short, and write the analysis as briefs",
            }) with { RefusedDocument = meant };
        if (TextFile.Decode(shown, entry.Bytes, out var undecodable) is not { } text)
            return examined with { Problem = (DiagnosticCodes.FileNotUtf8, undecodable.At, undecodable.Message), RefusedDocument = meant };

        var file = new ContentFile(shown, text);
        if (kind is null) return examined with { SiteConfig = file };

        if (!validId) return examined with { InvalidId = id };
        if (idProblem is not null) return Problem(DiagnosticCodes.InvalidId, idProblem);
        return examined with { Document = new DocumentFile(kind.Value, id!, file), Skeletons = ContentLayout.Skeletons(id!) };
    }

    /// <summary>An image put beside a brief: where the site can have one instead.</summary>
    private static string ImageAdvice(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp" or ".avif"
            ? "; an image goes in the theme's assets/ folder (--templates), linked as ../../assets/name, or is linked by its https:// address"
            : "";

    /// <summary>Ids that differ only by look-alike characters ("cast1llo", "castillo") are a trap for readers and contributors.</summary>
    private static void ReportConfusableIds(List<DocumentFile> documents, List<IReadOnlyList<string>> skeletons, DiagnosticBag diagnostics)
    {
        // Grouped only where two ids share a skeleton: a large site has tens of thousands of ids and no such pair.
        var first = new Dictionary<string, DocumentFile>(documents.Count, StringComparer.Ordinal);
        var shared = new Dictionary<string, List<DocumentFile>>(StringComparer.Ordinal);
        foreach (var (document, forms) in documents.Zip(skeletons))
        {
            foreach (var skeleton in forms)
            {
                if (first.TryAdd(skeleton, document)) continue;
                if (!shared.TryGetValue(skeleton, out var group)) shared[skeleton] = group = [first[skeleton]];
                group.Add(document);
            }
        }
        // An id with two skeletons may share both with another; it is reported once. Every file of a
        // group is named, the first with the second: which one is new is not known.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in shared.Values)
        {
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            foreach (var file in files.Where(d => reported.Add(d.File.Path)))
            {
                var other = file == files[0] ? files[1] : files[0];
                diagnostics.Report(DiagnosticCodes.DuplicateId, SourceLocation.StartOf(file.File.Path),
                    $"id '{file.Id}' is easily confused with '{other.Id}' ('{other.File.Path}'); choose a clearly different id");
            }
        }
    }
}
