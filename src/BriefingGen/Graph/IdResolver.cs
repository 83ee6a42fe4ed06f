using BriefingGen.Diagnostics;
using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>Checks that every id written in content names a document of the right kind.</summary>
internal sealed class IdResolver(
    IReadOnlyDictionary<string, Document> everything,
    IReadOnlyDictionary<string, Document> published,
    DiagnosticBag diagnostics)
{
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
            if (!everything.TryGetValue(link.TargetId, out var target))
                diagnostics.Report(DiagnosticCodes.UnknownLink, link.Location,
                    $"[[{link.TargetId}]] links to an unknown id{Suggestions.Hint(link.TargetId, everything.Keys)}");
            else if (isPublished && !published.ContainsKey(target.Id))
                diagnostics.Report(DiagnosticCodes.LinkToDraft, link.Location,
                    $"[[{link.TargetId}]] links to a draft, which is not published; the link shows as plain text");
        }
        foreach (var citation in body.Citations)
        {
            if (!everything.TryGetValue(citation.SourceId, out var target))
                diagnostics.Report(DiagnosticCodes.UnknownCitation, citation.Location,
                    $"unknown source '{citation.SourceId}'{Suggestions.Hint(citation.SourceId, IdsOf(DocumentKind.Source))}");
            else if (target.Kind != DocumentKind.Source)
                diagnostics.Report(DiagnosticCodes.WrongReferenceKind, citation.Location,
                    $"'{citation.SourceId}' is {Article(target.Kind)}, not a source; cite a source, or link with [[{citation.SourceId}]]");
        }
    }

    private void Expect(IEnumerable<Ref> refs, DocumentKind kind, string key)
    {
        foreach (var reference in refs)
        {
            if (!everything.TryGetValue(reference.Id, out var target))
                diagnostics.Report(DiagnosticCodes.UnknownReference, reference.Location,
                    $"unknown {kind.Noun()} '{reference.Id}' in '{key}'{Suggestions.Hint(reference.Id, IdsOf(kind))}");
            else if (target.Kind != kind)
                diagnostics.Report(DiagnosticCodes.WrongReferenceKind, reference.Location,
                    $"'{reference.Id}' in '{key}' is {Article(target.Kind)}, not {Article(kind)}");
        }
    }

    private IEnumerable<string> IdsOf(DocumentKind kind) => everything.Values.Where(d => d.Kind == kind).Select(d => d.Id);

    private static string Article(DocumentKind kind) => kind == DocumentKind.Actor || kind == DocumentKind.Event ? $"an {kind.Noun()}" : $"a {kind.Noun()}";
}
