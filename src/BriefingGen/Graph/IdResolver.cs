using BriefingGen.Diagnostics;
using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>Checks that every id written in content names a document of the right kind.</summary>
/// <param name="refused">
/// Ids and kinds of files refused at loading, each with its own error (another file has the id, too
/// large, not UTF-8): a reference to one is not unknown, nor of the wrong kind when it is of that kind.
/// </param>
/// <param name="unlisted">Kinds whose folder could not be listed: an unknown id of one may be a file the build could not see.</param>
/// <param name="unread">Ids of files whose front matter could not be read: their kind is not certain (a source saved in actors/), so a reference to one is not of the wrong kind either.</param>
/// <param name="formerIds">Each former id the content names, with the documents that name it, in path order.</param>
internal sealed class IdResolver(
    IReadOnlyDictionary<string, DocumentKind> everything,
    IReadOnlyDictionary<string, IReadOnlyList<string>> formerIds,
    IReadOnlyDictionary<string, Document> documents,
    IReadOnlyDictionary<string, ParsedBody> bodies,
    IReadOnlySet<string> unpublishedDrafts,
    IReadOnlySet<(string Id, DocumentKind Kind)> refused,
    IReadOnlySet<DocumentKind> unlisted,
    IReadOnlySet<string> unread,
    DiagnosticBag diagnostics)
{
    // An unknown id is often repeated, so its hint is remembered.
    private readonly Dictionary<(string, DocumentKind?), string> _hints = [];
    private int _hintsLeft = Suggestions.MaxHintsPerSite;
    private int _sectionHintsLeft = Suggestions.MaxHintsPerSite;
    private readonly Lock _gate = new();

    public void CheckFrontMatter(Document document)
    {
        var hints = new HintBudget(this);
        CheckFormerIds(document);
        switch (document)
        {
            case Brief brief:
                Expect(brief.Actors, DocumentKind.Actor, "actors", hints);
                Expect(brief.Events, DocumentKind.Event, "events", hints);
                break;
            case Event e:
                Expect(e.Actors, DocumentKind.Actor, "actors", hints);
                Expect(e.Sources, DocumentKind.Source, "sources", hints);
                Expect(e.After, DocumentKind.Event, "after", hints);
                break;
            case Actor actor:
                Expect(actor.Country is null ? [] : [actor.Country], DocumentKind.Actor, "country", hints);
                CheckCountry(actor);
                Expect(actor.Roles.Select(r => r.Of).OfType<Ref>(), DocumentKind.Actor, "of", hints);
                break;
        }
    }

    public void CheckBody(bool isPublished, ParsedBody body)
    {
        var hints = new HintBudget(this);
        foreach (var named in body.UncheckedFrontMatter) Expect(named.Ids, named.Kind, named.Key, hints);
        foreach (var link in body.Links)
        {
            // Quoted as written, with its section.
            var written = link.Fragment is null ? link.TargetId : $"{link.TargetId}#{TextElements.Shorten(link.Fragment, 60, "...")}";
            if (!everything.ContainsKey(link.TargetId) && !Refused(link.TargetId) && unlisted.Count == 0)
                diagnostics.Report(DiagnosticCodes.UnknownLink, link.Location, $"[[{written}]] links to an unknown id" + (formerIds.TryGetValue(link.TargetId, out var owners)
                    // The link as it is to be written, its section kept.
                    ? Renamed(link.TargetId, owners[0], $"[[{owners[0]}{(link.Fragment is null ? "" : "#" + link.Fragment)}]]")
                    : hints.Hint(link.TargetId, null)));
            else if (isPublished && unpublishedDrafts.Contains(link.TargetId))
                diagnostics.Report(DiagnosticCodes.LinkToDraft, link.Location,
                    $"[[{written}]] links to a draft, which is not published; the link shows as plain text");
            else if (link.Fragment is { } fragment && bodies.TryGetValue(link.TargetId, out var target) && !target.IsRefused
                     && NoPlace(link.TargetId, written, fragment, target, hints.Take) is { } missing)
                diagnostics.Report(DiagnosticCodes.LinkToNoSection, link.Location, missing);
        }
        foreach (var address in body.RootRelative)
            diagnostics.Report(DiagnosticCodes.RootRelativeUrl, address.Location,
                $"{(address.IsImage ? "image" : "link")} address '{TextElements.Shorten(address.Url, 60, "...")}' starts at the site root, so it breaks when the site is published under a sub-path or opened from disk; {RootRelativeAdvice(address)}");
        foreach (var written in body.IdsInLinkText)
        {
            if (!everything.TryGetValue(written.Id, out var kind)) continue;
            if (written.AsCitation && kind == DocumentKind.Source)
                diagnostics.Report(DiagnosticCodes.IdAsLinkText, written.Location,
                    $"'[@{written.Id}]' is the text of an ordinary link here (an address follows it), so source '{written.Id}' is not cited; cite it with [@{written.Id}] on its own (its address belongs in the source's 'url')");
            else if (!written.AsCitation)
                diagnostics.Report(DiagnosticCodes.IdAsLinkText, written.Location,
                    $"'[[{written.Id}]]' is the text of an ordinary link here (an address follows it), not a link to the {kind.Noun()} '{written.Id}'; write [[{written.Id}]] on its own to link to its page");
        }
        foreach (var prefixed in body.PrefixedCitations)
        {
            if (everything.TryGetValue(prefixed.SourceId, out var kind) && kind == DocumentKind.Source)
                diagnostics.Report(DiagnosticCodes.IdAsLinkText, prefixed.Location,
                    $"'{TextElements.Shorten(prefixed.Written, 60, "...")}' is shown as written and cites nothing: a citation's brackets hold only sources, each with its locator; put the words outside: {TextElements.Shorten(prefixed.Instead, 60, "...")}");
        }
        foreach (var citation in body.Citations)
        {
            if (!everything.TryGetValue(citation.SourceId, out var kind))
            {
                if (!Refused(citation.SourceId) && !unlisted.Contains(DocumentKind.Source))
                    diagnostics.Report(DiagnosticCodes.UnknownCitation, citation.Location,
                        $"unknown source '{citation.SourceId}'{hints.Hint(citation.SourceId, DocumentKind.Source)}");
            }
            else if (kind != DocumentKind.Source && !refused.Contains((citation.SourceId, DocumentKind.Source)) && !unread.Contains(citation.SourceId))
                diagnostics.Report(DiagnosticCodes.WrongReferenceKind, citation.Location,
                    $"'{citation.SourceId}' is {Article(kind)}, not a source; cite a source, or link with [[{citation.SourceId}]]");
        }
    }

    /// <summary>[[id]] for the page of a document ("/briefs/b", "/briefs/b/", "/briefs/b/index.html"), else the same address written from a document's page.</summary>
    private string RootRelativeAdvice(RootRelativeAddress address)
    {
        var section = UrlPolicy.Fragment(address.Url);
        var segments = address.Url[..UrlPolicy.PathEnd(address.Url)].Split('/');
        // "/briefs/a.md", the file as another generator links it, is the brief's page here too.
        if (segments.Length == 3 && segments[2].EndsWith(".md", StringComparison.OrdinalIgnoreCase)) segments[2] = segments[2][..^".md".Length];
        if (!address.IsImage && segments.Length is 3 or 4 && segments[0].Length == 0 && (segments.Length == 3 || segments[3] is "" or "index.html")
            && everything.TryGetValue(segments[2], out var kind) && kind.Folder() == segments[1])
            return $"write [[{segments[2]}{TextElements.Shorten(section, 60, "...")}]] to link to the {kind.Noun()}";
        // Every page with a body is <kind>/<id>/index.html, two folders below the root; a folder is written as its index.html, which works from disk.
        var relative = UrlPolicy.WithIndexPage("../../" + address.Url[1..]);
        return $"write it from this page, as '{TextElements.Shorten(relative, 60, "...")}'";
    }

    /// <summary>
    /// A country is a state, and another actor: a profile would otherwise show a person as a country.
    /// (An actor's kind is part of its shape, so a kind changed in serve checks every actor again.)
    /// </summary>
    private void CheckCountry(Actor actor)
    {
        if (actor.Country is not { } country) return;
        if (country.Id == actor.Id)
            diagnostics.Report(DiagnosticCodes.WrongReferenceKind, country.Location, $"'{country.Id}' in 'country' is this actor itself; name the state it belongs to, or leave 'country' out");
        else if (documents.TryGetValue(country.Id, out var named) && named is Actor { ActorKind: not "state" } other)
            diagnostics.Report(DiagnosticCodes.WrongReferenceKind, country.Location,
                $"'{country.Id}' in 'country' is {TextElements.WithArticle(other.ActorKind)}, not a state; name an actor of kind 'state'");
    }

    /// <summary>A former id is an address no other document has or keeps: two pages would be written there.</summary>
    private void CheckFormerIds(Document document)
    {
        foreach (var former in document.FormerIds)
        {
            var problem = former.Id == document.Id ? $"'{former.Id}' is this document's own id, not a former one; remove it from 'former_ids'"
                : everything.TryGetValue(former.Id, out var kind) ? $"'{former.Id}' in 'former_ids' is the id of {Article(kind)} now, and ids are unique across the four kinds; remove it, or rename that {kind.Noun()}"
                : Slug.Reserved.Contains(former.Id) ? $"'{former.Id}' in 'former_ids' is reserved for the site's own pages and anchors, so no document ever had it; remove it"
                : formerIds.TryGetValue(former.Id, out var claimants) && claimants.FirstOrDefault(c => c != document.Id) is { } other
                    ? $"'{former.Id}' in 'former_ids' is a former id of '{other}' too; it can send readers to one of them only: remove it here or there"
                : null;
            if (problem is not null) diagnostics.Report(DiagnosticCodes.FormerIdTaken, former.Location, problem);
        }
    }

    /// <summary>Whether a file with this id was refused at loading (<paramref name="refused"/>), whatever its kind.</summary>
    private bool Refused(string id) => refused.Count > 0 && DocumentKinds.All.Any(kind => refused.Contains((id, kind)));

    private void Expect(IEnumerable<Ref> refs, DocumentKind kind, string key, HintBudget hints)
    {
        foreach (var reference in refs)
        {
            if (!everything.TryGetValue(reference.Id, out var actual))
            {
                if (!Refused(reference.Id) && !unlisted.Contains(kind))
                    diagnostics.Report(DiagnosticCodes.UnknownReference, reference.Location,
                        $"unknown {kind.Noun()} '{reference.Id}' in '{key}'{hints.Hint(reference.Id, kind)}");
            }
            else if (actual != kind && !refused.Contains((reference.Id, kind)) && !unread.Contains(reference.Id))
                diagnostics.Report(DiagnosticCodes.WrongReferenceKind, reference.Location,
                    $"'{reference.Id}' in '{key}' is {Article(actual)}, not {Article(kind)}");
        }
    }

    private string Hint(string unknown, DocumentKind? kind)
    {
        // Renamed: the way to write it now, whatever is spelt like it.
        if (formerIds.TryGetValue(unknown, out var owners)) return Renamed(unknown, owners[0], $"'{owners[0]}'");
        lock (_gate)
        {
            if (_hints.TryGetValue((unknown, kind), out var hint)) return hint;
            if (_hintsLeft == 0) return "";
            _hintsLeft--;
            return _hints[(unknown, kind)] = Suggestions.Hint(unknown, everything.Where(p => kind is null || p.Value == kind).Select(p => p.Key));
        }
    }

    private static string Renamed(string formerId, string id, string write) => $"; '{formerId}' is a former id of '{id}': write {write}";

    /// <summary>The hints one front matter or body may still get.</summary>
    private sealed class HintBudget(IdResolver resolver)
    {
        private int _left = Suggestions.MaxHintsPerFile;

        /// <summary>
        /// Whether one more hint to a section may be given: each is compared with every heading of its
        /// page, so a file, and the site, of thousands of bad links get the first few.
        /// </summary>
        public bool Take() => _left-- > 0 && Interlocked.Decrement(ref resolver._sectionHintsLeft) >= 0;

        public string Hint(string unknown, DocumentKind? kind) => _left-- > 0 ? resolver.Hint(unknown, kind) : "";
    }

    /// <summary>
    /// What is wrong with a [[id#fragment]] whose fragment the page of <paramref name="id"/> has no
    /// place for: no such citation marker or reference entry, or no such heading; null when it lands.
    /// </summary>
    private string? NoPlace(string id, string written, string fragment, ParsedBody target, Func<bool> hint)
    {
        var page = documents.GetValueOrDefault(id);
        if (page is not null && CitationAnchors.Missing(page, target, fragment) is { } why)
            return $"[[{written}]] leads to no place on the {page.Kind.Noun()} '{id}': {why}";
        if (Slug.SectionOf(fragment) is not { } section)
            return Slug.UnderscoredHeading(fragment, target.UnderscoredAnchors) is { } meant
                ? $"[[{written}]] leads to no section of the {page?.Kind.Noun() ?? "page"} '{id}': {UnderscoreAdvice}; write [[{id}#{meant}]]"
                : null;
        if (target.HasAnchor(section)) return null;
        return $"[[{id}#{TextElements.Shorten(fragment, 60, "...")}]] leads to no section of the {page?.Kind.Noun() ?? "page"} '{id}': it has no heading with the id '{TextElements.Shorten(section, 60, "...")}'"
            + NoSectionAdvice(id, section, target.Anchors, hint, near => $"[[{id}#{near}]]");
    }

    /// <summary>
    /// What to do about a link to a section the page of <paramref name="id"/> lacks: link to the page
    /// when it has no headings, else the nearest heading (written by <paramref name="written"/>) while
    /// <paramref name="hint"/> allows, else how a heading's id is made, with the page's first few.
    /// </summary>
    internal static string NoSectionAdvice(string id, string section, IReadOnlyList<string> anchors, Func<bool> hint, Func<string, string> written) =>
        anchors.Count == 0 ? $"; its page has no headings: link to the page with [[{id}]]"
        : hint() && Slug.NearestAnchor(section, anchors) is { } near ? $"; did you mean {written(near)}?"
        : $"; a heading's id is its words in lower case joined by '-' (its page has {string.Join(", ", anchors.Take(5).Select(a => "#" + TextElements.Shorten(a, 40, "...")))}{(anchors.Count > 5 ? ", …" : "")})";

    /// <summary>Why "#snake_case_word", copied from GitHub, is not the heading "## snake_case_word"'s id here.</summary>
    internal const string UnderscoreAdvice = "a heading's id joins its words with '-', where GitHub's keep '_'";

    private static string Article(DocumentKind kind) => TextElements.WithArticle(kind.Noun());
}
