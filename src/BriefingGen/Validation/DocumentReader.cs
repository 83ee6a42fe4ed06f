using BriefingGen.Diagnostics;
using BriefingGen.FrontMatter;
using BriefingGen.Loading;
using BriefingGen.Model;

namespace BriefingGen.Validation;

/// <summary>
/// Stage 3: turn one file's front matter into a typed, validated record. Pure per file, so one
/// changed file can be re-read alone. Cross-file checks (do referenced ids exist?) belong to the
/// site graph.
/// </summary>
public static class DocumentReader
{
    public static readonly IReadOnlyList<string> BriefKeys = ["title", "date", "summary", "authors", "actors", "events", "tags", "updated", "draft", "corrections", "former_ids", "extra"];
    public static readonly IReadOnlyList<string> CorrectionKeys = ["date", "text"];
    public static readonly IReadOnlyList<string> ActorKeys = ["name", "kind", "summary", "aliases", "country", "roles", "former_ids", "extra"];
    public static readonly IReadOnlyList<string> RoleKeys = ["title", "of", "from", "to"];
    public static readonly IReadOnlyList<string> EventKeys = ["title", "date", "end", "circa", "summary", "actors", "sources", "location", "tags", "after", "former_ids", "extra"];
    public static readonly IReadOnlyList<string> SourceKeys = ["title", "description", "publisher", "authors", "published", "url", "accessed", "archive_url", "kind", "quote", "language", "former_ids", "extra"];
    public static readonly IReadOnlyList<string> SiteKeys = ["title", "description", "base_url", "language", "author", "lint", "paginate", "extra"];

    /// <summary>
    /// The typed document, or null when its front matter has errors; the body comes back either
    /// way (when the file could be split) so its problems are reported in the same run. Every field
    /// is read, and its problems reported, before a missing required one makes the document null.
    /// The ids the document will not carry come back too, to be checked all the same: those of one
    /// that is null (a wrong date hid an unknown actor until it was fixed), and of a part left out
    /// (a role without a title).
    /// </summary>
    public static (Document? Document, DocumentBody? Body, IReadOnlyList<NamedIds> Unchecked) Read(DocumentFile file, DiagnosticBag diagnostics)
    {
        if (FrontMatterSplitter.Split(file.File, diagnostics) is not { } block) return (null, null, []);
        if (YamlTreeReader.ReadMapping(block.Yaml, file.File.Path, block.YamlFirstLine, diagnostics) is not { } mapping) return (null, block.Body, []);
        var fields = new FieldReader(mapping, KeysOf(file.Kind), diagnostics, Misplaced(file.Kind, mapping));
        var named = new List<NamedIds>();
        Document? document = file.Kind switch
        {
            DocumentKind.Brief => ReadBrief(file, fields, diagnostics, named),
            DocumentKind.Actor => ReadActor(file, fields, diagnostics, named),
            DocumentKind.Event => ReadEvent(file, fields, diagnostics, named),
            _ => ReadSource(file, fields, diagnostics),
        };
        var formerIds = fields.IdList("former_ids");
        return (document is null || formerIds.Count == 0 ? document : document with { FormerIds = formerIds }, block.Body, named);
    }

    private static IReadOnlyList<string> KeysOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Brief => BriefKeys,
        DocumentKind.Actor => ActorKeys,
        DocumentKind.Event => EventKeys,
        _ => SourceKeys,
    };

    /// <summary>
    /// What the unknown-key errors say when the file has two keys or more that its kind does not take
    /// and another kind takes them all: a brief saved in events/ is in the wrong folder, not full of
    /// misspellings ('authors' is not a misspelt 'actors' there). One stray key is more likely a slip.
    /// </summary>
    private static string? Misplaced(DocumentKind kind, YamlMapping mapping)
    {
        var own = KeysOf(kind);
        if (mapping.Entries.Count(e => !own.Contains(e.Key.Text)) < 2) return null;
        var keys = mapping.Entries.Select(e => e.Key.Text).ToList();
        var other = DocumentKinds.All.Where(k => k != kind).FirstOrDefault(k => keys.All(KeysOf(k).Contains), kind);
        return other == kind ? null
            : $"every key of this file is {TextElements.WithArticle(other.Noun())}'s: if it is one, move it to {other.Folder()}/";
    }

    public static SiteConfig? ReadSiteConfig(ContentFile file, DiagnosticBag diagnostics)
    {
        if (YamlTreeReader.ReadMapping(file.Text, file.Path, 1, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(mapping, SiteKeys, diagnostics);
        var title = fields.Text("title", "the site's title");
        var (description, baseUrl, language, author, extra) =
            (fields.Text("description"), fields.BaseUrl("base_url"), fields.LanguageTag("language") ?? "en", fields.Text("author"), fields.Extra());
        var lints = fields.OneOrMoreOf("lint", SiteConfig.Lints);
        var paginate = fields.WholeNumber("paginate", 1, SiteConfig.MaxPaginate, "entries on each page of a list");
        if (title is null) return null;
        return new SiteConfig(title, description, baseUrl, language, author, extra)
        {
            LintCitations = lints.Contains("citations"),
            Paginate = paginate ?? SiteConfig.DefaultPaginate,
        };
    }

    /// <summary>
    /// The later date, unless it ends before the earlier one begins: "2019-12" may end a range
    /// that starts on 5 Dec 2019, since December 2019 contains that day.
    /// </summary>
    /// <param name="earlier">The date that may not come later, named as the message shows it ("'date'", "the brief's 'date'").</param>
    private static PartialDate? CheckOrder((PartialDate? Date, string Name) earlier, PartialDate? later, string laterKey, FieldReader fields, DiagnosticBag diagnostics)
    {
        if (earlier.Date is not { } start || later is not { } finish || finish.LastDay >= start.FirstDay) return later;
        diagnostics.Report(DiagnosticCodes.EndBeforeStart, fields.LocationOf(laterKey), $"'{laterKey}' ({finish.Iso}) is before {earlier.Name} ({start.Iso})");
        return null;
    }

    /// <summary>
    /// An event's end must reach past its date's own period: "date: 2019, end: 2019-01-01" showed
    /// "2019 – 1 Jan 2019". The same date again is one date, as written.
    /// </summary>
    private static PartialDate? EndsAfter(PartialDate? date, PartialDate? end, FieldReader fields, DiagnosticBag diagnostics)
    {
        if (date is not { } start || end is not { } finish || finish.LastDay > start.LastDay || finish.Equals(start)) return end;
        diagnostics.Report(DiagnosticCodes.EndBeforeStart, fields.LocationOf("end"),
            $"'end' ({finish.Iso}) falls within 'date' ({start.Iso}), so the event would end before it is over; give the later date it ended, or leave 'end' out");
        return null;
    }

    private static Brief? ReadBrief(DocumentFile file, FieldReader fields, DiagnosticBag diagnostics, List<NamedIds> named)
    {
        var title = fields.Text("title", "the brief's title");
        var date = fields.Date("date", required: true, dayRequired: true);
        var summary = fields.Text("summary", "a one-sentence summary");
        var corrections = fields.MappingList("corrections", CorrectionKeys, correction =>
        {
            var when = CheckOrder((date, "the brief's 'date'"), correction.Date("date", required: true, dayRequired: true), "date", correction, diagnostics);
            var text = correction.Text("text", "what was corrected");
            return when is null || text is null ? null : new Correction(when.Value, text);
        }).OrderBy(c => c.Date).ToList();
        var updated = CheckOrder((date, "'date'"), fields.Date("updated", dayRequired: true), "updated", fields, diagnostics);
        // A correction updates the brief: its date is the brief's latest change when it is the newest.
        if (corrections.Count > 0 && (updated is null || corrections[^1].Date > updated.Value)) updated = corrections[^1].Date;
        // Updated the day it was published is not updated: shown, it read "Published 1 Jan 2025 / Updated 1 Jan 2025".
        if (updated == date) updated = null;
        var (extra, authors, actors, events, tags, draft) =
            (fields.Extra(), fields.TextList("authors"), fields.IdList("actors"), fields.IdList("events"), fields.IdList("tags"), fields.Bool("draft"));
        if (title is null || date is null || summary is null)
        {
            named.AddRange([new(actors, DocumentKind.Actor, "actors"), new(events, DocumentKind.Event, "events")]);
            return null;
        }
        return new Brief(file.Id, file.File.Path, extra, title, date.Value, summary, authors, actors, events, tags, updated, draft, corrections);
    }

    private static Actor? ReadActor(DocumentFile file, FieldReader fields, DiagnosticBag diagnostics, List<NamedIds> named)
    {
        var name = fields.Text("name", "the actor's name");
        var kind = fields.OneOf("kind", Actor.Kinds, required: true);
        var leftOut = new List<Ref>();
        var roles = fields.MappingList("roles", RoleKeys, role =>
        {
            var title = role.Text("title", "the role's title");
            var from = role.Date("from");
            var (of, to) = (role.Id("of"), CheckOrder((from, "'from'"), role.Date("to"), "to", role, diagnostics));
            if (title is null && of is not null) leftOut.Add(of);
            return title is null ? null : new Role(title, of, from, to);
        });
        var (extra, summary, aliases, country) = (fields.Extra(), fields.Text("summary"), fields.TextList("aliases"), fields.Id("country"));
        if (name is null || kind is null)
        {
            named.AddRange([new(country is null ? [] : [country], DocumentKind.Actor, "country"), new([.. roles.Select(r => r.Of).OfType<Ref>(), .. leftOut], DocumentKind.Actor, "of")]);
            return null;
        }
        if (leftOut.Count > 0) named.Add(new(leftOut, DocumentKind.Actor, "of"));
        return new Actor(file.Id, file.File.Path, extra, name, kind, summary, aliases, country, roles);
    }

    private static Event? ReadEvent(DocumentFile file, FieldReader fields, DiagnosticBag diagnostics, List<NamedIds> named)
    {
        var title = fields.Text("title", "the event's title");
        var date = fields.Date("date", required: true);
        var end = EndsAfter(date, CheckOrder((date, "'date'"), fields.Date("end"), "end", fields, diagnostics), fields, diagnostics);
        var (extra, circa, summary, actors, sources, location, tags, after) = (fields.Extra(), fields.Bool("circa"), fields.Text("summary"),
            fields.IdList("actors"), fields.IdList("sources"), fields.Text("location"), fields.IdList("tags"), fields.IdList("after"));
        if (title is null || date is null)
        {
            named.AddRange([new(actors, DocumentKind.Actor, "actors"), new(sources, DocumentKind.Source, "sources"), new(after, DocumentKind.Event, "after")]);
            return null;
        }
        // An end that is the date itself adds nothing, and shown it read as a range from the date to itself ("2025 – 2025").
        if (end == date) end = null;
        return new Event(file.Id, file.File.Path, extra, title, date.Value, end, circa, summary, actors, sources, location, tags, after);
    }

    private static Source? ReadSource(DocumentFile file, FieldReader fields, DiagnosticBag diagnostics)
    {
        // A work without a title of its own is described instead, never given a made-up title.
        var description = fields.Text("description");
        var title = fields.Text("title", description is null ? "the source's title, or a 'description' of an untitled work (\"commentary on …\")" : null);
        var url = fields.WebUrl("url");
        var accessed = fields.Date("accessed", dayRequired: true);
        var kind = fields.OneOf("kind", Source.Kinds, required: false) ?? (url is null ? "document" : "web");
        // An 'accessed' that is there but not a day has had its error already.
        if (url is not null && accessed is null && !fields.Has("accessed"))
            diagnostics.Report(DiagnosticCodes.IncompleteWebSource, fields.LocationOf("url"), "a source with a 'url' needs 'accessed: YYYY-MM-DD' (the day you read the page), since pages change");
        // A web page is found by its address: without one, a reader has only a title to search for.
        // (Only 'kind: web' written out makes a web source without a url, and a wrong url has had its error.)
        if (kind == "web" && !fields.Has("url"))
            diagnostics.Report(DiagnosticCodes.IncompleteWebSource, fields.LocationOf("kind"), "a source of kind 'web' needs its 'url', so that a reader can find the page; if it has no address, choose another kind");
        var published = fields.Date("published");
        // A day's slack: a page published on the 10th where it was written may be read on the 9th where the reader is.
        if (published is { } day && accessed is { } read && read.LastDay.AddDays(1) < day.FirstDay)
            diagnostics.Report(DiagnosticCodes.AccessedBeforePublished, fields.LocationOf("accessed"),
                $"'accessed' ({read.Iso}) is before 'published' ({day.Iso}): nobody reads a work before it is out; check both dates' years");
        var source = new Source(file.Id, file.File.Path, fields.Extra(), title, description, fields.Text("publisher"),
            fields.AuthorList("authors"), published, url, accessed,
            fields.WebUrl("archive_url"), kind, fields.Text("quote")) { Language = fields.LanguageTag("language") };
        return title is null && description is null ? null : source;
    }
}
