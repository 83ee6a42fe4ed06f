using BriefingGen.Diagnostics;
using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>Checks that every id written in content names a document of the right kind.</summary>
internal sealed class IdResolver(
    IReadOnlyDictionary<string, DocumentKind> everything,
    IReadOnlySet<string> unpublishedDrafts,
    DiagnosticBag diagnostics)
{
    // Hints are costly (an edit distance to every id of a kind), and an unknown id is often repeated.
    private readonly Dictionary<(string, DocumentKind?), string> _hints = [];
    private readonly Lock _gate = new();

    public void CheckFrontMatter(Document document)
    {
        switch (document)
        {
            case Brief brief:
                Expect(brief.Actors, DocumentKind.Actor, "actors");
                Expect(brief.Events, DocumentKind.Event, "events");
                break;
            case Event e:
                Expect(e.Actors, DocumentKind.Actor, "actors");
                Expect(e.Sources, DocumentKind.Source, "sources");
                Expect(e.After, DocumentKind.Event, "after");
                break;
            case Actor actor:
                Expect(actor.Country is null ? [] : [actor.Country], DocumentKind.Actor, "country");
                Expect(actor.Roles.Select(r => r.Of).OfType<Ref>(), DocumentKind.Actor, "of");
                break;
        }
    }

    public void CheckBody(bool isPublished, ParsedBody body)
    {
        foreach (var link in body.Links)
        {
            if (!everything.ContainsKey(link.TargetId))
                diagnostics.Report(DiagnosticCodes.UnknownLink, link.Location,
                    $"[[{link.TargetId}]] links to an unknown id{Hint(link.TargetId, null)}");
            else if (isPublished && unpublishedDrafts.Contains(link.TargetId))
                diagnostics.Report(DiagnosticCodes.LinkToDraft, link.Location,
                    $"[[{link.TargetId}]] links to a draft, which is not published; the link shows as plain text");
        }
        foreach (var citation in body.Citations)
        {
            if (!everything.TryGetValue(citation.SourceId, out var kind))
                diagnostics.Report(DiagnosticCodes.UnknownCitation, citation.Location,
                    $"unknown source '{citation.SourceId}'{Hint(citation.SourceId, DocumentKind.Source)}");
            else if (kind != DocumentKind.Source)
                diagnostics.Report(DiagnosticCodes.WrongReferenceKind, citation.Location,
                    $"'{citation.SourceId}' is {Article(kind)}, not a source; cite a source, or link with [[{citation.SourceId}]]");
        }
    }

    private void Expect(IEnumerable<Ref> refs, DocumentKind kind, string key)
    {
        foreach (var reference in refs)
        {
            if (!everything.TryGetValue(reference.Id, out var actual))
                diagnostics.Report(DiagnosticCodes.UnknownReference, reference.Location,
                    $"unknown {kind.Noun()} '{reference.Id}' in '{key}'{Hint(reference.Id, kind)}");
            else if (actual != kind)
                diagnostics.Report(DiagnosticCodes.WrongReferenceKind, reference.Location,
                    $"'{reference.Id}' in '{key}' is {Article(actual)}, not {Article(kind)}");
        }
    }

    private string Hint(string unknown, DocumentKind? kind)
    {
        lock (_gate)
        {
            if (!_hints.TryGetValue((unknown, kind), out var hint))
                _hints[(unknown, kind)] = hint = Suggestions.Hint(unknown, everything.Where(p => kind is null || p.Value == kind).Select(p => p.Key));
            return hint;
        }
    }

    private static string Article(DocumentKind kind) => kind == DocumentKind.Actor || kind == DocumentKind.Event ? $"an {kind.Noun()}" : $"a {kind.Noun()}";
}
